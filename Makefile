# Pantau: `make run` builds and runs the pipeline over corpus/ into output/; `make test` runs the tests.
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/pantau
JOBS ?= 2

.PHONY: run test build clean deps test-deps test-datapackage bench test-spark help fuzz

help:
	@echo "make run    build, then run the pipeline over corpus/ into output/"
	@echo "make test   build and run the test suite (installs headless Chromium for the report's browser test)"
	@echo "make test-datapackage  validate output's datapackage.json with frictionless and load the CSVs with pandas (.venv-frictionless)"
	@echo "make clean  remove build products and output/"
	@echo "make bench  generate a large corpus (BENCH_SCALE=1: 20,000 documents, 500 MB), write BENCHMARKS.md,"
	@echo "            then time the tokeniser on the UD treebank text x50 and the seeds"
	@echo "make test-spark  run the sample corpus through pantau stream on a local Spark and compare with pantau run"

# libxml2, SQLite, zlib and jemalloc (the command line's allocator), found through pkg-config. Installed with apt-get when running
# as root; otherwise the exact command is printed and make stops.
deps:
	@missing=""; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	if command -v pkg-config >/dev/null 2>&1; then \
	  pkg-config --exists libxml-2.0 || missing="$$missing libxml2-dev"; \
	  pkg-config --exists sqlite3 || missing="$$missing libsqlite3-dev"; \
	  pkg-config --exists zlib || missing="$$missing zlib1g-dev"; \
	  pkg-config --exists jemalloc || missing="$$missing libjemalloc-dev"; \
	fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "pantau: installing$$missing with apt-get"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || { \
	      echo "pantau: apt-get could not install$$missing" >&2; exit 1; }; \
	  else \
	    echo "pantau: missing$$missing (development packages Pantau builds against: libxml2, SQLite, zlib, jemalloc)." >&2; \
	    echo "pantau: install them with:  sudo apt-get install -y$$missing" >&2; \
	    exit 1; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "pantau: swift is not on PATH; install Swift 6.1 or newer" >&2; exit 1; }

build: deps
	$(SWIFT) build -c $(CONFIG)

run: build
	@mkdir -p output
	$(BIN) run --input corpus --output output --jobs $(JOBS); rc=$$?; \
	if [ $$rc -ne 0 ] && [ $$rc -ne 3 ]; then exit $$rc; fi
	@echo "dataset written to output/: documents.csv officials.csv regions.csv claims.csv near_duplicates.csv documents.jsonl pantau.sqlite run.json datapackage.json report.html"

test: deps test-deps
	$(SWIFT) build
	$(SWIFT) test

# What the tests need beyond the build: python3 and a headless Chromium for the report's browser
# test (ReportBrowserTests). Debian's chromium-headless-shell, or chromium in a release without it.
# Installed with apt-get as root; otherwise the command is printed and make stops.
test-deps:
	@if command -v python3 >/dev/null 2>&1 && { command -v chromium-headless-shell || command -v chromium; } >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then \
	  echo "pantau: the tests need python3 and a headless Chromium; install with:  sudo apt-get install -y python3 chromium-headless-shell" >&2; \
	  exit 1; \
	fi; \
	apt-get update -qq; \
	browser=chromium-headless-shell; apt-cache show $$browser >/dev/null 2>&1 || browser=chromium; \
	echo "pantau: installing python3 $$browser with apt-get (for the tests)"; \
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 $$browser >/dev/null || { \
	  echo "pantau: apt-get could not install python3 $$browser" >&2; exit 1; }

# datapackage.json checked by the Frictionless Python package, and every CSV loaded with pandas by
# the schema's types, keys and foreign keys (scripts/check_datapackage.py), over a run of corpus/.
# The packages go into .venv-frictionless (python3-venv from apt when missing).
VENV_FRICTIONLESS := .venv-frictionless
FRICTIONLESS_PACKAGES := "frictionless>=5.18,<6" "pandas>=2.1,<4"
$(VENV_FRICTIONLESS)/.installed:
	@python3 -c "import ensurepip, venv" 2>/dev/null || { \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "pantau: installing python3-venv with apt-get"; apt-get update -qq; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null || exit 1; \
	  else echo "pantau: install python3-venv:  sudo apt-get install -y python3-venv" >&2; exit 1; fi; }
	rm -rf $(VENV_FRICTIONLESS)
	python3 -m venv $(VENV_FRICTIONLESS)
	$(VENV_FRICTIONLESS)/bin/pip install --quiet --disable-pip-version-check $(FRICTIONLESS_PACKAGES)
	@touch $@

test-datapackage: build $(VENV_FRICTIONLESS)/.installed
	@rm -rf .build/datapackage-check && mkdir -p .build/datapackage-check
	$(BIN) run --input corpus --output .build/datapackage-check/dataset --jobs $(JOBS)
	$(VENV_FRICTIONLESS)/bin/python scripts/check_datapackage.py .build/datapackage-check/dataset

# Benchmark on a corpus generated under bench-corpus/ (git-ignored); BENCH_SCALE=0.1 for a quick run.
# Then the tokeniser alone on the UD Indonesian text repeated 50 times and on the seeds, when
# ../shared is present.
BENCH_SCALE ?= 1
SHARED ?= ../shared
bench: build
	python3 scripts/bench.py --bin $(BIN) --scale $(BENCH_SCALE)
	@if [ -d $(SHARED)/eval/ud-id ]; then \
	  mkdir -p .build/bench; \
	  for f in id_gsd-ud-dev id_csui-ud-train; do \
	    $(SWIFT) scripts/ud-raw.swift $(SHARED)/eval/ud-id/$$f.conllu > .build/bench/$$f.txt || exit 1; \
	    $(BIN) tokenize --stats --repeat 50 .build/bench/$$f.txt || exit 1; \
	  done; \
	  cat $(SHARED)/seeds/*.txt > .build/bench/seeds.txt; \
	  $(BIN) tokenize --stats --repeat 50 .build/bench/seeds.txt; \
	fi

# Spark scale-out check (pyspark into .venv-spark, Java 17); CI runs it only with PANTAU_SPARK=1.
test-spark: build
	scripts/test_spark.sh $(BIN)

clean:
	rm -rf .build output

# Fuzzing: clean + extract, the text-scrape reader and the language guesser under libFuzzer and
# AddressSanitizer for FUZZ_SECONDS. New crashers
# are copied into Tests/PantauTests/Fixtures/fuzz/, where the test suite replays them forever.
FUZZ_SECONDS ?= 60
FUZZ_DIR := .build-fuzz
fuzz: deps
	$(SWIFT) build -c release --scratch-path $(FUZZ_DIR) --product pantau-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	@rm -rf $(FUZZ_DIR)/run && mkdir -p $(FUZZ_DIR)/run/corpus $(FUZZ_DIR)/run/artifacts
	@cp Tests/PantauTests/Fixtures/fuzz/* Tests/PantauTests/Fixtures/mini/*.* Tests/PantauTests/Fixtures/mini/news/* corpus/news/*.html corpus/scrapes/*.txt corpus/feeds/*.jsonl $(FUZZ_DIR)/run/corpus/ 2>/dev/null || true
	@cp Tests/PantauTests/Fixtures/feeds/*.xml Tests/PantauTests/Fixtures/feeds/*.rdf Tests/PantauTests/Fixtures/feeds/*.html $(FUZZ_DIR)/run/corpus/ 2>/dev/null || true
	PANTAU_DATA=$(CURDIR)/Sources/Pantau/Data ASAN_OPTIONS=detect_leaks=0 \
	  $(FUZZ_DIR)/release/pantau-fuzz $(FUZZ_DIR)/run/corpus -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	  -rss_limit_mb=4096 -timeout=20 -artifact_prefix=$(FUZZ_DIR)/run/artifacts/ -print_final_stats=1; \
	rc=$$?; \
	for f in $(FUZZ_DIR)/run/artifacts/*; do [ -e "$$f" ] && cp "$$f" Tests/PantauTests/Fixtures/fuzz/ && echo "crasher saved: Tests/PantauTests/Fixtures/fuzz/$$(basename $$f)"; done; \
	exit $$rc
