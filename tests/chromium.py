"""Debian's Chromium through Playwright, and axe-core's audit of a page, as the web tests read a site.

Thirteen test files launched Chromium inside their tests and ten shared test_web_site's; four places
held the launch flags; nine files injected axe-core and kept its serious findings in lines alike.
conftest imports the fixtures from here, so every test module has them.

One browser a test module, as test_web_site's was, not one a session: search_bench (the search tests,
`triglot bench`) starts Playwright of its own, and Playwright's sync API cannot start while another
runs in the same thread ("using Playwright Sync API inside the asyncio loop", tried)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def browser():
    """Chromium, launched once for the test module that asks for it."""
    from playwright.sync_api import sync_playwright
    from triglot.web.search_bench import LAUNCH      # the flags the bench reads pages with: one set for both
    with sync_playwright() as p:
        b = p.chromium.launch(**LAUNCH)
        yield b
        b.close()
