"""Export formats for claims and verdicts: ClaimReview, W3C Web Annotation, CSV.

Pure helpers shared by the API's export endpoints and the admin actions: a
queryset preparer that fetches everything an export row needs in a constant
number of queries per chunk, one function per format that turns a claim into a
row or a JSON-LD object, and generators that stream the rows as text.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, QuerySet
from django.http import StreamingHttpResponse

from .models import Claim, Source, Verdict

#: Rows fetched per database round trip while streaming.
CHUNK_SIZE = 200

SCHEMA_ORG = "https://schema.org"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"

# Characters that make spreadsheet programs read a cell as a formula (OWASP
# "CSV injection"); such cells get a leading apostrophe.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = [
    "claim_id",
    "article_id",
    "article_title",
    "article_url",
    "article_outlet",
    "article_published",
    "start",
    "end",
    "claim_text",
    "kind",
    "status",
    "value",
    "rating",
    "rating_value",
    "explanation",
    "sources",
    "reviewer",
    "second_reviewer",
    "approved_by",
    "verdict_version",
    "claim_updated_at",
    "verdict_updated_at",
    "approved_at",
    "published_at",
]

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n")
MAX_SENTENCE_CHARS = 1000


def active_sources() -> Prefetch:
    """Prefetch of a verdict's sources without the removed ones, oldest first."""
    return Prefetch(
        "verdict__sources",
        queryset=Source.objects.filter(removed_at__isnull=True).order_by("id"),
        to_attr="active_sources",
    )


def prepare_claims(claims: QuerySet[Claim], *, with_body: bool = False) -> Any:
    """Join and prefetch what every export format reads; order stably.

    The article body (up to half a million characters) is only loaded when a
    format needs the claim's sentence.
    """
    claims = claims.select_related(
        "article",
        "verdict",
        "verdict__rating",
        "verdict__rating__scale",
        "verdict__reviewer",
        "verdict__second_reviewer",
        "verdict__approved_by",
    ).prefetch_related(active_sources())
    if not with_body:
        claims = claims.defer("article__body")
    return claims.order_by("article_id", "start", "-end", "kind", "id")


def verdict_of(claim: Claim) -> Verdict | None:
    """The claim's verdict, or None (reading the reverse one-to-one safely)."""
    try:
        return claim.verdict
    except Verdict.DoesNotExist:
        return None


def sources_of(verdict: Verdict | None) -> list[Source]:
    if verdict is None:
        return []
    prefetched = getattr(verdict, "active_sources", None)
    if prefetched is not None:
        return list(prefetched)
    return list(verdict.sources.filter(removed_at__isnull=True).order_by("id"))


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _username(user: Any) -> str:
    return user.get_username() if user is not None else ""


# ---------------------------------------------------------------- ClaimReview


def sentence_around(body: str, start: int, end: int) -> str:
    """The sentence containing body[start:end] (or more, if the span crosses one).

    >>> sentence_around("It rained. Costs rose 5 percent. Fine.", 22, 31)
    'Costs rose 5 percent.'
    """
    left = 0
    for match in _SENTENCE_END.finditer(
        body, max(0, start - MAX_SENTENCE_CHARS), start
    ):
        left = match.end()
    after = _SENTENCE_END.search(body, end, end + MAX_SENTENCE_CHARS)
    right = after.start() + 1 if after else min(len(body), end + MAX_SENTENCE_CHARS)
    return body[left:right].strip()


def claim_reviewed(claim: Claim) -> str:
    """Quotes and statements stand alone; a figure is shown in its sentence."""
    if claim.kind in (Claim.Kind.QUOTE, Claim.Kind.STATEMENT):
        return claim.text
    body = claim.article.body
    if body[claim.start : claim.end] != claim.text:
        return claim.text
    return sentence_around(body, claim.start, claim.end) or claim.text


def review_rating(verdict: Verdict) -> dict[str, Any]:
    rating = verdict.rating
    data: dict[str, Any] = {"@type": "Rating"}
    # A label off the scale (Unverifiable) has no number: schema.org readers
    # take alternateName alone rather than a made-up value.
    if rating.value is not None:
        data["ratingValue"] = rating.value
        data["bestRating"] = rating.scale.best_value
        data["worstRating"] = rating.scale.worst_value
    data["alternateName"] = rating.label
    data["ratingExplanation"] = verdict.explanation
    return data


def public_url(claim: Claim) -> str:
    return urljoin(settings.FACTCHECK_PUBLIC_BASE_URL, f"{claim.pk}/")


def claim_review(claim: Claim) -> dict[str, Any]:
    """One schema.org ClaimReview for a claim with a published verdict."""
    verdict = verdict_of(claim)
    if verdict is None:
        raise ValueError(f"Claim {claim.pk} has no verdict.")
    article = claim.article
    appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    speaker = (claim.value or {}).get("speaker")
    if speaker:
        item["author"] = {"@type": "Person", "name": speaker}
    if article.published:
        item["datePublished"] = article.published.isoformat()
    published = verdict.published_at or verdict.updated_at
    return {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "url": public_url(claim),
        "claimReviewed": claim_reviewed(claim),
        "author": {
            "@type": "Organization",
            "name": settings.FACTCHECK_ORGANIZATION_NAME,
            "url": settings.FACTCHECK_ORGANIZATION_URL,
        },
        "datePublished": published.date().isoformat(),
        "dateModified": _iso(verdict.updated_at),
        "inLanguage": article.language,
        "reviewRating": review_rating(verdict),
        "itemReviewed": item,
    }


# ---------------------------------------------------------------- W3C


def web_annotation(claim: Claim, *, base_iri: str) -> dict[str, Any]:
    """One W3C Web Annotation: the claim's span as target, the verdict as body.

    ``base_iri`` is the absolute URL of the API root (ending in ``/``); it names
    the annotation and, when the article has no URL of its own, its source.
    """
    article = claim.article
    verdict = verdict_of(claim)
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "classifying", "value": claim.kind}
    ]
    modified = claim.updated_at
    data: dict[str, Any] = {
        "id": urljoin(base_iri, f"claims/{claim.pk}/"),
        "type": "Annotation",
        "motivation": "highlighting",
        "created": _iso(claim.created_at),
    }
    if verdict is not None:
        data["motivation"] = "assessing"
        data["creator"] = {"type": "Person", "nickname": _username(verdict.reviewer)}
        body.append(
            {"type": "TextualBody", "purpose": "tagging", "value": verdict.rating.label}
        )
        body.append(
            {
                "type": "TextualBody",
                "purpose": "assessing",
                "value": verdict.explanation,
                "format": "text/plain",
                "language": article.language,
            }
        )
        modified = max(modified, verdict.updated_at)
    data["modified"] = _iso(modified)
    data["body"] = body
    data["target"] = {
        "source": article.url or urljoin(base_iri, f"articles/{article.pk}/"),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": claim.text,
                "prefix": claim.prefix,
                "suffix": claim.suffix,
            },
            # Offsets count Unicode code points, as the W3C model specifies.
            {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
        ],
    }
    return data


def annotation_page_head(*, label: str, total: int) -> dict[str, Any]:
    """An AnnotationPage holding every annotation, part of a one-page collection."""
    return {
        "@context": ANNO_CONTEXT,
        "type": "AnnotationPage",
        "partOf": {"type": "AnnotationCollection", "label": label, "total": total},
        "startIndex": 0,
    }


# ---------------------------------------------------------------- CSV


def neutralize(cell: str) -> str:
    """Prefix an apostrophe to a cell a spreadsheet would run as a formula.

    >>> neutralize("=SUM(A1:A9)")
    "'=SUM(A1:A9)"
    """
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def csv_row(claim: Claim) -> list[str]:
    """One CSV row (strings only, already neutralized) in CSV_COLUMNS order."""
    article = claim.article
    verdict = verdict_of(claim)
    sources = [
        {"url": s.url, "title": s.title, "publisher": s.publisher}
        for s in sources_of(verdict)
    ]
    values: list[Any] = [
        claim.pk,
        article.pk,
        article.title,
        article.url,
        article.outlet,
        _iso(article.published),
        claim.start,
        claim.end,
        claim.text,
        claim.kind,
        claim.status,
        _json(claim.value),
        verdict.rating.label if verdict else "",
        verdict.rating.value if verdict else "",
        verdict.explanation if verdict else "",
        _json(sources) if verdict else "",
        _username(verdict.reviewer) if verdict else "",
        _username(verdict.second_reviewer) if verdict else "",
        _username(verdict.approved_by) if verdict else "",
        verdict.version if verdict else "",
        _iso(claim.updated_at),
        _iso(verdict.updated_at) if verdict else "",
        _iso(verdict.approved_at) if verdict else "",
        _iso(verdict.published_at) if verdict else "",
    ]
    return [neutralize("" if v is None else str(v)) for v in values]


class _Echo:
    """A file-like object whose write() hands the line back to the caller."""

    def write(self, value: str) -> str:
        return value


def stream_csv(claims: Iterable[Claim]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    for claim in claims:
        yield writer.writerow(csv_row(claim))


# ---------------------------------------------------------------- JSON


def stream_json_array(items: Iterable[Any]) -> Iterator[str]:
    """``[item, item, ...]`` as text, one item at a time."""
    yield "["
    for index, item in enumerate(items):
        yield (
            ("," if index else "")
            + "\n"
            + json.dumps(item, ensure_ascii=False, cls=DjangoJSONEncoder)
        )
    yield "\n]\n"


def stream_json_object(
    head: dict[str, Any], key: str, items: Iterable[Any]
) -> Iterator[str]:
    """``{**head, key: [items...]}`` as text, streaming the list."""
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    yield opening + (", " if head else "") + json.dumps(key) + ": "
    yield from stream_json_array(items)
    yield "}\n"


# ---------------------------------------------------------------- responses


def published_only(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    return claims.filter(
        status=Claim.Status.PUBLISHED, verdict__published_at__isnull=False
    )


def csv_response(claims: QuerySet[Claim], *, filename: str) -> StreamingHttpResponse:
    """Stream the claims as CSV; memory stays flat however many rows there are."""
    rows = prepare_claims(claims).iterator(chunk_size=CHUNK_SIZE)
    response = StreamingHttpResponse(
        stream_csv(rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def claimreview_response(claims: QuerySet[Claim]) -> StreamingHttpResponse:
    """Stream a JSON-LD array with one ClaimReview per published verdict."""
    rows = prepare_claims(published_only(claims), with_body=True)
    # Bodies are loaded here (for the claim's sentence): keep the chunks small.
    items = (claim_review(c) for c in rows.iterator(chunk_size=CHUNK_SIZE // 4))
    return StreamingHttpResponse(
        stream_json_array(items), content_type="application/ld+json"
    )
