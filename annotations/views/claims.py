"""Claim pages and actions: the claim panel, verdicts, review steps, manual claims."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .. import access, services
from ..forms import (
    AssignForm,
    DismissForm,
    ManualClaimForm,
    RejectForm,
    SourceFormSet,
    VerdictForm,
    assignable_users,
    sources_from,
)
from ..models import Claim
from .review import default_ratings, panel_context, review_context

Action = access.Action


def _claim_for(request: HttpRequest, pk: int, claim_pk: int, action: Action) -> Claim:
    """The claim, if the user may see it (404) and perform ``action`` (403)."""
    claim = access.get_claim_for_user(request.user, claim_pk, article_pk=pk)
    access.require(request.user, action)
    return claim


def _review_page(request: HttpRequest, claim: Claim, status: int = 200, **panel: Any):
    context = review_context(request, claim.article, selected=claim, **panel)
    return render(request, "annotations/article_review.html", context, status=status)


@login_required
def claim_detail(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    claim = _claim_for(request, pk, claim_pk, Action.VIEW)
    return _review_page(request, claim)


@login_required
def claim_panel(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    """Only the claim panel, for the page script to swap in without a reload."""
    claim = _claim_for(request, pk, claim_pk, Action.VIEW)
    users = list(assignable_users()) if access.can(request.user, Action.ASSIGN) else []
    context = panel_context(request, claim, default_ratings(), users)
    order = list(
        claim.article.claims.order_by("start", "-end", "id").values_list(
            "pk", flat=True
        )
    )
    position = order.index(claim.pk)
    # The panel's arrows only need the neighbours' ids.
    context["previous_claim"] = Claim(pk=order[position - 1]) if position else None
    context["next_claim"] = (
        Claim(pk=order[position + 1]) if position + 1 < len(order) else None
    )
    context["article"] = claim.article
    context["can_review"] = access.can(request.user, Action.REVIEW)
    context["can_assign"] = bool(users)
    return render(request, "annotations/partials/_claim_panel.html", context)


@login_required
@require_POST
def claim_verdict(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    claim = _claim_for(request, pk, claim_pk, Action.REVIEW)
    ratings = default_ratings()
    form = VerdictForm(request.POST, ratings=ratings)
    formset = SourceFormSet(request.POST, prefix="sources")
    if form.is_valid() and formset.is_valid():
        try:
            services.record_verdict(
                claim=claim,
                user=request.user,
                rating=form.cleaned_data["rating"],
                explanation=form.cleaned_data["explanation"],
                expected_version=form.cleaned_data["version"] or None,
                sources=sources_from(formset),
                summary=form.cleaned_data["summary"],
                claimant=form.cleaned_data["claimant"],
            )
        except services.VerdictConflict as exc:
            # Keep the author's text in the form; the new version number lets
            # a second save deliberately replace the other verdict.
            data = request.POST.copy()
            data["version"] = str(exc.current.version)
            return _review_page(
                request,
                claim,
                status=409,
                ratings=ratings,
                conflict=exc.current,
                verdict_form=VerdictForm(data, ratings=ratings),
                source_formset=SourceFormSet(data, prefix="sources"),
            )
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, "Verdict saved.")
            if request.POST.get("then") == "next":
                return redirect(_next_open_claim(claim) or claim)
            return redirect(claim)
    return _review_page(
        request,
        claim,
        status=400,
        ratings=ratings,
        verdict_form=form,
        source_formset=formset,
    )


def _next_open_claim(claim: Claim) -> Claim | None:
    """The first open claim after this one in reading order."""
    return (
        claim.article.claims.open()
        .filter(Q(start__gt=claim.start) | Q(start=claim.start, end__lt=claim.end))
        .order_by("start", "-end", "id")
        .first()
    )


def _act(
    request: HttpRequest,
    claim: Claim,
    step: Callable[[], Any],
    done: str,
) -> HttpResponse:
    try:
        step()
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, done)
    return redirect(claim)


@login_required
@require_POST
def claim_dismiss(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    claim = _claim_for(request, pk, claim_pk, Action.REVIEW)
    form = DismissForm(request.POST)
    # An invalid note goes to the service as typed, which refuses it with a
    # message instead of dismissing the claim without it.
    note = (
        form.cleaned_data["note"] if form.is_valid() else request.POST.get("note", "")
    )
    return _act(
        request,
        claim,
        lambda: services.dismiss_claim(claim=claim, user=request.user, note=note),
        "Claim dismissed: it is kept, marked as not a claim.",
    )


@login_required
@require_POST
def claim_reopen(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    claim = _claim_for(request, pk, claim_pk, Action.REVIEW)
    return _act(
        request,
        claim,
        lambda: services.reopen_claim(claim=claim, user=request.user),
        "Claim reopened.",
    )


@login_required
@require_POST
def claim_request_second_review(
    request: HttpRequest, pk: int, claim_pk: int
) -> HttpResponse:
    claim = _claim_for(request, pk, claim_pk, Action.REVIEW)
    return _act(
        request,
        claim,
        lambda: services.request_second_review(claim=claim, user=request.user),
        "Second review requested.",
    )


@login_required
@require_POST
def claim_second_review(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    claim = _claim_for(request, pk, claim_pk, Action.SECOND_REVIEW)
    return _act(
        request,
        claim,
        lambda: services.complete_second_review(claim=claim, user=request.user),
        "Second review recorded.",
    )


@login_required
@require_POST
def claim_approve(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    claim = _claim_for(request, pk, claim_pk, Action.APPROVE)
    return _act(
        request,
        claim,
        lambda: services.approve_verdict(claim=claim, user=request.user),
        "Verdict approved.",
    )


@login_required
@require_POST
def claim_reject(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    claim = _claim_for(request, pk, claim_pk, Action.APPROVE)
    form = RejectForm(request.POST)
    comment = (
        form.cleaned_data["comment"]
        if form.is_valid()
        else request.POST.get("comment", "")
    )
    return _act(
        request,
        claim,
        lambda: services.reject_verdict(
            claim=claim, user=request.user, comment=comment
        ),
        "Verdict rejected and sent back to the reviewer.",
    )


@login_required
@require_POST
def claim_publish(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    claim = _claim_for(request, pk, claim_pk, Action.APPROVE)
    return _act(
        request,
        claim,
        lambda: services.publish_verdict(claim=claim, user=request.user),
        "Verdict published.",
    )


@login_required
@require_POST
def claim_assign(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    claim = _claim_for(request, pk, claim_pk, Action.ASSIGN)
    form = AssignForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a reviewer from the list.")
        return redirect(claim)
    assignee = form.cleaned_data["assignee"]
    return _act(
        request,
        claim,
        lambda: services.assign(claims=[claim], assignee=assignee, user=request.user),
        f"Claim assigned to {assignee}." if assignee else "Claim unassigned.",
    )


@login_required
@require_POST
def claim_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Flag a span the reviewer selected; the server finds its offsets."""
    article = access.get_article_for_user(request.user, pk)
    access.require(request.user, Action.REVIEW)
    form = ManualClaimForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Select some text in the article, then choose a kind.")
        return redirect(article)
    try:
        claim = services.add_manual_claim(
            article=article,
            user=request.user,
            kind=form.cleaned_data["kind"],
            exact=form.cleaned_data["exact"],
            prefix=form.cleaned_data["prefix"],
            suffix=form.cleaned_data["suffix"],
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(article)
    messages.success(request, f"Claim added: “{claim.text[:80]}”.")
    return redirect(claim)
