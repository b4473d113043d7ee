"""Playwright fixtures: Debian's Chromium, a live server, signed-in pages."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

#: Names a Chromium goes by on PATH (Debian, Ubuntu snaps, Google's builds).
CHROMIUM_NAMES = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
)


def find_chromium() -> Path | None:
    """$CHROMIUM when set, else the first Chromium on PATH."""
    configured = os.environ.get("CHROMIUM", "").strip()
    if configured:
        return Path(configured)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
PASSWORD = "browser-test-pw"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = find_chromium()
    if chromium is None or not chromium.exists():
        pytest.fail(
            f"Chromium was not found ({chromium or 'not on PATH'}). Install it "
            "(Debian: apt-get install chromium) or set CHROMIUM to its path; the "
            "browser tests never download one."
        )
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in the test thread while
    # it lives; the ORM calls that prepare test data are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True
            )
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def desk(transactional_db: None, live_server: Any) -> dict[str, Any]:
    """Groups, the default rating scale and the personas (flushed between tests)."""
    from tests.factories import ensure_reference_data, make_user

    ensure_reference_data()

    return {
        "url": live_server.url,
        "alice": make_user("alice", role="reviewer", password=PASSWORD),
        "bob": make_user("bob", role="reviewer", password=PASSWORD),
        "erin": make_user("erin", role="editor", password=PASSWORD),
    }


@pytest.fixture
def signed_in(browser: Any, desk: dict[str, Any]) -> Iterator[Callable[..., Any]]:
    """Open a new browser context signed in as ``username``; returns its page."""
    contexts = []
    dialogs: list[str] = []
    violations: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    def on_console(message: Any) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            violations.append(message.text)

    def open_page(username: str, width: int = 1280, height: int = 800) -> Any:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        # No page of the desk ever opens a dialog: one would mean injected script.
        page.on("dialog", on_dialog)
        page.on("console", on_console)
        page.goto(desk["url"] + "/accounts/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/articles/")
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not dialogs, f"a page opened a dialog: {dialogs}"
    assert not violations, f"the Content-Security-Policy blocked: {violations}"


def screenshot(page: Any, name: str, full_page: bool = False) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
