# Production image: gunicorn serving the Django/Wagtail app; whitenoise serves hashed static files.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=config.settings.production
RUN apt-get update && apt-get install -y --no-install-recommends gettext libpango-1.0-0 libpangoft2-1.0-0 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN SECRET_KEY=build-only python manage.py compilemessages --ignore=.venv -v0 \
    && SECRET_KEY=build-only python manage.py collectstatic --noinput -v0
RUN useradd --create-home app
USER app
EXPOSE 8000
# The web container only serves: migrations and the search index run once per deploy, in the compose file's
# `migrate` service, not in every web container's start (docs/scaling.md).
ENV WEB_WORKERS=3
CMD ["gunicorn", "-c", "gunicorn.conf.py", "config.wsgi:application"]
