"""The production shape of docs/scaling.md: persistent, health-checked connections; migrations once per deploy,
not in every web container; several web containers behind one load balancer."""

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_production_keeps_connections_and_checks_them_before_reuse():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k3J#9vQ!pL2zR8wX@5mN7bT$1cY4hG6dF0sA^eU&iO*z8Lq2Wv9Bn4Mx7",
        "DATABASE_URL": "postgres://u:p@db:5432/wijschool",
    }
    env.pop("DB_CONN_MAX_AGE", None)
    code = (
        "import django; django.setup(); from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["60", "True"], out.stderr


def test_migrations_run_once_per_deploy_and_not_in_the_web_containers():
    services = COMPOSE["services"]
    assert "migrate" in " ".join(services["migrate"]["command"])
    assert services["web"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "command" not in services["web"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    start = next(line for line in dockerfile.splitlines() if line.startswith("CMD"))
    assert "migrate" not in start and "update_index" not in start and "gunicorn" in start


def test_several_web_containers_sit_behind_one_published_port():
    services = COMPOSE["services"]
    published = [name for name, service in services.items() if service.get("ports")]
    assert published == ["proxy"]
    assert "replicas" in services["web"]["deploy"]
    assert "server web:8000 resolve" in (ROOT / "deploy" / "nginx.conf").read_text()
