# newswire — the two commands a new user types: `make demo` and `make test`.
# Each target installs what is missing on a bare Debian/Ubuntu machine first.

SWIFT      ?= swift
SUDO       := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PKGS   := librdkafka-dev kcat pkg-config python3-jsonschema
CONFIG     ?= debug
BIN        := .build/$(CONFIG)/newswire

.PHONY: all deps build release demo broker-demo test integration-test integration-test-embedded clean model bench-kafka

all: build

## deps: install librdkafka, kcat, pkg-config and python3-jsonschema (schema checks in the tests) with apt when any is missing
deps:
	@if ! pkg-config --exists rdkafka 2>/dev/null || ! command -v kcat >/dev/null 2>&1 \
		|| ! python3 -c 'import jsonschema' >/dev/null 2>&1; then \
		echo "==> installing $(APT_PKGS)"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PKGS); \
	fi
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "error: swift is not on PATH (install Swift 6.1 or newer from swift.org)"; exit 1; }

build: deps
	$(SWIFT) build -c $(CONFIG)

release: deps
	$(SWIFT) build -c release

## demo: start the embedded broker, publish Samples/*.json, run the worker until all are processed, summarise
demo: build
	$(BIN) demo

## broker-demo: the wrapper alone: embedded broker, publish the samples, tail them back (no extraction)
DEMO_TOPIC ?= articles.raw
broker-demo: build
	@set -e; tmp=$$(mktemp -d); \
	$(BIN) broker --topic $(DEMO_TOPIC):4 --bootstrap-file $$tmp/bootstrap >$$tmp/broker.log 2>&1 & broker=$$!; \
	trap 'kill $$broker 2>/dev/null; wait $$broker 2>/dev/null; rm -rf '"$$tmp" EXIT INT TERM; \
	for i in $$(seq 100); do [ -s $$tmp/bootstrap ] && break; sleep 0.1; done; \
	[ -s $$tmp/bootstrap ] || { echo "the embedded broker did not start:"; cat $$tmp/broker.log; exit 1; }; \
	bs=$$(cat $$tmp/bootstrap); echo "==> embedded broker at $$bs (kcat -L -b $$bs)"; \
	$(BIN) produce --bootstrap-servers $$bs --topic $(DEMO_TOPIC) Samples/*.json; \
	echo "==> tailing $(DEMO_TOPIC) from the beginning"; \
	$(BIN) tail --bootstrap-servers $$bs --topic $(DEMO_TOPIC) --from-beginning --timeout 3

## test: the whole test suite against the embedded broker (no external services)
# Two passes over one test build: the CPU-heavy extraction suites would otherwise hold Swift's cooperative
# threads (two on a 2-core machine) for tens of seconds and starve the broker and worker tests' time windows.
CPU_TESTS  := NewswireExtractionTests|NewswireCoreTests
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --filter '$(CPU_TESTS)'
	$(SWIFT) test --skip-build --skip '$(CPU_TESTS)'

## integration-test: the real-broker suites (NewswireIntegrationTests) against KAFKA_BOOTSTRAP_SERVERS, e.g.
##   docker compose up -d kafka topics && make integration-test KAFKA_BOOTSTRAP_SERVERS=localhost:29092
integration-test: deps
	@[ -n "$(KAFKA_BOOTSTRAP_SERVERS)" ] || { echo "error: set KAFKA_BOOTSTRAP_SERVERS=host:port (the compose broker: localhost:29092)"; exit 2; }
	KAFKA_BOOTSTRAP_SERVERS='$(KAFKA_BOOTSTRAP_SERVERS)' $(SWIFT) test --filter NewswireIntegrationTests

## integration-test-embedded: the same suites against a fresh embedded broker per test (no Docker needed); the
##   parts that need a real broker's timestamp index or group listing are skipped with their reason
integration-test-embedded: deps
	env -u KAFKA_BOOTSTRAP_SERVERS NEWSWIRE_INTEGRATION_EMBEDDED=1 $(SWIFT) test --filter NewswireIntegrationTests

clean:
	rm -rf .build

## model: retrain the bundled NER model on CoNLL-2003 eng.train (tuned on eng.testa), deterministic for the seed
SHARED     ?= ../shared
NER_MODEL  := Sources/NewswireExtraction/Resources/ner-conll03.bin
model: deps
	$(SWIFT) build -c release --product newswire
	.build/release/newswire train-ner --train $(SHARED)/data/conll2003/eng.train --dev $(SHARED)/data/conll2003/eng.testa \
		--seed 1 --epochs1 8 --epochs2 8 --folds 5 --bits 18 --version ner-conll03-ap-s1-b18 --out $(NER_MODEL)

## bench-kafka: the C program and the Swift wrapper on the same Kafka workload, side by side (see BENCHMARKS.md)
BENCH_ARGS ?= 500000 2048 256 5
bench-kafka: deps
	mkdir -p Benchmarks/.build
	cc -O2 -Wall -o Benchmarks/.build/rdkafka_bench Benchmarks/c/rdkafka_bench.c $$(pkg-config --cflags --libs rdkafka)
	cd Benchmarks && $(SWIFT) build -c release --product kafka-bench
	Benchmarks/.build/release/kafka-bench Benchmarks/.build/rdkafka_bench $(BENCH_ARGS)
