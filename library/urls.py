"""'Gebruikt in de klas', inside the language prefix."""

from django.urls import path

from library import views

app_name = "library"

urlpatterns = [
    path("<int:page_id>/gebruikt/", views.use, name="use"),
    path("opmerking/<int:use_id>/melden/", views.flag, name="use_flag"),
]
