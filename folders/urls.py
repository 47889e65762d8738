"""Mijn map, inside the language prefix (Dutch at /mijn-map/, English at /en/mijn-map/)."""

from django.urls import path

from folders import views

app_name = "folders"

urlpatterns = [
    path("", views.folder, name="folder"),
    path("bewaren/", views.save, name="save"),
    path("items/<int:pk>/weg/", views.item_remove, name="item_remove"),
    path("items/<int:pk>/op-lijst/", views.list_add, name="list_add"),
    path("lijsten/nieuw/", views.list_create, name="list_create"),
    path("lijsten/<int:pk>/", views.list_detail, name="list"),
    path("lijsten/<int:pk>/naam/", views.list_rename, name="list_rename"),
    path("lijsten/<int:pk>/verwijderen/", views.list_delete, name="list_delete"),
    path("lijsten/<int:pk>/volgorde/", views.list_move, name="list_move"),
    path("lijsten/<int:pk>/van-lijst/", views.list_remove, name="list_remove"),
    path("lijsten/<int:pk>/delen/", views.list_share, name="list_share"),
    path("lijsten/<int:pk>/niet-meer-delen/", views.list_unshare, name="list_unshare"),
    path("gedeeld/<str:token>/", views.shared, name="shared"),
]
