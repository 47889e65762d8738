# WIJschool Community. Quick start: `make run` (site on http://127.0.0.1:8000) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= config.settings.dev

.PHONY: run test test-fast test-browser bench lint format check messages compilemessages install clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

locale/en/LC_MESSAGES/django.mo locale/nl/LC_MESSAGES/django.mo: $(STAMP) $(wildcard locale/*/LC_MESSAGES/django.po)
	$(BIN)/python manage.py compilemessages --ignore=.venv -v0

compilemessages: locale/en/LC_MESSAGES/django.mo

## run: install, migrate, load the demo content once, serve on http://127.0.0.1:8000 (SQLite, database search) with the task worker beside it
run: $(STAMP) compilemessages
	$(BIN)/python manage.py migrate --noinput -v0
	test -f .demo-loaded || ($(BIN)/python manage.py load_demo && touch .demo-loaded)
	# The task worker (forum mail, digests) runs beside the development server and stops with it.
	$(BIN)/python manage.py db_worker --backend background --queue-name mail,default --interval 2 & \
	  worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## test: the whole suite (checks, import contracts, lint, unit/integration and browser tests); DATABASE_URL selects PostgreSQL
test: $(STAMP) compilemessages
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py check
	$(BIN)/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run -v0
	$(BIN)/ruff check .
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/pytest --reuse-db -m "not browser" -n 2 $(PYTEST_ARGS)
	TEST_DB_SUFFIX=_browser DJANGO_SETTINGS_MODULE=config.settings.test DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest --reuse-db -m browser $(PYTEST_ARGS)

## test-fast: the suite without the browser tests
test-fast: $(STAMP) compilemessages
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/pytest --reuse-db -m "not browser" -n 2 $(PYTEST_ARGS)

## bench: query counts and server times: library and search (N = 100 and 20,000), scan results and PDF (40 x 30),
## forum (a thread of 500 replies, a category of 5,000 threads) and its daily digest (1,000 members);
## then load: 50 users at once against gunicorn with production settings (p50/p95/p99, errors; bench/load.py)
bench: $(STAMP) compilemessages
	DJANGO_SETTINGS_MODULE=config.settings.bench $(BIN)/python -m bench.library
	DJANGO_SETTINGS_MODULE=config.settings.bench $(BIN)/python -m bench.search
	DJANGO_SETTINGS_MODULE=config.settings.bench $(BIN)/python -m bench.scan
	DJANGO_SETTINGS_MODULE=config.settings.bench $(BIN)/python -m bench.forum
	DJANGO_SETTINGS_MODULE=config.settings.bench $(BIN)/python -m bench.forum_digest
	DJANGO_SETTINGS_MODULE=config.settings.bench $(BIN)/python -m bench.folders
	DJANGO_SETTINGS_MODULE=config.settings.bench $(BIN)/python -m bench.usage
	DJANGO_SETTINGS_MODULE=config.settings.bench $(BIN)/python -m bench.alerts
	DJANGO_SETTINGS_MODULE=config.settings.bench $(BIN)/python -m bench.load

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## messages: refresh the nl and en catalogues after changing interface strings
messages: $(STAMP)
	$(BIN)/python manage.py makemessages -l nl -l en --ignore=.venv --ignore=node_modules --ignore=staticfiles --no-obsolete

clean:
	rm -rf $(VENV) .demo-loaded .test-db*.sqlite3 staticfiles
