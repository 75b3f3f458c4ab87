# Promise: the table of contents. `make run` to use it, `make test` to prove it.
SHELL := /bin/bash
.DEFAULT_GOAL := help
STACK := scripts/stack.sh

# What `make build` makes, each rebuilt only when one of its sources is newer (test sources are not sources of these).
API_JAR := backend/target/quarkus-app/quarkus-run.jar
WEB_BUNDLE := frontend/dist/index.html
NODE_MODULES := frontend/node_modules/.package-lock.json
API_SOURCES := backend/pom.xml openapi.yaml $(shell find backend/src/main -type f)
WEB_SOURCES := $(shell find frontend/src frontend/public frontend/server -type f ! -name '*.test.*') \
	frontend/index.html frontend/package.json $(wildcard frontend/tsconfig*.json) frontend/vite.config.ts

.PHONY: help build run stop backup restore test test-scripts test-contract test-frontend test-backend test-replicas test-e2e test-faults test-backup bench gen lint clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

build: $(API_JAR) $(WEB_BUNDLE) ## Build the API's jar and the web client's bundle, each only if its sources changed

$(API_JAR): $(API_SOURCES)
	cd backend && ../mvnw -B -ntp -q package -DskipTests
	@touch $@

$(WEB_BUNDLE): $(WEB_SOURCES) $(NODE_MODULES)
	cd frontend && npm run --silent build

$(NODE_MODULES): frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error

run: ## Start PostgreSQL, Keycloak, the API and the web client; print where to go and how to sign in
	@$(STACK) up run
	@scripts/banner.sh

stop: ## Stop what `make run` started
	@$(STACK) down run

backup: ## Back up the data of `make run` while it runs (BACKUP=folder, default .run/backups/<time>): both databases and the realm
	@$(STACK) backup run $(BACKUP)

restore: ## Put the data of `make run` back from a backup (BACKUP=folder, required); then `make run`
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=<folder that make backup wrote>" >&2; exit 2; }
	@$(STACK) restore run $(BACKUP)

test: ## Every test: contract, web client units, API suites on PostgreSQL, browser journeys on real Keycloak
	@scripts/test.sh

test-scripts: ## Check the shell scripts with shellcheck
	@scripts/test.sh scripts

test-contract: ## Lint openapi.yaml, check the generated client is up to date, that no released promise is broken, and that openapi-generator's clients build
	@scripts/test.sh contract

test-frontend: ## Type-check and unit-test the web client
	@scripts/test.sh frontend

test-backend: ## Unit and @QuarkusTest suites against a fresh PostgreSQL
	@scripts/test.sh backend

test-replicas: ## Two API instances on one database: shared caches, rate limits and If-Match; a kill -9 loses no write
	@scripts/test.sh replicas

test-e2e: ## Playwright journeys in Chromium against the test stack and real Keycloak
	@scripts/test.sh e2e

test-faults: ## Stop PostgreSQL and then Keycloak under load: nothing acknowledged lost, 503s meanwhile, recovery
	@scripts/test.sh faults

test-backup: ## Round-trip the test stack's data through make backup and make restore
	@scripts/test.sh backup

bench: ## Measure the scorecard and the bulk import under a synthetic load (results in .run/bench/results.md)
	@scripts/bench.sh

gen: ## Regenerate the web client's typed API schema from openapi.yaml
	@cd frontend && npm run --silent gen:api

lint: test-contract ## Lint the contract and the web client
	@cd frontend && npm run --silent lint

clean: ## Remove build output (keeps the data of `make run`)
	@rm -rf backend/target contract/compatibility/target frontend/dist frontend/test-results frontend/playwright-report .run/test
