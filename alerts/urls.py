"""Change notices, inside the language prefix under Mijn WIJschool (/mijn-wijschool/wijzigingen/...)."""

from django.urls import path

from alerts import views

app_name = "alerts"

urlpatterns = [
    path("<int:notice_id>/", views.open_notice, name="open"),
    path("gelezen/", views.mark_all_read, name="read_all"),
]
