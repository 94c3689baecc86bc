# Identity Image Studio — `make run` starts the product, `make test` runs every suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
PIP_STAMP := $(VENV)/.installed
MANAGE := cd server && ../$(PY) manage.py
CLIENT_STAMP := client/node_modules/.installed

export DEMO_ADMIN_EMAIL ?= admin@example.com
export DEMO_ADMIN_PASSWORD ?= studio-demo-admin

.PHONY: help install run test lint bench schema clean

help:
	@echo "make run    start the app (web + worker) on http://127.0.0.1:8000 with demo data"
	@echo "make test   install what is missing and run every test suite"
	@echo "make lint   ruff and mypy"
	@echo "make bench  benchmarks (figures, not tests)"
	@echo "make schema write the API's OpenAPI schema to client/openapi.yaml (the client is generated from it)"

$(PIP_STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
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
