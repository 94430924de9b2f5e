# Dateline. `make run` opens the app on the built-in briefing; `make test`
# runs the tests (headless: -tags ci uses Fyne's software driver).
GO      ?= go
PATH    := $(PATH):/usr/local/go/bin:$(shell go env GOPATH 2>/dev/null || echo $(HOME)/go)/bin
export PATH

.PHONY: run build test check vet lint golden eval bench deps

deps:
	@bash .ci/deps

run: deps
	$(GO) run . $(ARGS)

build: deps
	$(GO) build -o dateline .

test: deps
	$(GO) test -tags ci -race -count=1 ./...

vet:
	$(GO) vet -tags ci ./...

lint:
	@test -z "$$(gofmt -l .)" || (gofmt -l . && echo "gofmt: files above need formatting" && exit 1)
	$(GO) vet -tags ci ./...
	@command -v staticcheck >/dev/null || $(GO) install honnef.co/go/tools/cmd/staticcheck@v0.8.2
	staticcheck -tags ci ./...

check: lint test

golden:
	$(GO) test -tags ci ./data/format/ ./data/extract/ ./timeline/ ./timeline/view/ ./timeline/export/ ./data/project/ -update

# eval prints one table of the tagger's figures on the shared corpora
# (data/timex/eval_test.go). The chrono-node columns need node and npm:
# chrono-node is installed once into CHRONO_DIR; without it, a line says
# why and the table has Dateline's figures only.
CHRONO_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/dateline/chrono

eval:
	@if why=$$(sh data/timex/testdata/chrono/install.sh "$(CHRONO_DIR)"); then \
		export DATELINE_CHRONO="$(CHRONO_DIR)"; else export DATELINE_CHRONO_SKIP="$$why"; fi; \
	$(GO) test ./data/timex/ -run '^TestTempEval$$' -v -count=1

# bench prints the extraction side by side with chrono-node (BENCH_MB of
# TimeBank text, data/extract/testdata/bench) and then the Go benchmarks.
BENCH_MB ?= 50

bench:
	@$(GO) build -tags ci -o $(or $(TMPDIR),/tmp)/dateline-bench .
	@if why=$$(sh data/timex/testdata/chrono/install.sh "$(CHRONO_DIR)"); then \
		export DATELINE_CHRONO="$(CHRONO_DIR)"; else export DATELINE_CHRONO_SKIP="$$why"; fi; \
	$(GO) run ./data/extract/testdata/bench -dateline $(or $(TMPDIR),/tmp)/dateline-bench -mb $(BENCH_MB)
	$(GO) test -tags ci -run XXX -bench . -benchmem ./data/... ./timeline/...
