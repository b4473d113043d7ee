"""Workflows shared by the web pages, the API, the admin and the commands.

Ingesting an article and storing its detected claims; recording a verdict with
its sources under an optimistic lock; moving a claim through review. Callers
check access with ``annotations.access`` first; these functions validate input
and keep every change in history.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from . import detection, limits
from .detection.checks import CheckResult
from .languages import detection_unavailable, has_detection, normalize_language
from .models import Article, Claim, Rating, Source, Verdict, content_hash
from .security_log import log_event

logger = logging.getLogger(__name__)

CONTEXT_CHARS = 32
MAX_QUOTE_CHARS = limits.QUOTE
DETECTION_FAILED = (
    "Automatic detection failed on this text; the error was logged for the developers."
)


class VerdictConflict(Exception):
    """A verdict write carried a stale version; nothing was written."""

    def __init__(self, current: Verdict, attempted: dict[str, Any]) -> None:
        log_event(
            "verdict_conflict",
            actor=attempted.get("user"),
            route="",
            outcome="409",
            detail=f"claim {current.claim_id} at version {current.version}",
        )
        super().__init__(
            f"This verdict was changed by {current.reviewer} (version {current.version}) "
            "after you opened it. Your text is kept below; review their version "
            "before saving again."
        )
        self.current = current
        self.attempted = attempted


class Conflict(ValidationError):
    """The request conflicts with what is stored (the API answers 409)."""


class InvalidTransition(Conflict):
    """The claim is not in a state that allows this step."""


class DuplicateArticle(Exception):
    """An article with the same text (or the same external ID) is already stored.

    ``same_source`` is true when it is the same article (same outlet): adding it
    again would only duplicate it. Otherwise it is the same text from another
    outlet (a syndicated story), which a person may add on purpose.
    """

    def __init__(self, existing: Article, *, same_source: bool) -> None:
        self.existing = existing
        self.same_source = same_source
        where = f" from {existing.outlet}" if existing.outlet else ""
        super().__init__(
            f"An article with the same text{where} is already on the desk: "
            f"“{existing.title}” (#{existing.pk})."
        )


class ExternalIdChanged(Exception):
    """A known external ID came with a different text; updates are not supported."""

    def __init__(self, existing: Article) -> None:
        self.existing = existing
        state = "an archived" if existing.archived_at else "an"
        super().__init__(
            f"The outlet's external_id {existing.external_id!r} belongs to {state} "
            f"article with a different text (#{existing.pk}). Updating an article "
            "through the API is not supported yet; nothing was changed."
        )


# ---------------------------------------------------------------- ingest


def check_article_body(body: str) -> str:
    """Validate the article text; return it with line endings normalized."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in body:
        raise ValidationError({"body": "The text contains a NUL character."})
    if not body.strip():
        raise ValidationError({"body": "The article text is empty."})
    limit = settings.FACTCHECK_MAX_ARTICLE_CHARS
    if len(body) > limit:
        raise ValidationError(
            {
                "body": f"The article is too long: {len(body):,} characters; "
                f"the limit is {limit:,}."
            }
        )
    return body


def check_language(language: str) -> str:
    """The canonical BCP 47 tag (raises ValidationError naming the field)."""
    try:
        return normalize_language((language or "en").strip())
    except ValidationError as exc:
        raise ValidationError({"language": exc.messages}) from None


def check_article(
    *,
    title: str,
    body: str,
    added_by: Any = None,
    url: str = "",
    outlet: str = "",
    byline: str = "",
    published: date | None = None,
    language: str = "en",
    external_id: str = "",
) -> Article:
    """A validated, unsaved article (raises ValidationError)."""
    article = Article(
        title=title.strip(),
        body=check_article_body(body),
        url=url.strip(),
        outlet=outlet.strip(),
        byline=byline.strip(),
        published=published,
        language=check_language(language),
        external_id=external_id.strip(),
        added_by=added_by,
    )
    # The external ID's uniqueness is checked by find_duplicate, which can say
    # what the stored article is.
    article.full_clean(validate_constraints=False)
    return article


def find_duplicate(article: Article) -> Article | None:
    """The stored article this one repeats, if any; raises ExternalIdChanged.

    By external ID first (the CMS's own identity of the article), then by text:
    an active article with the same body (same content hash).
    """
    digest = content_hash(article.body)
    if article.external_id:
        known = Article.objects.filter(
            outlet=article.outlet, external_id=article.external_id
        ).first()
        if known is not None:
            if known.content_hash != digest or known.archived_at:
                raise ExternalIdChanged(known)
            return known
    same_text = Article.objects.active().filter(content_hash=digest)
    return same_text.order_by("created_at", "id").first()


def check_not_duplicate(article: Article, *, allow_copy: bool = False) -> None:
    """Raise DuplicateArticle unless the text is new (or a wanted copy).

    The same text from the same outlet is the same article, always refused;
    from another outlet it is a copy, added when ``allow_copy`` says so.
    """
    existing = find_duplicate(article)
    if existing is None:
        return
    if existing.outlet.casefold() == article.outlet.casefold():
        raise DuplicateArticle(existing, same_source=True)
    if not allow_copy:
        raise DuplicateArticle(existing, same_source=False)


def ingest_article(
    *,
    title: str,
    body: str,
    added_by: Any = None,
    url: str = "",
    outlet: str = "",
    byline: str = "",
    published: date | None = None,
    language: str = "en",
    external_id: str = "",
    allow_copy: bool | None = None,
) -> Article:
    """Store a new article and flag its claims (detection failure is recorded).

    ``allow_copy`` None skips the duplicate check (callers that did it); False
    refuses any repeated text, True allows the same text from another outlet.
    """
    article = check_article(
        title=title,
        body=body,
        added_by=added_by,
        url=url,
        outlet=outlet,
        byline=byline,
        published=published,
        language=language,
        external_id=external_id,
    )
    if allow_copy is not None:
        check_not_duplicate(article, allow_copy=allow_copy)
    with transaction.atomic():
        article._history_user = added_by  # type: ignore[attr-defined]
        article.save()
        run_detection(article)
    return article


@dataclass
class DetectionResult:
    created: int = 0
    kept: int = 0
    removed: int = 0
    errors: list[str] = field(default_factory=list)


def _claim_from_detected(article: Article, found: detection.Claim) -> Claim:
    data = found.to_dict()
    for key in ("kind", "start", "end", "text", "score"):
        data.pop(key, None)
    body = article.body
    return Claim(
        article=article,
        start=found.start,
        end=found.end,
        text=found.text,
        prefix=body[max(0, found.start - CONTEXT_CHARS) : found.start],
        suffix=body[found.end : found.end + CONTEXT_CHARS],
        kind=str(found.kind),
        value=data,
        score=found.score,
        origin=Claim.Origin.AUTOMATIC,
        detector_version=detection.DETECTOR_VERSION,
    )


def _checks_by_span(results: Sequence[CheckResult]) -> dict:
    by_span: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for result in results:
        data = result.to_dict()
        for start, end in result.claims:
            by_span.setdefault((start, end), []).append(data)
    return by_span


def _detect(
    article: Article,
) -> tuple[list[detection.Claim], dict[tuple[int, int], list[dict[str, Any]]]] | None:
    """Detected claims and their checks by span; None (the reason recorded on
    the unsaved article) when detection is unavailable for the article's
    language or fails, which must never lose the article."""
    if not has_detection(article.language):
        article.detection_status = Article.DetectionStatus.UNSUPPORTED
        article.detection_error = detection_unavailable(article.language)
        return None
    try:
        # One detection context: the checks reuse the text's numbers and
        # sentences, and read and word it in the article's language.
        found, results = detection.detect_and_check(
            article.body, published=article.published, language=article.language
        )
        return found, _checks_by_span(results)
    except detection.UnsupportedLanguage:
        article.detection_status = Article.DetectionStatus.UNSUPPORTED
        article.detection_error = detection_unavailable(article.language)
        return None
    except Exception:
        logger.exception("Detection failed for article %r", article.title)
        article.detection_status = Article.DetectionStatus.FAILED
        article.detection_error = DETECTION_FAILED
        return None


def run_detection(article: Article) -> DetectionResult:
    """(Re-)flag the article's claims.

    Claims a person created, reviewed, assigned or gave a verdict are never
    touched except for refreshed check results; untouched automatic claims are
    replaced by the new detection.
    """
    result = DetectionResult()
    detected = _detect(article)
    if detected is None:
        article.save(
            update_fields=["detection_status", "detection_error", "updated_at"]
        )
        result.errors.append(article.detection_error)
        return result
    found, checks = detected
    with transaction.atomic():
        kept = {
            (c.start, c.end, c.kind): c
            for c in article.claims.touched_by_people().order_by()
        }
        removed, _ = (
            article.claims.exclude(pk__in=[c.pk for c in kept.values()])
            .filter(verdict__isnull=True)
            .delete()
        )
        new_claims = []
        refreshed = []
        for item in found:
            key = (item.start, item.end, str(item.kind))
            claim = kept.get(key)
            if claim is None:
                new_claims.append(_claim_from_detected(article, item))
                new_claims[-1].checks = checks.get((item.start, item.end), [])
            elif claim.origin == Claim.Origin.AUTOMATIC:
                claim.checks = checks.get((item.start, item.end), [])
                claim.score = item.score
                refreshed.append(claim)
        Claim.objects.bulk_create(new_claims, batch_size=500)
        Claim.objects.bulk_update(refreshed, ["checks", "score"], batch_size=500)
        article.detection_status = Article.DetectionStatus.DONE
        article.detection_error = ""
        article.detector_version = detection.DETECTOR_VERSION
        article.save(
            update_fields=[
                "detection_status",
                "detection_error",
                "detector_version",
                "updated_at",
            ]
        )
    result.created, result.kept, result.removed = len(new_claims), len(kept), removed
    return result


def ingest_articles(*, articles: Sequence[Article], added_by: Any = None) -> int:
    """Insert articles from check_article with their claims; return the claim count.

    The batch form of ingest_article for imports. Detection, the slow part,
    runs before the transaction; then one transaction inserts the articles (and
    their history) and all their claims in bulk. A failed detection is
    recorded on its article, as in run_detection.
    """
    claims: list[Claim] = []
    for article in articles:
        article.content_hash = content_hash(article.body)
        claims.extend(_detect_new(article))
    with transaction.atomic():
        bulk_create_with_history(
            list(articles), Article, batch_size=500, default_user=added_by
        )
        # bulk_create reads each claim's article_id from its now-saved article.
        Claim.objects.bulk_create(claims, batch_size=500)
    return len(claims)


def _detect_new(article: Article) -> list[Claim]:
    """Claims for an unsaved article; sets its detection status fields."""
    detected = _detect(article)
    if detected is None:
        return []
    found, checks = detected
    article.detection_status = Article.DetectionStatus.DONE
    article.detector_version = detection.DETECTOR_VERSION
    claims = []
    for item in found:
        claim = _claim_from_detected(article, item)
        claim.checks = checks.get((item.start, item.end), [])
        claims.append(claim)
    return claims


# ---------------------------------------------------------------- manual claims


def locate_quote(body: str, exact: str, prefix: str = "", suffix: str = "") -> int:
    """Start offset of ``exact`` in ``body``, disambiguated by its context.

    Whitespace runs match any whitespace, since a browser selection may render
    paragraph breaks differently from the stored text. Raises ValidationError
    when the text cannot be found.

    >>> locate_quote("a cat, a cat", "a cat", prefix="cat, ")
    7
    """
    start, _ = locate_span(body, exact, prefix, suffix)
    return start


def locate_span(body: str, exact: str, prefix: str = "", suffix: str = "") -> tuple:
    exact = exact.strip()
    if not exact:
        raise ValidationError({"exact": "Select some text first."})
    if len(exact) > MAX_QUOTE_CHARS:
        raise ValidationError(
            {
                "exact": f"The selection is too long for one claim: {len(exact):,} "
                f"characters; the limit is {MAX_QUOTE_CHARS:,}."
            }
        )
    for name, context in (("prefix", prefix), ("suffix", suffix)):
        if len(context) > limits.QUOTE_CONTEXT:
            raise ValidationError(
                {
                    name: f"The {name} is too long: {len(context):,} characters; "
                    f"the limit is {limits.QUOTE_CONTEXT:,}."
                }
            )
    words = [re.escape(part) for part in exact.split()]
    pattern = re.compile(r"\s+".join(words))
    matches = [(m.start(), m.end()) for m in pattern.finditer(body)]
    if not matches:
        raise ValidationError(
            {"exact": "The selected text was not found in the article."}
        )

    def context_score(span: tuple[int, int]) -> int:
        before = body[max(0, span[0] - len(prefix)) : span[0]]
        after = body[span[1] : span[1] + len(suffix)]
        return _common_suffix(before, prefix) + _common_prefix(after, suffix)

    return max(matches, key=lambda span: (context_score(span), -span[0]))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def add_manual_claim(
    *,
    article: Article,
    user: Any,
    kind: str,
    start: int | None = None,
    end: int | None = None,
    exact: str = "",
    prefix: str = "",
    suffix: str = "",
    note: str = "",
) -> Claim:
    """Create a claim a person marked, by offsets or by quoted text and context."""
    body = article.body
    if start is None or end is None:
        start, end = locate_span(body, exact, prefix, suffix)
    if not (0 <= start < end <= len(body)):
        raise ValidationError(
            {"start": "The offsets must select text inside the article."}
        )
    if kind not in Claim.Kind.values:
        raise ValidationError({"kind": f"Unknown kind {kind!r}."})
    if article.claims.filter(start=start, end=end, kind=kind).exists():
        raise Conflict({"exact": "That text is already flagged as this kind."})
    claim = Claim(
        article=article,
        start=start,
        end=end,
        text=body[start:end],
        prefix=body[max(0, start - CONTEXT_CHARS) : start],
        suffix=body[end : end + CONTEXT_CHARS],
        kind=kind,
        origin=Claim.Origin.MANUAL,
        created_by=user,
        note=note,
    )
    claim.full_clean()
    claim._history_user = user  # type: ignore[attr-defined]
    claim.save()
    return claim


# ---------------------------------------------------------------- verdicts


def check_sources(sources: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Validate source dicts (url required, http/https only); return them cleaned."""
    cleaned = []
    errors: list[str] = []
    for index, raw in enumerate(sources, start=1):
        source = Source(
            url=(raw.get("url") or "").strip(),
            title=(raw.get("title") or "").strip(),
            publisher=(raw.get("publisher") or "").strip(),
            excerpt=raw.get("excerpt") or "",
            archive_url=(raw.get("archive_url") or "").strip(),
            accessed=raw.get("accessed") or None,
        )
        try:
            source.full_clean(exclude=["verdict"])
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                errors.extend(f"Source {index}, {name}: {m}" for m in messages)
            continue
        cleaned.append({"id": raw.get("id"), "source": source})
    if len(cleaned) > settings.FACTCHECK_MAX_SOURCES:
        errors.append(f"At most {settings.FACTCHECK_MAX_SOURCES} sources per verdict.")
    if errors:
        raise ValidationError({"sources": errors})
    return cleaned


def record_verdict(
    *,
    claim: Claim,
    user: Any,
    rating: Rating,
    explanation: str,
    expected_version: int | None,
    sources: Sequence[dict[str, Any]] | None = None,
    summary: str | None = None,
    claimant: str | None = None,
) -> Verdict:
    """Create or update the claim's verdict under an optimistic lock.

    ``expected_version`` is the version the author saw (None for a new verdict).
    A stale version raises VerdictConflict carrying the current verdict and the
    attempted text, so nothing is lost. ``sources`` (when given) is the full
    list: listed ids are kept, unlisted existing sources are marked removed.
    ``summary`` and ``claimant`` (the ClaimReview fields) are kept when None.
    """
    attempted = {
        "rating": rating.pk,
        "explanation": explanation,
        "sources": sources,
        "user": str(user),
    }
    attempted.update(
        {
            k: v
            for k, v in (("summary", summary), ("claimant", claimant))
            if v is not None
        }
    )
    if "\x00" in explanation:
        raise ValidationError({"explanation": "The text contains a NUL character."})
    if not explanation.strip():
        raise ValidationError({"explanation": "Write an explanation for the verdict."})
    cleaned = check_sources(sources) if sources is not None else None
    with transaction.atomic():
        verdict = Verdict.objects.filter(claim=claim).first()
        if verdict is None:
            if expected_version not in (None, 0):
                raise Conflict({"version": "This claim has no verdict yet."})
            verdict = Verdict(claim=claim, version=0)
        else:
            # The conditional UPDATE is the lock: of concurrent writers holding
            # the same version, exactly one matches a row.
            if expected_version is None:
                raise VerdictConflict(verdict, attempted)
            won = Verdict.objects.filter(
                pk=verdict.pk, version=expected_version
            ).update(version=F("version") + 1)
            if not won:
                raise VerdictConflict(Verdict.objects.get(pk=verdict.pk), attempted)
            verdict.version = expected_version
        verdict.rating = rating
        verdict.explanation = explanation
        if summary is not None:
            verdict.summary = summary.strip()
        if claimant is not None:
            verdict.claimant = claimant.strip()
        verdict.reviewer = user
        verdict.version += 1
        verdict.full_clean(exclude=["claim"])
        verdict._history_user = user  # type: ignore[attr-defined]
        try:
            with transaction.atomic():
                verdict.save()
        except IntegrityError:
            # Another first verdict on this claim won the race.
            raise VerdictConflict(Verdict.objects.get(claim=claim), attempted) from None
        if cleaned is not None:
            _replace_sources(verdict, cleaned, user)
        if claim.status in (Claim.Status.OPEN, Claim.Status.DISMISSED):
            _set_status(claim, Claim.Status.IN_REVIEW, user)
    return verdict


def _replace_sources(
    verdict: Verdict, cleaned: list[dict[str, Any]], user: Any
) -> None:
    current = {s.pk: s for s in verdict.sources.filter(removed_at__isnull=True)}
    keep_ids = set()
    for item in cleaned:
        new = item["source"]
        existing = current.get(_as_int(item["id"]) or 0)
        if existing is not None:
            keep_ids.add(existing.pk)
            fields = ["url", "title", "publisher", "excerpt", "archive_url", "accessed"]
            if any(getattr(existing, f) != getattr(new, f) for f in fields):
                for f in fields:
                    setattr(existing, f, getattr(new, f))
                existing._history_user = user  # type: ignore[attr-defined]
                existing.save()
            continue
        new.verdict = verdict
        new.added_by = user
        new._history_user = user
        new.save()
    for pk, source in current.items():
        if pk not in keep_ids:
            source.removed_at = timezone.now()
            source._history_user = user  # type: ignore[attr-defined]
            source.save()


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------- workflow


def _set_status(claim: Claim, status: str, user: Any) -> None:
    claim.status = status
    claim._history_user = user  # type: ignore[attr-defined]
    claim.save(update_fields=["status", "updated_at"])


def _require_verdict(claim: Claim) -> Verdict:
    verdict = Verdict.objects.filter(claim=claim).first()
    if verdict is None:
        raise InvalidTransition("Save a verdict on this claim first.")
    return verdict


def dismiss_claim(*, claim: Claim, user: Any, note: str = "") -> Claim:
    """Mark the span as not a claim (kept, never deleted)."""
    if note:
        claim.note = Claim._meta.get_field("note").clean(note, claim)
    with transaction.atomic():
        claim.status = Claim.Status.DISMISSED
        claim._history_user = user  # type: ignore[attr-defined]
        claim.save(update_fields=["status", "note", "updated_at"])
    return claim


def reopen_claim(*, claim: Claim, user: Any) -> Claim:
    _set_status(claim, Claim.Status.OPEN, user)
    return claim


def request_second_review(*, claim: Claim, user: Any) -> Claim:
    _require_verdict(claim)
    if claim.status == Claim.Status.PUBLISHED:
        raise InvalidTransition("A published verdict cannot go back to review.")
    _set_status(claim, Claim.Status.NEEDS_SECOND_REVIEW, user)
    return claim


def complete_second_review(*, claim: Claim, user: Any) -> Verdict:
    """A second reviewer (not the author) confirms the verdict."""
    verdict = _require_verdict(claim)
    if claim.status != Claim.Status.NEEDS_SECOND_REVIEW:
        raise InvalidTransition("This claim is not waiting for a second review.")
    if verdict.reviewer_id == getattr(user, "pk", None):
        raise InvalidTransition("The second review must be done by another reviewer.")
    with transaction.atomic():
        verdict.second_reviewer = user
        verdict._history_user = user  # type: ignore[attr-defined]
        verdict.save(update_fields=["second_reviewer", "updated_at"])
        _set_status(claim, Claim.Status.IN_REVIEW, user)
    return verdict


def approve_verdict(*, claim: Claim, user: Any) -> Verdict:
    verdict = _require_verdict(claim)
    if claim.status in (Claim.Status.DISMISSED, Claim.Status.PUBLISHED):
        raise InvalidTransition(
            f"A {claim.get_status_display().lower()} claim cannot be approved."
        )
    with transaction.atomic():
        verdict.approved_by = user
        verdict.approved_at = timezone.now()
        verdict.editor_comment = ""
        verdict._history_user = user  # type: ignore[attr-defined]
        verdict.save(
            update_fields=["approved_by", "approved_at", "editor_comment", "updated_at"]
        )
        _set_status(claim, Claim.Status.APPROVED, user)
    return verdict


def reject_verdict(*, claim: Claim, user: Any, comment: str) -> Verdict:
    """Send the verdict back to its reviewer; the comment says why."""
    if not comment.strip():
        raise ValidationError({"comment": "Say why the verdict is rejected."})
    verdict = _require_verdict(claim)
    try:
        Verdict._meta.get_field("editor_comment").clean(comment, verdict)
    except ValidationError as exc:
        raise ValidationError({"comment": exc.messages}) from None
    with transaction.atomic():
        verdict.editor_comment = comment.strip()
        verdict.approved_by = None
        verdict.approved_at = None
        verdict._history_user = user  # type: ignore[attr-defined]
        verdict.save(
            update_fields=["editor_comment", "approved_by", "approved_at", "updated_at"]
        )
        _set_status(claim, Claim.Status.OPEN, user)
    return verdict


def publish_verdict(*, claim: Claim, user: Any) -> Verdict:
    verdict = _require_verdict(claim)
    if claim.status != Claim.Status.APPROVED:
        raise InvalidTransition("Only an approved verdict can be published.")
    with transaction.atomic():
        verdict.published_at = timezone.now()
        verdict._history_user = user  # type: ignore[attr-defined]
        verdict.save(update_fields=["published_at", "updated_at"])
        _set_status(claim, Claim.Status.PUBLISHED, user)
    return verdict


def assign(*, claims: Iterable[Claim], assignee: Any, user: Any) -> int:
    """Assign claims to a reviewer (None unassigns); returns how many changed."""
    changed = 0
    with transaction.atomic():
        for claim in claims:
            if claim.assignee_id != getattr(assignee, "pk", None):
                claim.assignee = assignee
                claim._history_user = user  # type: ignore[attr-defined]
                claim.save(update_fields=["assignee", "updated_at"])
                changed += 1
    return changed


def archive_article(*, article: Article, user: Any) -> Article:
    """Hide the article everywhere; nothing is deleted."""
    article.archived_at = timezone.now()
    article._history_user = user  # type: ignore[attr-defined]
    article.save(update_fields=["archived_at", "updated_at"])
    return article


def assign_article(*, article: Article, assignee: Any, user: Any) -> Article:
    """Make one reviewer responsible for the whole article (None unassigns)."""
    article.assignee = assignee
    article._history_user = user  # type: ignore[attr-defined]
    article.save(update_fields=["assignee", "updated_at"])
    return article
