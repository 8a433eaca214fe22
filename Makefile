# Hatchery: `make run` starts the server with demo data, `make test` runs the tests.

GO       ?= go
BIN      := bin/hatchery
DB       ?= data/hatchery.db
ADDR     ?= 127.0.0.1:8080
FRONTEND_SOURCES := $(shell find frontend/src frontend/public frontend/scripts -type f 2>/dev/null) \
	frontend/index.html frontend/vite.config.ts frontend/tsconfig.json frontend/package.json
# The Node.js the frontend asks for (engines.node), for the message when node is missing.
NODE_WANTED := $(shell sed -n 's/^ *"node": *">= *\([0-9]*\.[0-9]*\).*/\1/p' frontend/package.json)
GO_SOURCES := $(shell find . -name '*.go' -not -path './frontend/node_modules/*') go.mod go.sum \
	api/openapi.json models/common-passwords.txt

.PHONY: run build frontend test test-go test-frontend e2e bench bench-http soak fuzz clean

## run: build what is missing, then serve on $(DB) with the demo data set and accounts
run: build
	$(BIN) serve --demo --db $(DB) --addr $(ADDR)

## build: the single binary, with the frontend embedded
build: $(BIN)

$(BIN): frontend/dist/index.html $(GO_SOURCES)
	@echo "Building the hatchery binary (the first build compiles SQLite and takes a few minutes)..."
	$(GO) build -o $(BIN) .

frontend: frontend/dist/index.html

# npm ci only after frontend/scripts/check-node.cjs has found a Node.js that
# package.json's engines.node accepts.
frontend/node_modules/.package-lock.json: frontend/package-lock.json
	@command -v node >/dev/null 2>&1 || { \
		echo "Hatchery's web interface needs Node.js $(NODE_WANTED) or newer; this machine has none (no node command)." >&2; \
		exit 1; }
	@node frontend/scripts/check-node.cjs
	@echo "Installing the web interface's npm packages (npm ci)..."
	cd frontend && npm ci --no-audit --no-fund

frontend/dist/index.html: frontend/node_modules/.package-lock.json $(FRONTEND_SOURCES)
	@echo "Building the web interface (type check, vite build, precompressed copies)..."
	cd frontend && npm run build

## test: Go vet and tests (also on PostgreSQL when HATCHERY_TEST_POSTGRES is set), frontend types and unit tests
test: test-go test-frontend

test-go:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...

test-frontend: frontend/node_modules/.package-lock.json
	cd frontend && npm run typecheck && npm test

## e2e: the browser tests against a running demo server (HATCHERY_E2E_URL); lifecycle, money, staff and surveys change its data, account adds a user, twostep sets up and turns off the auditor's second factor; exports reads them; layout measures every page
e2e: frontend/node_modules/.package-lock.json
	cd frontend && node e2e/smoke.mjs && node e2e/home.mjs && node e2e/incubator.mjs && node e2e/lifecycle.mjs && node e2e/money.mjs && node e2e/staff.mjs && node e2e/surveys.mjs && node e2e/account.mjs && node e2e/twostep.mjs && node e2e/exports.mjs && node e2e/layout.mjs

## bench: request benchmarks (authenticated lists against /healthz; organizations and pipeline over 22,000 organizations)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./api/

## bench-http: the API under load against plain gin serving the same bytes, on --scale 1 (seeded into bench/data, reused with BENCH_REUSE=1; also on PostgreSQL when HATCHERY_BENCH_POSTGRES is set)
bench-http:
	$(GO) run ./cmd/benchhttp

## soak: 64 clients of mixed reads and writes against a served binary for SOAK_DURATION (10m) on SQLite, and on PostgreSQL when HATCHERY_TEST_POSTGRES is set
soak:
	$(GO) run ./cmd/soak

## fuzz: every Go fuzz target in turn, FUZZ_TOTAL (10m, or 600s) shared among them, or FUZZTIME (60s) each; a failing input is kept in the package's testdata/fuzz
FUZZ_TOTAL ?= 10m
FUZZ_PKGS  ?= ./handlers ./models ./api
# Time to shrink each new input; go's default (60s) can take a short run's whole share.
FUZZ_MINIMIZE ?= 10s
fuzz:
	@targets=$$(for p in $(FUZZ_PKGS); do $(GO) test -list '^Fuzz' $$p | grep '^Fuzz' | sed "s|^|$$p |"; done); \
	n=$$(printf '%s\n' "$$targets" | grep -c .); \
	[ "$$n" -gt 0 ] || { echo "no fuzz targets in $(FUZZ_PKGS)" >&2; exit 1; }; \
	t=$(FUZZ_TOTAL); case $$t in *m) total=$$(($${t%m} * 60));; *s) total=$${t%s};; *) total=$$t;; esac; \
	each=$${FUZZTIME:-$$((total / n))s}; \
	echo "Fuzzing $$n targets for $$each each"; \
	printf '%s\n' "$$targets" | while read -r pkg target; do \
		echo "== $$target ($$pkg)"; \
		$(GO) test -run '^$$' -fuzz "^$$target\$$" -fuzztime $$each -fuzzminimizetime $(FUZZ_MINIMIZE) -parallel $${FUZZ_PARALLEL:-1} $$pkg || exit 1; \
	done

clean:
	rm -rf bin frontend/node_modules
	find frontend/dist -mindepth 1 -not -name .gitkeep -delete
