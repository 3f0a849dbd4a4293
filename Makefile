# Only python3 (3.11) and make are assumed. `make demo` and `make test` set up everything else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test bench clean

$(INSTALLED): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

demo: $(INSTALLED)
	$(BIN)/kg build -o output

test: $(INSTALLED)
	$(BIN)/pytest -q

# throughput, stages, memory, workers, update, store (a few minutes; see bench/bench.py for options)
bench: $(INSTALLED)
	$(BIN)/python bench/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) output *.egg-info
