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

## demo: start the embedded broker, publish the sample articles, process and show them
demo: build
	$(BIN) demo

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
		--seed 1 --epochs1 8 --epochs2 8 --folds 5 --bits 20 --version ner-conll03-ap-s1-e8 --out $(NER_MODEL)
