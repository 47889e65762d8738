"""Nothing demo-only in production: load_demo refuses unless the settings allow demo content or it is told to,
and the production settings do not install the demo app at all."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from community.models import User
from library.models import ResourcePage

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_load_demo_refuses_where_the_settings_do_not_allow_demo_content(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError) as raised:
        call_command("load_demo", verbosity=0)
    message = str(raised.value)
    assert "DEMO_CONTENT_ALLOWED" in message and "--allow-production" in message
    assert not User.objects.filter(is_superuser=True).exists()
    assert not ResourcePage.objects.exists()


@pytest.mark.django_db
def test_load_demo_refuses_when_the_setting_is_missing(settings):
    del settings.DEMO_CONTENT_ALLOWED
    with pytest.raises(CommandError, match="DEMO_CONTENT_ALLOWED"):
        call_command("load_demo", verbosity=0)


@pytest.mark.django_db
def test_allow_production_loads_the_demo_anyway(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    call_command("load_demo", "--allow-production", "--no-english", "--limit", "2", verbosity=0)
    assert ResourcePage.objects.count() == 2
    assert User.objects.filter(email="redactie@wijschool.example", is_superuser=True).exists()


def test_production_settings_do_not_install_the_demo_app(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k3J#9vQ!pL2zR8wX@5mN7bT$1cY4hG6dF0sA^eU&iO*z8Lq2Wv9Bn4Mx7",
        "ALLOWED_HOSTS": "wijschool.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "from django.core.management import get_commands; "
        "print('demo' in settings.INSTALLED_APPS, 'load_demo' in get_commands(), "
        "getattr(settings, 'DEMO_CONTENT_ALLOWED', False))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.split() == ["False", "False", "False"], result.stdout + result.stderr
