"""The side list of claims as HTML, built in one pass.

The review page lists every claim of the article (500 or more on long
articles); building the items here with ``format_html`` is several times
faster than a template loop, and every value is still escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from . import display
from .models import Claim

# Model get_FOO_display() rebuilds its choices dict on every call; 500 claims
# make that noticeable.
KIND_LABELS = dict(Claim.Kind.choices)
STATUS_LABELS = dict(Claim.Status.choices)

ITEM = (
    '<li><a class="claim-item st-{status}{selected}" href="{href}" '
    'data-claim-id="{pk}"{current}><span class="item-top">'
    '<span class="kind kind-{kind}">{kind_label}</span>'
    '<span class="status status-{status}">{status_label}</span>{check}</span>'
    '<span class="item-text">{text}</span>{value}</a></li>'
)


def claim_item(claim: Any, selected_id: int | None, base_url: str) -> SafeString:
    worst = display.worst_check(claim.checks)
    check = (
        format_html(
            '<span class="check check-{}">{}</span>',
            worst,
            display.check_status_label(worst),
        )
        if worst
        else ""
    )
    value = " ".join(
        part
        for part in (
            display.qualifier_label(claim.value),
            display.describe_value(claim.kind, claim.value),
        )
        if part
    )
    is_selected = claim.pk == selected_id
    return format_html(
        ITEM,
        status=claim.status,
        selected=" is-selected" if is_selected else "",
        href=f"{base_url}{claim.pk}/",
        pk=claim.pk,
        current=SafeString(' aria-current="true"') if is_selected else "",
        kind=claim.kind,
        kind_label=KIND_LABELS.get(claim.kind, claim.kind),
        status_label=STATUS_LABELS.get(claim.status, claim.status),
        check=check,
        text=_short(claim.text),
        value=format_html('<span class="item-value">{}</span>', value) if value else "",
    )


def claim_items(
    claims: Iterable[Any], selected_id: int | None, base_url: str
) -> SafeString:
    """One ``<li>`` per claim, in the order given."""
    return format_html_join(
        "", "{}", ((claim_item(c, selected_id, base_url),) for c in claims)
    )


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
