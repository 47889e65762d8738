"""Community URLs: schools, members and invitations."""

from django.urls import path

from community import views

app_name = "community"

urlpatterns = [
    path("mijn-scholen/", views.my_schools, name="my_schools"),
]
