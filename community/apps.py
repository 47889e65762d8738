from django.apps import AppConfig


class CommunityConfig(AppConfig):
    """Accounts, schools, their members and coordinators, and invitations."""

    name = "community"
    verbose_name = "Community"

    def ready(self) -> None:
        from community import signals  # noqa: F401 - connects the receivers
