"""The review desk in Chromium: sign in, add, highlight, review by keyboard, approve."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from annotations.models import Article, Claim, Verdict
from tests.browser.articles import BODY, QUOTE, TITLE, harbour_article
from tests.browser.conftest import screenshot
from tests.factories import (
    default_rating,
    make_article,
    make_claim,
    make_source,
    make_verdict,
)

pytestmark = pytest.mark.browser

PASTED = (
    "The city's bus operator said on Monday that it will buy 45 electric buses for "
    "€21 million, about 30 percent more per vehicle than diesel models.\n\n"
    "Journeys fell by 12 percent in 2023, to 18.4 million."
)


def claim_url(desk: dict[str, Any], claim: Claim) -> str:
    return f"{desk['url']}/articles/{claim.article_id}/claims/{claim.pk}/"


def test_sign_in_add_by_paste_and_see_claims_highlighted(desk, signed_in):
    page = signed_in("alice")
    expect(page.get_by_role("heading", name="Articles", exact=True)).to_be_visible()
    page.get_by_role("link", name="Add article").first.click()
    page.get_by_label("Title").fill("Electric buses cost more, operator admits")
    page.get_by_label("Source URL").fill("https://news.example.org/buses")
    page.get_by_label("Outlet").fill("Example Daily")
    page.get_by_label("Article text").fill(PASTED)
    page.get_by_role("button", name="Add and flag claims").click()
    expect(page.get_by_role("heading", name="Electric buses cost more")).to_be_visible()
    article = Article.objects.get(title="Electric buses cost more, operator admits")
    assert article.body == PASTED
    count = article.claims.count()
    assert count > 0, f"detection flagged nothing ({article.detection_error})"
    assert page.locator("#article-text mark[data-claim-id]").count() >= count
    expect(page.get_by_text(f"0 of {count} claims reviewed")).to_be_visible()


def test_add_an_article_by_html_upload(desk, signed_in, tmp_path: Path):
    html = tmp_path / "story.html"
    html.write_text(
        "<html><head><title>x</title><script>alert('upload')</script></head><body>"
        "<h1>Ferry fares</h1><p>Fares rose <b>9 percent</b> in 2023.</p>"
        "<p>Ridership fell to 2.4 million.</p></body></html>",
        encoding="utf-8",
    )
    page = signed_in("alice")
    page.goto(desk["url"] + "/articles/new/")
    page.get_by_label("Title").fill("Ferry fares rise again")
    page.get_by_label("Or upload a file").set_input_files(str(html))
    page.get_by_role("button", name="Add and flag claims").click()
    expect(page.get_by_role("heading", name="Ferry fares rise again")).to_be_visible()
    text = page.locator("#article-text").inner_text()
    assert "Fares rose 9 percent in 2023." in text
    assert "alert" not in text
    body = Article.objects.get(title="Ferry fares rise again").body
    assert (
        body
        == "Ferry fares\n\nFares rose 9 percent in 2023.\n\nRidership fell to 2.4 million."
    )


def test_bad_input_is_refused_with_a_message(desk, signed_in, tmp_path: Path):
    pdf = tmp_path / "story.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    page = signed_in("alice")
    page.goto(desk["url"] + "/articles/new/")
    page.get_by_label("Title").fill("Bad upload")
    page.get_by_label("Source URL").fill("javascript:alert(1)")
    page.get_by_label("Or upload a file").set_input_files(str(pdf))
    page.get_by_role("button", name="Add and flag claims").click()
    expect(page.get_by_text("Upload a .txt or .html file")).to_be_visible()
    expect(page.get_by_text("Enter an http:// or https:// address.")).to_be_visible()
    assert not Article.objects.filter(title="Bad upload").exists()


def test_review_a_claim_entirely_by_keyboard(desk, signed_in):
    article = harbour_article()
    first = article.claims.order_by("start", "-end", "id")[0]
    page = signed_in("alice")
    page.goto(f"{desk['url']}/articles/{article.pk}/")
    expect(page.get_by_text("Pick a claim to review")).to_be_visible()
    assert page.locator("mark[data-claim-id]").count() >= article.claims.count()

    page.keyboard.press("j")
    focused = page.evaluate("document.activeElement.dataset.claimId")
    assert focused == str(first.pk)
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the keyboard focus must be visible"
    page.keyboard.press("j")
    page.keyboard.press("k")
    page.keyboard.press("Enter")
    expect(page.locator("#panel-title")).to_contain_text(first.text)
    expect(page).to_have_url(re.compile(rf"/claims/{first.pk}/$"))

    page.keyboard.press("3")
    expect(page.get_by_label("Rating")).to_have_value(
        str(default_rating("Half true").pk)
    )
    assert page.evaluate("document.activeElement.id") == "id_explanation"
    page.keyboard.type("The 2024 budget shows EUR 12.4 million for ferry subsidies.")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_sources-0-url"
    page.keyboard.type("https://lakeside.example.org/budget-2024.pdf")
    page.keyboard.press("Tab")
    page.keyboard.type("Harbour budget 2024")
    page.keyboard.press("Escape")
    page.keyboard.press("s")
    expect(page.get_by_text("Verdict saved.")).to_be_visible()

    page.reload()
    expect(page.get_by_label("Explanation")).to_have_value(
        "The 2024 budget shows EUR 12.4 million for ferry subsidies."
    )
    expect(page.get_by_label("Source URL").first).to_have_value(
        "https://lakeside.example.org/budget-2024.pdf"
    )
    expect(page.get_by_text("1 of 16 claims reviewed")).to_be_visible()
    verdict = Verdict.objects.get(claim=first)
    assert verdict.rating.label == "Half true"
    assert [s.title for s in verdict.sources.all()] == ["Harbour budget 2024"]

    # A second source, added with the button, then the shortcuts list.
    page.get_by_role("button", name="+ Add another source").click()
    page.get_by_label("Source URL").nth(2).fill("https://www.ecb.europa.eu/rates")
    page.get_by_role("button", name="Save verdict").click()
    expect(page.get_by_text("Verdict saved.")).to_be_visible()
    assert verdict.sources.filter(removed_at__isnull=True).count() == 2
    page.keyboard.press("?")
    expect(page.get_by_role("dialog", name="Keyboard shortcuts")).to_be_visible()
    page.keyboard.press("Escape")


def test_dismiss_a_claim_with_the_keyboard(desk, signed_in):
    article = harbour_article()
    claim = Claim.objects.get(article=article, text="Thursday 14 March 2024")
    page = signed_in("alice")
    page.goto(claim_url(desk, claim))
    page.keyboard.press("d")
    expect(page.get_by_text("Claim dismissed")).to_be_visible()
    claim.refresh_from_db()
    assert claim.status == Claim.Status.DISMISSED
    expect(page.locator(f'mark[data-claim-id="{claim.pk}"]').first).to_have_class(
        re.compile("st-dismissed")
    )


def test_add_a_claim_by_selecting_text(desk, signed_in):
    article = harbour_article()
    page = signed_in("alice")
    page.goto(f"{desk['url']}/articles/{article.pk}/")
    phrase = "ran at less than a quarter of capacity"
    page.evaluate(
        """(phrase) => {
            const root = document.getElementById("article-text");
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.data.indexOf(phrase);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + phrase.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    root.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
                    return;
                }
            }
            throw new Error("phrase not found");
        }""",
        phrase,
    )
    form = page.locator("#add-claim")
    expect(form).to_be_visible()
    expect(form.locator("blockquote")).to_have_text(phrase)
    form.get_by_label("Kind").select_option("statement")
    form.get_by_role("button", name="Add claim").click()
    expect(page.get_by_text("Claim added")).to_be_visible()
    claim = Claim.objects.get(article=article, origin=Claim.Origin.MANUAL)
    assert claim.text == phrase
    assert BODY[claim.start : claim.end] == phrase
    expect(page.locator(f'mark[data-claim-id="{claim.pk}"]')).to_have_text(phrase)


def test_second_review_and_approval_by_an_editor(desk, signed_in):
    article = harbour_article()
    claim = Claim.objects.get(article=article, text="18 percent")
    make_verdict(claim, reviewer=desk["alice"], rating=default_rating("True"))
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.IN_REVIEW)

    alice = signed_in("alice")
    alice.goto(claim_url(desk, claim))
    expect(alice.get_by_role("button", name="Approve")).to_have_count(0)
    alice.get_by_role("button", name="Request second review").click()
    expect(alice.get_by_text("Second review requested.")).to_be_visible()

    bob = signed_in("bob")
    bob.goto(claim_url(desk, claim))
    bob.get_by_role("button", name="Confirm second review").click()
    expect(bob.get_by_text("Second review recorded.")).to_be_visible()

    erin = signed_in("erin")
    erin.goto(claim_url(desk, claim))
    erin.locator("#claim-panel").evaluate("el => el.scrollTop = el.scrollHeight")
    screenshot(erin, "review-editor-1280x800")
    erin.get_by_role("button", name="Approve").click()
    expect(erin.get_by_text("Verdict approved.")).to_be_visible()
    claim.refresh_from_db()
    assert claim.status == Claim.Status.APPROVED
    assert claim.verdict.second_reviewer == desk["bob"]
    assert claim.verdict.approved_by == desk["erin"]
    erin.locator("details.history summary").click()
    expect(erin.locator(".timeline")).to_contain_text("erin changed verdict")


def test_reject_requires_a_comment(desk, signed_in):
    article = harbour_article()
    claim = Claim.objects.get(article=article, text="240,000")
    make_verdict(claim, reviewer=desk["alice"])
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.IN_REVIEW)
    erin = signed_in("erin")
    erin.goto(claim_url(desk, claim))
    erin.get_by_role("button", name="Reject").click()
    expect(erin.get_by_text("Say why the verdict is rejected.")).to_be_visible()
    erin.get_by_label("Editor comment").fill("Give the 2022 and 2023 totals.")
    erin.get_by_role("button", name="Reject").click()
    expect(erin.get_by_text("Verdict rejected")).to_be_visible()
    expect(erin.locator(".verdict-summary")).to_contain_text(
        "Give the 2022 and 2023 totals."
    )


def test_a_stale_save_shows_both_versions(desk, signed_in):
    article = harbour_article()
    claim = Claim.objects.get(article=article, text="48 million euros")
    make_verdict(claim, reviewer=desk["alice"], explanation="First draft.")
    alice = signed_in("alice")
    alice.goto(claim_url(desk, claim))
    bob = signed_in("bob")
    bob.goto(claim_url(desk, claim))

    bob.get_by_label("Explanation").fill("Bob: the tender documents say 51 million.")
    bob.get_by_role("button", name="Save verdict").click()
    expect(bob.get_by_text("Verdict saved.")).to_be_visible()

    mine = "Alice: the annual report confirms 48 million euros."
    alice.get_by_label("Explanation").fill(mine)
    alice.get_by_role("button", name="Save verdict").click()
    expect(alice.get_by_role("alert")).to_contain_text(
        "Someone else saved this verdict first"
    )
    expect(alice.locator(".their-version")).to_contain_text(
        "Bob: the tender documents say 51 million."
    )
    expect(alice.get_by_label("Explanation")).to_have_value(mine)
    assert Verdict.objects.get(claim=claim).explanation.startswith("Bob:")
    screenshot(alice, "review-conflict-1280x800")

    alice.get_by_role("button", name="Save verdict").click()
    expect(alice.get_by_text("Verdict saved.")).to_be_visible()
    assert Verdict.objects.get(claim=claim).explanation == mine


def test_screenshots_desktop_and_phone(desk, signed_in):
    article = harbour_article()
    conversion = Claim.objects.get(article=article, kind=Claim.Kind.CONVERSION)
    quote = Claim.objects.get(article=article, text=QUOTE)
    Claim.objects.filter(article=article, kind="date").update(status="dismissed")
    make_verdict(
        Claim.objects.get(article=article, text="18 percent"), reviewer=desk["bob"]
    )
    Claim.objects.filter(article=article, text="18 percent").update(status="approved")
    page = signed_in("alice")
    page.goto(claim_url(desk, conversion))
    expect(page.locator("#panel-title")).to_be_visible()
    assert page.locator(f'mark[data-claim-id="{quote.pk}"] mark').count() == 2
    screenshot(page, "review-1280x800")
    page.goto(f"{desk['url']}/articles/")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    screenshot(page, "articles-1280x800")

    phone = signed_in("erin", width=390, height=844)
    phone.goto(claim_url(desk, conversion))
    expect(phone.locator("#panel-title")).to_be_visible()
    screenshot(phone, "review-390x844")
    screenshot(phone, "review-390x844-full", full_page=True)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the phone layout scrolls sideways ({width}px)"


def test_a_long_article_stays_responsive(desk, signed_in):
    from tests.web.helpers import long_article

    article = long_article(500)
    page = signed_in("alice")
    page.goto(f"{desk['url']}/articles/{article.pk}/")
    assert page.locator("#article-text mark[data-claim-id]").count() == 500
    elapsed = page.evaluate(
        """() => {
            const started = performance.now();
            for (let i = 0; i < 50; i++) {
                document.dispatchEvent(new KeyboardEvent("keydown", {key: "j"}));
            }
            return performance.now() - started;
        }"""
    )
    assert elapsed < 1000, f"50 moves took {elapsed:.0f} ms"
    last = list(article.claims.order_by("start").values_list("pk", flat=True))[49]
    assert page.evaluate("document.activeElement.dataset.claimId") == str(last)
    timing = page.evaluate(
        "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"
    )
    assert timing < 3000, f"the page took {timing:.0f} ms to become interactive"


def test_stored_script_never_runs(desk, signed_in):
    payload = '<script>alert("body")</script><img src=x onerror=alert("img")>'
    article = make_article(
        title='<img src=x onerror=alert("title")>',
        body=f"Rents rose 7 percent. {payload} The end.",
    )
    claim = make_claim(article, text="7 percent", kind=Claim.Kind.PERCENT, note=payload)
    verdict = make_verdict(claim, reviewer=desk["alice"], explanation=payload)
    make_source(verdict, title=payload, excerpt=payload)
    page = signed_in("alice")
    page.goto(claim_url(desk, claim))
    expect(page.locator("#article-text")).to_contain_text('<script>alert("body")')
    page.locator("details.history summary").click()
    page.get_by_role("button", name="Dismiss claim").click()
    expect(page.get_by_text("Claim dismissed")).to_be_visible()
    assert (
        page.locator(
            "#article-text img, #claim-panel img, #article-text script"
        ).count()
        == 0
    )
    # The fixture fails the test if any page opened a dialog.
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.goto(claim_url(desk, claim))
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))


def test_save_and_open_next_with_one_key(desk, signed_in):
    article = harbour_article()
    first, second = article.claims.order_by("start", "-end", "id")[:2]
    page = signed_in("alice")
    page.goto(claim_url(desk, first))
    page.keyboard.press("5")
    page.keyboard.type("The budget line reads EUR 12.4 million.")
    page.keyboard.press("Escape")
    page.keyboard.press("n")
    expect(page.get_by_text("Verdict saved.")).to_be_visible()
    expect(page).to_have_url(re.compile(rf"/claims/{second.pk}/$"))
    expect(page.locator("#panel-title")).to_contain_text(second.text)
    assert Verdict.objects.get(claim=first).rating.label == "False"
