# textclean: `make run` cleans seeds/ into data/, `make test` runs the checks.
# Both create .venv when it is missing and (re)install the project only when
# pyproject.toml or constraints.txt changed (stamp file .venv/.installed).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest schemas score lock clean devscore lexicon

run: $(STAMP)
	$(BIN)/textclean run seeds --out data

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

# Regenerate src/textclean/clean/data/lexicon.txt from jieba's dictionary (a test fails when it drifts).
lexicon: $(STAMP)
	$(BIN)/python tools/lexicon.py

# Regenerate schemas/*.json from src/textclean/dataset/schemas.py (a test fails when they drift).
schemas: $(STAMP)
	$(BIN)/python -m textclean.dataset.schemas --write schemas

# Score data/articles.jsonl (from `make run`) against the hand-checked gold pages.
score: $(STAMP)
	$(BIN)/python tools/score.py tests/fixtures/gold data/articles.jsonl

# Score the cleaning on a devpages-like corpus, per extractor (DEVPAGES=DIR, default ../shared/devpages).
devscore: $(STAMP)
	$(BIN)/python tools/devscore.py $(or $(DEVPAGES),../shared/devpages)

# Refresh constraints.txt, the exact versions `make` installs, from the current .venv.
lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable > constraints.txt

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	@echo "installing textclean and its dependencies into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/python -m pip install -c constraints.txt -e '.[dev,fast]' > $(VENV)/install.log 2>&1 \
		|| { tail -n 30 $(VENV)/install.log; exit 1; }
	@touch $@
