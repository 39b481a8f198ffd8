"""The Chromium the bench (and the tests) read pages with (search_bench.launch) measures the page, nothing beside it.

Chromium 156 loads the omnibox's popup, a WebUI page of the browser's own (chrome://omnibox-popup.top-chrome/
and its omnibox_popup_aim.html), in every new window, headless too: the bench opens each query in a fresh
context, so two more renderers worked on the machine's two cores beside every page it timed (search26's
traces). Chromium reads only the last --disable-features of its command line, so the launch that turns
them off must name Playwright's own again."""
from __future__ import annotations


def test_a_page_the_bench_opens_has_no_browser_page_beside_it(browser):   # conftest's: search_bench.launch
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


def _command_line(browser) -> list[str]:
    """The switches the browser was started with, as chrome://version shows them, less the program and its
    profile folder (a new temporary one each launch)."""
    page = browser.new_page()
    page.goto("chrome://version")
    line = page.locator("#command_line").text_content().split()
    page.close()
    return [s for s in line[1:] if not s.startswith("--user-data-dir=")]


def test_the_bench_launches_chromium_as_the_installed_playwright_does_but_for_the_browser_pages_it_turns_off(browser):
    """search_bench held a copy of Playwright 1.65's disabled features: the launch is now Playwright's own, with
    the bench's switches, and its last --disable-features is Playwright's list read from the browser it starts,
    with the omnibox's WebUI pages added."""
    from triglot.web.search_bench import CHROMIUM, NO_BROWSER_PAGES, SWITCHES
    plain = browser.browser_type.launch(executable_path=CHROMIUM, args=SWITCHES)
    try:
        theirs = _command_line(plain)
    finally:
        plain.close()
    ours = _command_line(browser)

    def features(line):
        return [s.split("=", 1)[1].split(",") for s in line if s.startswith("--disable-features=")]
    assert [s for s in ours if not s.startswith("--disable-features=")] == \
        [s for s in theirs if not s.startswith("--disable-features=")]
    assert features(theirs) and features(ours)[-1] == features(theirs)[-1] + list(NO_BROWSER_PAGES)
