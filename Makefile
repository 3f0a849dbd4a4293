# Only python3 (3.11) and make are assumed. `make demo` and `make test` set up everything else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
TEST_INSTALLED := $(VENV)/.installed-test

# Debian packages of the tools the store tests load our graphs into (tests/test_other_stores.py)
DEB_PACKAGES := raptor2-utils libapache-jena-java default-jre-headless virtuoso-opensource-7-bin

.PHONY: demo test test-bench bench clean deb-packages

# what kg needs (make demo); the test and notebook extras (the test extra includes Dask, the cluster extra that
# only kg build --scheduler and bench --dask use) come with make test
$(INSTALLED): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(TEST_INSTALLED): $(INSTALLED)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,notebook]'
	touch $@

demo: $(INSTALLED)
	$(BIN)/kg build -o output

test: $(TEST_INSTALLED) deb-packages
	@sh scripts/browser-deps.sh
	$(BIN)/pytest -q

# the benchmark end to end on a tiny corpus, its figures checked (tests/test_bench.py; a few minutes)
test-bench: $(TEST_INSTALLED)
	$(BIN)/pytest -q -m bench

# Installs what is missing when run as root (as in CI); otherwise says so, and those tests skip.
deb-packages:
	@missing=$$(for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q ' installed$$' || echo $$p; done); \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then \
		echo "not installing" $$missing "(needs root and apt-get): the tests that use them will skip"; exit 0; fi; \
	echo "installing Debian packages for the store tests:" $$missing; \
	log=$$(mktemp); \
	if ! { apt-get -o DPkg::Lock::Timeout=900 -q update && DEBIAN_FRONTEND=noninteractive \
		apt-get -o DPkg::Lock::Timeout=900 -q install -y --no-install-recommends $$missing; } >$$log 2>&1; then \
		tail -n 20 $$log; echo "could not install" $$missing": the tests that use them will skip (and fail in CI)"; fi; \
	rm -f $$log

# throughput, stages, memory, workers, update, store (a few minutes; see benchmarks/bench.py for options)
bench: $(INSTALLED)
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) output *.egg-info
