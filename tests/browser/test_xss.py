"""Stored XSS in Chromium: script payloads in every text the desk shows never run.

Payloads call ``alert`` (caught by a dialog listener) and set ``window.__xss``
(checked after each page). They go into article titles, outlets, bylines and
text, claim notes, verdict explanations and source titles, publishers and
excerpts, then the article list, the search echo, the review page, claim
pages and the claim panel swapped in by the page script are loaded. The pages
must also carry a nonce-based CSP without 'unsafe-inline' and no inline event
handlers; ``javascript:`` source URLs are refused by the form and the API.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client
from playwright.sync_api import expect
from rest_framework.authtoken.models import Token

from annotations.models import Article, Claim, Source
from tests.factories import make_article, make_claim, make_source, make_verdict
from tests.hostile import XSS, naughty_strings

pytestmark = pytest.mark.browser

OWN_PAYLOADS = XSS
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# Pages whose markup could hold a script: every <script> must carry the nonce
# (Chromium hides its value from getAttribute, but not from .nonce).
PAGE_CHECKS = """() => ({
  xss: window.__xss === 1,
  nonces: [...new Set([...document.scripts].map(s => s.nonce))],
  scriptsWithoutNonce: [...document.scripts].filter(s => !s.nonce).length,
  inlineHandlers: [...document.querySelectorAll('*')].flatMap(
    el => [...el.attributes].filter(a => a.name.startsWith('on')).map(
      a => el.tagName + ' ' + a.name)),
  // The app's own empty favicon (data:,) aside.
  scriptLinks: [...document.querySelectorAll(
    '[href]:not(link[rel=icon]), [src], [action], [formaction]')].filter(
    el => /^\\s*(javascript|data|vbscript):/i.test(
      el.getAttribute('href') || el.getAttribute('src') || el.getAttribute('action'))
  ).map(el => el.outerHTML.slice(0, 120)),
  iframes: document.querySelectorAll('iframe, object, embed').length,
})"""


def payloads() -> list[str]:
    """Our payloads plus every BLNS string that carries markup or a script URL."""
    blns = [
        s
        for s in naughty_strings()
        if ("<" in s or "javascript:" in s.lower()) and not UNSTORABLE.search(s)
    ]
    return list(dict.fromkeys(OWN_PAYLOADS + blns))


def hostile_desk() -> tuple[Article, list[Claim]]:
    """Articles titled with payloads, and one whose text holds them all, with a
    claim per payload carrying it as note, explanation and source texts."""
    strings = payloads()
    for text in strings[:25]:
        make_article(title=text[:300], outlet=text[:200], body=f"Text. {text}")
    body = "\n\n".join(strings)
    article = make_article(
        title=OWN_PAYLOADS[0], outlet=OWN_PAYLOADS[1], byline=OWN_PAYLOADS[2], body=body
    )
    claims = []
    for text in OWN_PAYLOADS:
        claim = make_claim(article, text=text, kind="statement", note=text)
        verdict = make_verdict(claim, explanation=text)
        make_source(verdict, title=text, publisher=text[:200], excerpt=text)
        claims.append(claim)
    return article, claims


def assert_clean(page: Any, response: Any, dialogs: list[str]) -> dict[str, Any]:
    found = page.evaluate(PAGE_CHECKS)
    assert not dialogs, f"a payload opened a dialog: {dialogs}"
    assert not found["xss"], "a payload ran (window.__xss was set)"
    assert found["scriptsWithoutNonce"] == 0
    assert found["inlineHandlers"] == [], found["inlineHandlers"]
    assert found["scriptLinks"] == [], found["scriptLinks"]
    assert found["iframes"] == 0, "user text became an embedded frame"
    if response is not None:
        # django-csp adds the nonce only to pages that use one (those with a
        # script); the others allow no inline script at all.
        policy = response.headers["content-security-policy"]
        script_src = re.search(r"script-src([^;]*)", policy)
        assert script_src, policy
        nonces = re.findall(r"'nonce-([^']+)'", script_src.group(1))
        assert nonces == found["nonces"], (policy, found["nonces"])
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, policy
    return found


def watch(page: Any) -> list[str]:
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def test_the_dialog_listener_sees_a_payload_run_where_nothing_blocks_it(browser):
    """The control: without the desk's escaping and CSP, the same payload runs."""
    context = browser.new_context()
    page = context.new_page()
    dialogs = watch(page)
    page.set_content(OWN_PAYLOADS[1])
    page.wait_for_function("window.__xss === 1")
    context.close()
    assert dialogs == ["img"]


def test_payloads_in_stored_text_never_run(desk, signed_in):
    article, claims = hostile_desk()
    page = signed_in("erin")
    dialogs = watch(page)
    base = desk["url"]
    pages = [
        f"{base}/articles/",
        f"{base}/articles/?q=" + "%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E",
        f"{base}/articles/{article.pk}/",
        *[f"{base}/articles/{article.pk}/claims/{c.pk}/" for c in claims],
    ]
    for url in pages:
        response = page.goto(url)
        page.wait_for_load_state("load")
        assert response is not None and response.status == 200, url
        found = assert_clean(page, response, dialogs)
        if "/articles/?" not in url and url != f"{base}/articles/":
            assert found["nonces"], f"{url}: the review page's script has a nonce"
    # The text itself is shown, as text.
    page.goto(f"{base}/articles/{article.pk}/claims/{claims[0].pk}/")
    expect(page.locator("#panel-title")).to_contain_text("<script>")
    # The panel of the next claims is fetched and swapped in by the page script.
    for claim in claims[1:4]:
        page.get_by_role("link", name="Next claim").click()
        expect(page).to_have_url(re.compile(rf"/claims/{claim.pk}/$"))
        expect(page.locator("#panel-title")).to_contain_text(claim.text[:20])
        assert_clean(page, None, dialogs)


def test_javascript_source_urls_are_refused_by_the_form(desk, signed_in):
    article, claims = hostile_desk()
    claim = claims[0]
    sources = Source.objects.filter(verdict__claim=claim).count()
    page = signed_in("alice")
    dialogs = watch(page)
    page.goto(f"{desk['url']}/articles/{article.pk}/claims/{claim.pk}/")
    page.get_by_label("Source URL").first.fill("javascript:window.__xss=1;alert(1)")
    page.get_by_role("button", name="Save verdict").click()
    expect(page.get_by_text("Enter an http:// or https:// address.")).to_be_visible()
    assert Source.objects.filter(verdict__claim=claim).count() == sources
    assert not Source.objects.filter(url__icontains="javascript").exists()
    assert_clean(page, None, dialogs)
    # The article form too, with every field carrying a payload.
    page.goto(f"{desk['url']}/articles/new/")
    page.get_by_label("Title").fill(OWN_PAYLOADS[1])
    page.get_by_label("Source URL").fill("javascript:alert(document.domain)")
    page.get_by_label("Outlet").fill(OWN_PAYLOADS[2])
    page.get_by_label("Article text").fill(OWN_PAYLOADS[4])
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Add and flag claims").click()
    expect(page.get_by_text("Enter an http:// or https:// address.")).to_be_visible()
    assert_clean(page, navigation.value, dialogs)
    assert not Article.objects.filter(url__icontains="javascript").exists()


def test_javascript_source_urls_are_refused_by_the_api(desk):
    _, claims = hostile_desk()
    token = Token.objects.create(user=desk["alice"]).key
    verdict = claims[0].verdict
    body = {
        "rating": verdict.rating_id,
        "explanation": "x",
        "version": verdict.version,
        "sources": [{"url": "javascript:alert(1)", "title": "t"}],
    }
    response = Client(HTTP_AUTHORIZATION=f"Token {token}").put(
        f"/api/v1/verdicts/{verdict.pk}/", json.dumps(body), "application/json"
    )
    # 422: the schema says "a string"; an http(s) address is the rule on top.
    assert response.status_code == 422
    assert "url" in response.json()["detail"].lower() or response.json()["errors"]
    assert not Source.objects.filter(url__icontains="javascript").exists()
