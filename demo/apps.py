from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content, built from factories by ``manage.py load_demo``. Sits on top: it may import every app."""

    name = "demo"
