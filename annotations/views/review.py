"""Context of the review page and its claim panel, built with a fixed number of queries.

The page loads the article, all its claims with their verdicts and ratings in
one query, the rating scale, and, for the selected claim only, its sources,
history and the assignable users. Nothing is fetched per claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

from .. import access
from ..claim_list import KIND_LABELS, STATUS_LABELS
from ..exports import claimant_of
from ..forms import (
    AssignForm,
    DismissForm,
    ManualClaimForm,
    RejectForm,
    SourceFormSet,
    VerdictForm,
    assignable_users,
)
from ..highlight import Span, highlight
from ..models import Article, Claim, Rating, Source, Verdict
from ..timeline import claim_timeline


def verdict_of(claim: Claim) -> Verdict | None:
    try:
        return claim.verdict
    except Verdict.DoesNotExist:
        return None


def default_ratings() -> list[Rating]:
    return list(Rating.objects.filter(scale__is_default=True).order_by("order"))


# What the highlights and the side list need; the selected claim is loaded whole.
LIST_FIELDS = [
    "article", "start", "end", "text", "kind", "value", "checks", "status", "assignee"
]  # fmt: skip


def article_claims(article: Article) -> list[Claim]:
    return list(article.claims.only(*LIST_FIELDS).order_by("start", "-end", "id"))


def _mark_title(claim: Claim) -> str:
    return f"{KIND_LABELS.get(claim.kind)} · {STATUS_LABELS.get(claim.status)}"


@dataclass
class Progress:
    reviewed: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.reviewed / self.total) if self.total else 0


def review_context(
    request: HttpRequest,
    article: Article,
    *,
    selected: Claim | None = None,
    ratings: list[Rating] | None = None,
    **panel: Any,
) -> dict[str, Any]:
    """Everything the review page shows; ``panel`` overrides the panel forms."""
    claims = article_claims(article)
    user = request.user
    mine = request.GET.get("mine") == "1"
    shown = [c for c in claims if c.assignee_id == user.pk] if mine else claims
    kinds_used = {c.kind for c in claims}
    can_assign = access.can(user, access.Action.ASSIGN)
    users = list(assignable_users()) if can_assign else []
    context: dict[str, Any] = {
        "article": article,
        "claims_url": f"{article.get_absolute_url()}claims/",
        "claims": shown,
        "claim_count": len(claims),
        "mine": mine,
        "progress": Progress(sum(c.is_reviewed for c in claims), len(claims)),
        "article_html": highlight(
            article.body,
            (
                Span(c.pk, c.start, c.end, c.kind, c.status, _mark_title(c))
                for c in claims
            ),
        ),
        "kinds": Claim.Kind.choices,
        "legend": [(v, label) for v, label in Claim.Kind.choices if v in kinds_used],
        "add_claim_form": ManualClaimForm(),
        "article_assign_form": AssignForm(
            users=users, initial={"assignee": article.assignee_id}
        ),
        "can_review": access.can(user, access.Action.REVIEW),
        "can_assign": can_assign,
        "can_manage": access.can(user, access.Action.MANAGE_ARTICLES),
        "selected": selected,
    }
    if selected is not None:
        position = claims.index(selected) if selected in claims else 0
        context["previous_claim"] = claims[position - 1] if position > 0 else None
        context["next_claim"] = (
            claims[position + 1] if position + 1 < len(claims) else None
        )
        context.update(
            panel_context(
                request, selected, ratings or default_ratings(), users, **panel
            )
        )
    return context


def panel_context(
    request: HttpRequest,
    claim: Claim,
    ratings: list[Rating],
    users: list[Any],
    *,
    verdict_form: VerdictForm | None = None,
    source_formset: Any = None,
    reject_form: RejectForm | None = None,
    conflict: Verdict | None = None,
) -> dict[str, Any]:
    user = request.user
    verdict = (
        Verdict.objects.select_related(
            "rating", "reviewer", "second_reviewer", "approved_by"
        )
        .filter(claim=claim)
        .first()
    )
    sources = list(verdict.sources.filter(removed_at__isnull=True)) if verdict else []
    if verdict_form is None:
        verdict_form = _verdict_form(verdict, ratings)
    if source_formset is None:
        source_formset = _source_formset(sources)
    is_author = verdict is not None and verdict.reviewer_id == user.pk
    claimant, claimant_reason = claimant_of(claim, verdict)
    return {
        "claim": claim,
        "verdict": verdict,
        "sources": sources,
        "verdict_form": verdict_form,
        "source_formset": source_formset,
        "dismiss_form": DismissForm(initial={"note": claim.note}),
        "reject_form": reject_form or RejectForm(),
        "claim_assign_form": AssignForm(
            users=users, initial={"assignee": claim.assignee_id}
        ),
        "conflict": conflict,
        "claimant_found": claimant is not None,
        "claimant_reason": claimant_reason,
        "timeline": claim_timeline(claim, verdict, ratings),
        "can_approve": access.can(user, access.Action.APPROVE),
        "can_confirm_second_review": (
            claim.status == Claim.Status.NEEDS_SECOND_REVIEW
            and verdict is not None
            and not is_author
            and access.can(user, access.Action.SECOND_REVIEW)
        ),
    }


def _verdict_form(verdict: Verdict | None, ratings: list[Rating]) -> VerdictForm:
    if verdict is None:
        return VerdictForm(ratings=ratings)
    initial = {
        "rating": verdict.rating_id,
        "explanation": verdict.explanation,
        "summary": verdict.summary,
        "claimant": verdict.claimant,
        "version": verdict.version,
    }
    return VerdictForm(initial=initial, ratings=ratings)


def _source_formset(sources: list[Source]) -> Any:
    fields = ("url", "title", "publisher", "excerpt", "archive_url", "accessed")
    initial = [{"id": s.pk, **{f: getattr(s, f) for f in fields}} for s in sources]
    return SourceFormSet(prefix="sources", initial=initial)
