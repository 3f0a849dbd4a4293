# Only python3 (3.11) and make are assumed. `make demo` and `make test` set up everything else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test clean

$(INSTALLED): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

demo: $(INSTALLED)
	$(BIN)/kg build -o output

test: $(INSTALLED)
	@sh scripts/browser-deps.sh
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) output *.egg-info
