"""Mijn WIJschool, inside the language prefix (Dutch at /mijn-wijschool/, English at /en/mijn-wijschool/)."""

from django.urls import path

from dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("gegevens/", views.my_data, name="data"),
    path("gegevens/download.<str:fmt>", views.data_download, name="data_download"),
    path("account-verwijderen/", views.delete_account, name="delete"),
    path("account-verwijderd/", views.account_deleted, name="deleted"),
]
