# newswire — the two commands a new user types: `make demo` and `make test`.
# Each target installs what is missing on a bare Debian/Ubuntu machine first.

SWIFT      ?= swift
SUDO       := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PKGS   := librdkafka-dev kcat pkg-config python3-jsonschema
CONFIG     ?= debug
BIN        := .build/$(CONFIG)/newswire

.PHONY: all deps build release demo test clean model

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

## demo: start the embedded broker, publish the sample articles (Samples/*.json, else Samples/**/*.txt), tail them back
DEMO_TOPIC ?= articles.raw
demo: build
	@set -e; tmp=$$(mktemp -d); \
	$(BIN) broker --topic $(DEMO_TOPIC):4 --bootstrap-file $$tmp/bootstrap >$$tmp/broker.log 2>&1 & broker=$$!; \
	trap 'kill $$broker 2>/dev/null; wait $$broker 2>/dev/null; rm -rf '"$$tmp" EXIT INT TERM; \
	for i in $$(seq 100); do [ -s $$tmp/bootstrap ] && break; sleep 0.1; done; \
	[ -s $$tmp/bootstrap ] || { echo "the embedded broker did not start:"; cat $$tmp/broker.log; exit 1; }; \
	bs=$$(cat $$tmp/bootstrap); echo "==> embedded broker at $$bs (kcat -L -b $$bs)"; \
	files=$$(ls Samples/*.json 2>/dev/null || ls Samples/*.txt Samples/*/*.txt 2>/dev/null || true); \
	echo "==> publishing to $(DEMO_TOPIC)"; \
	if [ -n "$$files" ]; then $(BIN) produce --bootstrap-servers $$bs --topic $(DEMO_TOPIC) $$files; \
	else echo '{"id":"demo-1","title":"Demo article","body":"Samples/ is empty: this is a built-in demo message."}' \
		| $(BIN) produce --bootstrap-servers $$bs --topic $(DEMO_TOPIC) -; fi; \
	echo "==> tailing $(DEMO_TOPIC) from the beginning"; \
	$(BIN) tail --bootstrap-servers $$bs --topic $(DEMO_TOPIC) --from-beginning --timeout 3

## test: the whole test suite against the embedded broker (no external services)
test: deps
	$(SWIFT) test

clean:
	rm -rf .build

## model: retrain the bundled NER model on CoNLL-2003 eng.train (tuned on eng.testa), deterministic for the seed
SHARED     ?= ../shared
NER_MODEL  := Sources/NewswireExtraction/Resources/ner-conll03.bin
model: deps
	$(SWIFT) build -c release --product newswire
	.build/release/newswire train-ner --train $(SHARED)/data/conll2003/eng.train --dev $(SHARED)/data/conll2003/eng.testa \
		--seed 1 --epochs1 8 --epochs2 8 --folds 5 --bits 18 --version ner-conll03-ap-s1-b18 --out $(NER_MODEL)
