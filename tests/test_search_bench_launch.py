"""The Chromium the bench (and the tests) read pages with (search_bench.LAUNCH) measures the page, nothing beside it.

Chromium 156 loads the omnibox's popup, a WebUI page of the browser's own (chrome://omnibox-popup.top-chrome/
and its omnibox_popup_aim.html), in every new window, headless too: the bench opens each query in a fresh
context, so two more renderers worked on the machine's two cores beside every page it timed (search26's
traces). Chromium reads only the last --disable-features of its command line, so the launch that turns
them off must name Playwright's own again."""
from __future__ import annotations


def test_a_page_the_bench_opens_has_no_browser_page_beside_it(browser):   # conftest's: search_bench.LAUNCH
    context = browser.new_context()
    page = context.new_page()
    page.goto("data:text/html,<p>a reader's page</p>")
    page.wait_for_timeout(500)      # the window's own pages are made as it opens, not on demand
    session = browser.new_browser_cdp_session()
    targets = session.send("Target.getTargets")["targetInfos"]
    session.detach()
    context.close()
    beside = [t["url"] for t in targets if t["type"] != "page"]
    assert beside == [], beside


def test_the_launch_keeps_every_feature_playwright_turns_off(browser):
    page = browser.new_page()
    page.goto("chrome://version")
    switches = page.locator("#command_line").text_content().split()
    page.close()
    disabled = [s.split("=", 1)[1].split(",") for s in switches if s.startswith("--disable-features=")]
    assert len(disabled) >= 1
    assert set().union(*disabled) <= set(disabled[-1]), set().union(*disabled) - set(disabled[-1])
