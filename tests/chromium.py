"""Debian's Chromium through Playwright, and axe-core's audit of a page, as the web tests read a site.

Thirteen test files launched Chromium inside their tests and ten shared test_web_site's; four places
held the launch flags; nine files injected axe-core and kept its serious findings in lines alike.
conftest imports the fixtures from here, so every test module has them.

One browser a test module, as test_web_site's was, not one a session: search_bench (the search tests,
`triglot bench`) starts Playwright of its own, and Playwright's sync API cannot start while another
runs in the same thread ("using Playwright Sync API inside the asyncio loop", tried)."""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = ("serious", "critical")


@contextlib.contextmanager
def launched():
    """Debian's Chromium, launched as the bench reads pages with (search_bench.launch): one launch for both."""
    from playwright.sync_api import sync_playwright
    from triglot.web.search_bench import launch
    with sync_playwright() as p:
        b = launch(p)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def browser():
    """Chromium, launched once for the test module that asks for it. A module with a test that runs
    search_bench's Browser overrides it with one a test (`with launched() as b: yield b`)."""
    with launched() as b:
        yield b


@pytest.fixture
def new_page(browser):
    """`new_page(width, height=800, **context options)`: a page in a context of its own, as a reader
    opens it (viewport WIDTH x HEIGHT when a width is given), its uncaught script errors gathered in
    `page.errors`. The contexts are closed when the test ends, passed or not."""
    contexts = []

    def open_page(width=None, height=800, **options):
        if width is not None:
            options["viewport"] = {"width": width, "height": height}
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        return page
    yield open_page
    for context in contexts:
        context.close()


def axe_violations(page, within: str | None = None) -> list:
    """What axe-core finds on the page as it stands: [rule, impact, nodes] for each rule broken, in the
    whole document or in the element the selector `within` names. The script is the test's, not the
    site's: the page's context must be opened with bypass_csp=True. It is injected once a document,
    so a test may audit a page again after changing its state."""
    assert AXE.is_file(), "axe-core missing: run `make install-test`"
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate("within => (within ? axe.run(document.querySelector(within)) : axe.run())"
                         ".then(r => r.violations.map(v => [v.id, v.impact, v.nodes.length]))", within)


def serious_axe_violations(page) -> list:
    """axe's serious and critical violations on the page (axe_violations): what the web tests hold at none."""
    return [v for v in axe_violations(page) if v[1] in SERIOUS]
