# Two commands: `make run` serves the demo, `make test` runs every check and test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Serving needs the package alone; tests and linting need the dev extras.
RUN_STAMP := $(VENV)/.run-stamp
STAMP := $(VENV)/.installed-stamp
PORT ?= 8000
SHARED ?= ../shared

# Local development runs with DEBUG on unless the caller says otherwise.
export DEBUG ?= 1

.PHONY: venv run-venv run test test-deep lint migrate demo bench eval \
	eval-checkworthiness train-checkworthiness serve-prod loadtest clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is required") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $(RUN_STAMP)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP) $(RUN_STAMP)

venv: $(STAMP)

run-venv: $(RUN_STAMP)

migrate: run-venv
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py seed_demo

# rundemo is runserver that prints the demo accounts as its last lines.
run: demo
	$(BIN)/python manage.py rundemo 127.0.0.1:$(PORT)

lint: venv
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy .
	$(BIN)/python manage.py makemigrations --check --dry-run

# pytest exits 5 when it collected nothing: that is a failure, not a pass.
test: lint
	@$(BIN)/python -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; \
	exit $$status

# Longer runs kept out of `make test`: schemathesis with 200 cases per
# operation, as an editor and as a reviewer.
test-deep: venv
	SCHEMATHESIS_EXAMPLES=200 SCHEMATHESIS_ROLES=editor,reviewer \
		$(BIN)/python -m pytest tests/api/test_schema.py -k schemathesis -p no:randomly $(PYTEST_ARGS)

# Production serving: DEBUG off, SECRET_KEY and ALLOWED_HOSTS from the environment.
serve-prod: run-venv
	@test -n "$$SECRET_KEY" || { echo "SECRET_KEY is required (see README, Deploy)" >&2; exit 1; }
	DEBUG=0 $(BIN)/python manage.py check --deploy
	DEBUG=0 $(BIN)/python manage.py migrate --noinput
	DEBUG=0 $(BIN)/python manage.py collectstatic --noinput
	DEBUG=0 $(BIN)/gunicorn factcheck.wsgi -c gunicorn.conf.py

# gunicorn + PostgreSQL on loopback, review10k fixture, bounded requests.
loadtest: venv
	$(BIN)/python scripts/loadtest.py $(LOADTEST_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Times detection on ~1 and 2 MB of generated news text (plus $(SHARED)/seeds when
# present), hostile input, and quantulum3 when the bench extra is installed.
bench: venv
	SHARED=$(SHARED) $(BIN)/python -W ignore scripts/bench_detection.py

# Scores detection on the peer suites in $(SHARED)/data/peer-suites (skips when absent).
eval: venv
	SHARED=$(SHARED) $(BIN)/python scripts/eval_peers.py

# Check-worthiness model: scikit-learn is needed to train and for the eval baseline only.
train-checkworthiness: venv
	$(BIN)/python -m pip install --quiet -e '.[train]'
	SHARED=$(SHARED) nice $(BIN)/python scripts/train_checkworthiness.py

eval-checkworthiness: venv
	$(BIN)/python -m pip install --quiet -e '.[train]'
	SHARED=$(SHARED) nice $(BIN)/python scripts/eval_checkworthiness.py
