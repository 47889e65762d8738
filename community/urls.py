"""Community URLs: schools, members and invitations. Mounted at /community/ (Dutch) and /en/community/."""

from django.urls import path

from community import views

app_name = "community"

urlpatterns = [
    path("mijn-scholen/", views.my_schools, name="my_schools"),
    path("scholen/<int:school_id>/uitnodigen/", views.invite, name="invite"),
    path("scholen/<int:school_id>/verlaten/", views.leave, name="leave"),
    path(
        "scholen/<int:school_id>/leden/<int:membership_id>/verwijderen/",
        views.member_remove,
        name="member_remove",
    ),
    path("scholen/<int:school_id>/leden/<int:membership_id>/rol/", views.member_role, name="member_role"),
    path(
        "scholen/<int:school_id>/uitnodigingen/<int:invitation_id>/intrekken/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path("uitnodiging/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
