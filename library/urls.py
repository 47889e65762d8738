"""'Gebruikt in de klas' and sharing material, inside the language prefix."""

from django.urls import path

from library import views

app_name = "library"

urlpatterns = [
    path("<int:page_id>/gebruikt/", views.use, name="use"),
    path("opmerking/<int:use_id>/melden/", views.flag, name="use_flag"),
    path("delen/", views.share, name="share"),
    path("gedeeld/", views.shared_mine, name="shared_mine"),
]
