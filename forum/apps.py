from django.apps import AppConfig


class ForumConfig(AppConfig):
    """The forum where schools share how they handled things (built in a later issue)."""

    name = "forum"
