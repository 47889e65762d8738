"""Self-scan URLs, mounted at /scan/ (Dutch) and /en/scan/. Team pages need a membership of the school."""

from django.urls import path

from scan import views

app_name = "scan"

urlpatterns = [
    path("school/<int:school_id>/", views.team, name="team"),
    path("school/<int:school_id>/nieuw/<int:scan_id>/", views.round_new, name="round_new"),
    path("ronde/<int:round_id>/", views.round_detail, name="round"),
    path("ronde/<int:round_id>/uitnodiging/", views.round_invitation, name="round_invitation"),
    path("ronde/<int:round_id>/sluiten/", views.round_close, name="round_close"),
    path("ronde/<int:round_id>/heropenen/", views.round_reopen, name="round_reopen"),
    path("ronde/<int:round_id>/verwijderen/", views.round_delete, name="round_delete"),
    path("ronde/<int:round_id>/resultaten/", views.round_results, name="results"),
    path("ronde/<int:round_id>/plan/", views.plan, name="plan"),
    path("ronde/<int:round_id>/plan/<int:action_id>/", views.action_edit, name="action_edit"),
    path("ronde/<int:round_id>/plan/<int:action_id>/verwijderen/", views.action_delete, name="action_delete"),
    path("ronde/<int:round_id>/plan/afdrukken/", views.plan_print, name="plan_print"),
    path("ronde/<int:round_id>/plan/pdf/", views.plan_pdf, name="plan_pdf"),
    path("ronde/<int:round_id>/plan/xlsx/", views.plan_xlsx, name="plan_xlsx"),
    path("code/", views.code, name="code"),
    path("doe-mee/<str:token>/", views.join, name="join"),
    # Answering: the round's id only; who answers comes from the browser's signed cookie (decision 0007).
    path("antwoord/<int:round_id>/", views.carry_on, name="continue"),
    path("antwoord/<int:round_id>/deel/<int:number>/", views.answer, name="answer"),
    path("antwoord/<int:round_id>/pauze/", views.paused, name="paused"),
    path("antwoord/<int:round_id>/klaar/", views.done, name="done"),
    # The personal resume link, the only URL with the key: it sets the cookie and redirects to one without it.
    path("verder/<str:key>/", views.resume, name="resume"),
    # Answer addresses from before, with the key in them (bookmarks): handled as the resume link.
    path("antwoord/<str:key>/deel/<int:number>/", views.legacy_answer_link),
    path("antwoord/<str:key>/pauze/", views.legacy_answer_link),
    path("antwoord/<str:key>/klaar/", views.legacy_answer_link),
    path("snel/<int:scan_id>/", views.quick, name="quick"),
]
