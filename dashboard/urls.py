"""Mijn WIJschool, inside the language prefix (Dutch at /mijn-wijschool/, English at /en/mijn-wijschool/)."""

from django.urls import path

from dashboard import views

app_name = "dashboard"

urlpatterns = [path("", views.home, name="home")]
