# Identity Image Studio — `make run` starts the product, `make test` runs every suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --require-hashes
PIP_STAMP := $(VENV)/.installed
# Older releases of a package, each installed without dependencies into its own folder
# beside the environment (see requirements-side/*.in); tests run a subprocess with such a
# folder first on sys.path.
SIDE_LOCKS := $(wildcard requirements-side/*.txt)
SIDE_DIR := $(VENV)/side
# Locks are compiled from the .in files against PyPI alone (uv reads no pip configuration
# and --no-config skips its own), for every platform and Python 3.11 and later. The existing lock
# files are preferences: only what an edited .in asks for moves (LOCK_FLAGS=--upgrade
# moves everything, LOCK_FLAGS="--upgrade-package NAME" one package).
LOCK_FLAGS ?=
COMPILE := $(VENV)/bin/uv pip compile --quiet --no-config --universal --python-version 3.11 \
	--generate-hashes --index-url https://pypi.org/simple --custom-compile-command "make lock" \
	$(LOCK_FLAGS)
MANAGE := cd server && ../$(PY) manage.py
CLIENT_STAMP := client/node_modules/.installed

export DEMO_ADMIN_EMAIL ?= admin@example.com
export DEMO_ADMIN_PASSWORD ?= studio-demo-admin

.PHONY: help install lock run test lint bench schema clean

help:
	@echo "make run    start the app (web + worker) on http://127.0.0.1:8000 with demo data"
	@echo "make test   install what is missing and run every test suite"
	@echo "make lint   ruff and mypy"
	@echo "make bench  benchmarks (figures, not tests)"
	@echo "make schema write the API's OpenAPI schema to client/openapi.yaml (the client is generated from it)"
	@echo "make lock   compile the requirements*.txt lock files from the *.in files"

$(PIP_STAMP): requirements-pip.txt requirements.txt requirements-dev.txt $(SIDE_LOCKS)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) -r requirements-pip.txt
	$(PIP) -r requirements-dev.txt
	rm -rf $(SIDE_DIR)
	for lock in $(SIDE_LOCKS); do \
	  $(PIP) --no-deps --target $(SIDE_DIR)/$$(basename $$lock .txt) -r $$lock || exit 1; \
	done
	touch $@

install: $(PIP_STAMP) client-build

.PHONY: client-build
client-build:
	@if [ -f client/package.json ]; then $(MAKE) --no-print-directory client/dist/index.html; fi

$(CLIENT_STAMP): client/package.json client/package-lock.json
	cd client && npm ci --no-audit --no-fund --loglevel=error
	touch $@

client/dist/index.html: $(CLIENT_STAMP) client/openapi.yaml client/orval.config.ts $(shell find client/src client/index.html -type f -not -path "client/src/api/generated/*" 2>/dev/null)
	cd client && npm run build --silent

lock: $(PIP_STAMP)
	$(COMPILE) requirements-pip.in -o requirements-pip.txt
	$(COMPILE) requirements.in -o requirements.txt
	$(COMPILE) requirements-dev.in -o requirements-dev.txt
	for source in requirements-side/*.in; do \
	  $(COMPILE) --no-deps $$source -o $${source%.in}.txt || exit 1; \
	done

run: install
	@DJANGO_DEBUG=1 bin/run

test: install
	bin/test

lint: $(PIP_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy server

bench: install
	bin/bench

schema: $(PIP_STAMP)
	cd server && DJANGO_DEBUG=1 ../$(PY) manage.py spectacular --file ../client/openapi.yaml

clean:
	rm -rf $(VENV) client/node_modules client/dist data
