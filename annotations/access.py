"""Roles and access: the one place that says who may see and do what.

Every web view, API endpoint and admin action asks this module. Objects a user
may not see are reported as missing (404), never as forbidden, so their
existence does not leak; actions a user may see but not perform give 403.
"""

from __future__ import annotations

import enum
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from .models import Article, Claim
from .security_log import log_event

REVIEWERS_GROUP = "Reviewers"
EDITORS_GROUP = "Editors"

# Request users: a User, AnonymousUser, or None from DRF for anonymous calls.
UserLike = Any


class Role(enum.IntEnum):
    NONE = 0
    REVIEWER = 1
    EDITOR = 2


class Action(enum.StrEnum):
    VIEW = "view"  # read articles, claims, verdicts, exports
    ADD_ARTICLE = "add_article"
    REVIEW = "review"  # save verdicts, sources, dismiss, add claims, ask for review
    SECOND_REVIEW = "second_review"
    APPROVE = "approve"  # approve, reject and publish verdicts
    ASSIGN = "assign"
    MANAGE_ARTICLES = "manage_articles"  # edit metadata, archive, re-run detection


#: The minimum role for each action.
PERMISSION_MAP: dict[Action, Role] = {
    Action.VIEW: Role.REVIEWER,
    Action.ADD_ARTICLE: Role.REVIEWER,
    Action.REVIEW: Role.REVIEWER,
    Action.SECOND_REVIEW: Role.REVIEWER,
    Action.APPROVE: Role.EDITOR,
    Action.ASSIGN: Role.EDITOR,
    Action.MANAGE_ARTICLES: Role.EDITOR,
}


def role_of(user: UserLike) -> Role:
    """The user's role, cached on the user object for the request."""
    if user is None or not getattr(user, "is_authenticated", False):
        return Role.NONE
    if not getattr(user, "is_active", False):
        return Role.NONE
    cached = getattr(user, "_factcheck_role", None)
    if cached is not None:
        return Role(cached)
    if user.is_superuser:
        role = Role.EDITOR
    else:
        names = set(user.groups.values_list("name", flat=True))
        if EDITORS_GROUP in names:
            role = Role.EDITOR
        elif REVIEWERS_GROUP in names:
            role = Role.REVIEWER
        else:
            role = Role.NONE
    user._factcheck_role = int(role)
    return role


def can(user: UserLike, action: Action) -> bool:
    return role_of(user) >= PERMISSION_MAP[action]


def require(user: UserLike, action: Action) -> None:
    """Raise 404 for users who may see nothing, 403 for a missing permission."""
    role = role_of(user)
    if role == Role.NONE:
        log_event("authz_denied", actor=user, route="", outcome="404", detail=action)
        raise Http404("Not found.")
    if role < PERMISSION_MAP[action]:
        log_event("authz_denied", actor=user, route="", outcome="403", detail=action)
        raise PermissionDenied(f"Your role may not {action.value.replace('_', ' ')}.")


def visible_articles(user: UserLike) -> Any:
    if not can(user, Action.VIEW):
        return Article.objects.none()
    return Article.objects.active()


def visible_claims(user: UserLike) -> Any:
    if not can(user, Action.VIEW):
        return Claim.objects.none()
    return Claim.objects.filter(article__archived_at__isnull=True)


def get_article_for_user(user: UserLike, pk: int) -> Article:
    try:
        article: Article = visible_articles(user).get(pk=pk)
        return article
    except Article.DoesNotExist:
        log_event(
            "not_found", actor=user, route="", outcome="404", detail=f"article {pk}"
        )
        raise Http404("No such article.") from None


def get_claim_for_user(
    user: UserLike, pk: int, *, article_pk: int | None = None
) -> Claim:
    claims = visible_claims(user).select_related("article")
    if article_pk is not None:
        claims = claims.filter(article_id=article_pk)
    try:
        claim: Claim = claims.get(pk=pk)
        return claim
    except Claim.DoesNotExist:
        log_event(
            "not_found", actor=user, route="", outcome="404", detail=f"claim {pk}"
        )
        raise Http404("No such claim.") from None
