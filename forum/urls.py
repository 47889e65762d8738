"""The forum's addresses, inside the language prefix (Dutch at /forum/, English at /en/forum/)."""

from django.urls import path

from forum import mail_views, views

app_name = "forum"

urlpatterns = [
    path("", views.index, name="index"),
    path("nieuw/", views.thread_new, name="thread_new"),
    path("c/<slug:slug>/", views.category, name="category"),
    path("t/<int:pk>/reageren/", views.reply, name="reply"),
    path("t/<int:pk>/", views.thread, name="thread_short"),
    path("t/<int:pk>/<slug:slug>/", views.thread, name="thread"),
    path("p/<int:pk>/", views.post_redirect, name="post"),
    path("p/<int:pk>/bewerken/", views.post_edit, name="post_edit"),
    path("p/<int:pk>/hielp/", views.accept, name="accept"),
    path("p/<int:pk>/melden/", views.flag, name="flag"),
    path("volgen/<str:kind>/<str:key>/", views.follow, name="follow"),
    path("uitschrijven/<str:token>/", mail_views.unsubscribe, name="unsubscribe"),
    path("meldingen/", mail_views.notifications, name="notifications"),
    path("meldingen/gelezen/", mail_views.notifications_read, name="notifications_read"),
    path("instellingen/", mail_views.preferences, name="preferences"),
]
