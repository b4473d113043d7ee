"""The Swagger UI at /api/v1/docs/ renders in Chromium under the site's CSP."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_the_api_docs_render_without_csp_violations(
    browser: Any, desk: dict[str, Any]
) -> None:
    context = browser.new_context()
    page = context.new_page()
    problems: list[str] = []
    page.on(
        "console",
        lambda message: (
            problems.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    try:
        page.goto(desk["url"] + "/api/v1/docs/")
        page.wait_for_selector(".opblock-summary-path", timeout=15000)
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        assert any("/api/v1/export/verdicts.csv" in p for p in paths), paths
        assert any("/api/v1/claims/" in p for p in paths), paths
        assert not [p for p in problems if "Content Security Policy" in p], problems
        assert not failed, failed
    finally:
        context.close()
