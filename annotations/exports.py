"""Export formats for claims and verdicts: ClaimReview, W3C Web Annotation, CSV.

Pure helpers shared by the API's export endpoints and the admin actions: a
queryset preparer that fetches everything an export row needs in a constant
number of queries per chunk, one function per format that turns a claim into a
row or a JSON-LD object, and generators that stream the rows as text.

Every identifier an export mints comes from the configured addresses
(``FACTCHECK_SITE_URL`` for the desk's own resources, ``FACTCHECK_PUBLIC_BASE_URL``
for published fact-checks), never from the request's Host header.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urljoin

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, QuerySet
from django.http import StreamingHttpResponse

from . import limits
from .models import Claim, Source, Verdict

#: Rows fetched per database round trip while streaming.
CHUNK_SIZE = 200

SCHEMA_ORG = "https://schema.org"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"

# First characters that make a spreadsheet read a cell as a formula (OWASP
# "CSV injection"): = + - @, their full-width and small forms (some
# spreadsheets fold them), NUL, and the apostrophe itself so that escaping
# stays reversible. Any leading whitespace (space, tab, CR, no-break space...)
# counts too: spreadsheets skip it and read the formula behind it.
FORMULA_TRIGGERS = frozenset("=+-@\x00'＝＋－＠﹦﹢﹣﹫")

#: Columns the app writes as numbers: never escaped, so they stay numbers.
NUMERIC_COLUMNS = frozenset(
    {"claim_id", "article_id", "start", "end", "rating_value", "verdict_version"}
)

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


_QUOTES = "\"'“”‘’«»„‚‹›「」『』"
_SPACE_RUN = re.compile(r"\s+")


def summary_of(text: str, limit: int = limits.CLAIM_SUMMARY) -> str:
    """A clean cut of a claim for claimReviewed: no surrounding quotation marks,
    one line, at most ``limit`` characters, cut at a word.

    >>> summary_of('"The tunnel will pay for itself within ten years,"')
    'The tunnel will pay for itself within ten years'
    >>> summary_of("word " * 30)[-12:]
    'word word …'
    """
    text = _SPACE_RUN.sub(" ", text).strip()
    # Quotation marks around the whole, and a comma left inside them.
    text = text.strip(_QUOTES + " ").rstrip(",;:").strip(_QUOTES + " ")
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + " …"


def claim_reviewed(claim: Claim) -> str:
    """The reviewer's summary, or the claim itself cut clean (quotes and
    statements alone; a figure in its sentence)."""
    verdict = verdict_of(claim)
    if verdict is not None and verdict.summary:
        return verdict.summary
    if claim.kind in (Claim.Kind.QUOTE, Claim.Kind.STATEMENT):
        return summary_of(claim.text)
    body = claim.article.body
    if body[claim.start : claim.end] != claim.text:
        return summary_of(claim.text)
    return summary_of(sentence_around(body, claim.start, claim.end) or claim.text)


_LOOK_UP = object()


def claimant_of(
    claim: Claim, verdict: Any = _LOOK_UP
) -> tuple[dict[str, Any] | None, str]:
    """Who made the claim, and where that came from.

    The reviewer's claimant wins; then the speaker detection found; then the
    article's byline; then its outlet. With none of them there is no author
    and the reason says so (the review page shows it). ``verdict`` saves the
    look-up when the caller has it (or knows there is none).
    """
    if verdict is _LOOK_UP:
        verdict = verdict_of(claim)
    speaker = (claim.value or {}).get("speaker")
    article = claim.article
    for name, source, kind in (
        (verdict.claimant if verdict else "", "claimant", "Person"),
        (speaker, "speaker", "Person"),
        (article.byline, "byline", "Person"),
        (article.outlet, "outlet", "Organization"),
    ):
        if isinstance(name, str) and name.strip():
            return {"@type": kind, "name": name.strip()}, source
    return None, "No claimant: name one on the verdict (no speaker, byline or outlet)."


def review_rating(verdict: Verdict) -> dict[str, Any]:
    rating = verdict.rating
    data: dict[str, Any] = {"@type": "Rating", "name": rating.label}
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
    """The published fact-check's address on the newsroom's site."""
    return urljoin(settings.FACTCHECK_PUBLIC_BASE_URL, f"{claim.pk}/")


def desk_url(path: str) -> str:
    """An absolute address on the desk, from FACTCHECK_SITE_URL (not the Host)."""
    return urljoin(settings.FACTCHECK_SITE_URL, path.lstrip("/"))


def article_resource(article_id: int) -> str:
    """The canonical article: its API resource, whose body the offsets count in."""
    return desk_url(f"api/v1/articles/{article_id}/")


def claim_review(claim: Claim) -> dict[str, Any]:
    """One schema.org ClaimReview for a claim with a published verdict."""
    verdict = verdict_of(claim)
    if verdict is None:
        raise ValueError(f"Claim {claim.pk} has no verdict.")
    article = claim.article
    appearance: dict[str, Any] = {
        "@type": "CreativeWork",
        "headline": article.title,
        # Where the claim appeared: the outlet's page, else the desk's page.
        "url": article.url or desk_url(f"articles/{article.pk}/"),
    }
    if article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    author, _ = claimant_of(claim)
    if author is not None:
        item["author"] = author
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


def xsd_datetime(value: datetime) -> str:
    """An xsd:dateTime in UTC with "Z", as the Web Annotation model requires.

    >>> from datetime import timedelta, timezone
    >>> xsd_datetime(datetime(2025, 3, 4, 10, 30, tzinfo=timezone(timedelta(hours=2))))
    '2025-03-04T08:30:00Z'
    """
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def web_annotation(claim: Claim) -> dict[str, Any]:
    """One W3C Web Annotation: the claim's span as target, the verdict as body.

    The selectors count in the desk's text of the article, so the first target's
    source is the desk's article resource; the outlet's page, whose markup the
    offsets do not fit, is a second target located by the quote alone.
    """
    article = claim.article
    verdict = verdict_of(claim)
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "classifying", "value": claim.kind}
    ]
    modified = claim.updated_at
    data: dict[str, Any] = {
        "id": desk_url(f"api/v1/claims/{claim.pk}/"),
        "type": "Annotation",
        "motivation": "highlighting",
        "created": xsd_datetime(claim.created_at),
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
    data["modified"] = xsd_datetime(modified)
    data["body"] = body
    quote = {
        "type": "TextQuoteSelector",
        "exact": claim.text,
        "prefix": claim.prefix,
        "suffix": claim.suffix,
    }
    targets: list[dict[str, Any]] = [
        {
            "type": "SpecificResource",
            "source": article_resource(article.pk),
            "selector": [
                quote,
                # Offsets count Unicode code points, as the W3C model specifies.
                {
                    "type": "TextPositionSelector",
                    "start": claim.start,
                    "end": claim.end,
                },
            ],
        }
    ]
    if article.url:
        targets.append(
            {"type": "SpecificResource", "source": article.url, "selector": quote}
        )
    data["target"] = targets
    return data


def annotation_collection_id(params: Iterable[tuple[str, str]]) -> str:
    """The collection's IRI: the export's address with its filters, sorted."""
    query = urlencode(sorted((k, v) for k, v in params if k != "page"))
    return desk_url("api/v1/export/annotations/") + (f"?{query}" if query else "")


def empty_annotation_collection(*, collection_id: str, label: str) -> dict[str, Any]:
    """An AnnotationCollection with no annotations: ``total: 0`` and no pages."""
    return {
        "@context": ANNO_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": 0,
    }


def annotation_page_head(
    *, collection_id: str, label: str, total: int
) -> dict[str, Any]:
    """The one AnnotationPage that holds every annotation of its collection."""
    separator = "&" if "?" in collection_id else "?"
    return {
        "@context": ANNO_CONTEXT,
        "id": f"{collection_id}{separator}page=1",
        "type": "AnnotationPage",
        "partOf": {
            "id": collection_id,
            "type": "AnnotationCollection",
            "label": label,
            "total": total,
        },
        "startIndex": 0,
    }


# ---------------------------------------------------------------- CSV


def escape_cell(cell: str) -> str:
    """The one CSV escape: an apostrophe before a cell a spreadsheet would run.

    Reversible (``unescape_cell``), since a cell already starting with an
    apostrophe gets one more.

    >>> escape_cell("=SUM(A1:A9)"), escape_cell(" =1"), escape_cell("5 euros")
    ("'=SUM(A1:A9)", "' =1", '5 euros')
    """
    first = cell[:1]
    if first and (first in FORMULA_TRIGGERS or first.isspace()):
        return "'" + cell
    return cell


def unescape_cell(cell: str) -> str:
    """The text escape_cell was given."""
    return cell[1:] if cell.startswith("'") else cell


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def csv_row(claim: Claim) -> list[str]:
    """One CSV row in CSV_COLUMNS order: text cells escaped, numbers as numbers."""
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
    return [
        _cell("" if value is None else str(value), column in NUMERIC_COLUMNS)
        for column, value in zip(CSV_COLUMNS, values, strict=True)
    ]


def _cell(text: str, numeric: bool) -> str:
    return text if numeric else escape_cell(text)


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
    """Published verdicts whose label is a rating ("Not a claim" is not)."""
    return claims.filter(
        status=Claim.Status.PUBLISHED,
        verdict__published_at__isnull=False,
        verdict__rating__claimreview=True,
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
