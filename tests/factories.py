"""make_* helpers: test data with sensible defaults and keyword overrides."""

from __future__ import annotations

import importlib
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from annotations import access
from annotations.models import Article, Claim, Rating, Source, Verdict

ARTICLE_BODY = (
    "Officials said on Monday that the new bridge cost 45 million euros, "
    'about 20 percent more than planned. "We expect it to open within six '
    'months," said mayor Ana Ruiz.'
)


def ensure_reference_data() -> None:
    """Re-create the default scale and groups of migration 0003 when missing.

    TransactionTestCase and live-server tests flush every table, data from
    migrations included; tests that run after them must not depend on luck.
    """
    if Group.objects.filter(name=access.EDITORS_GROUP).exists() and (
        Rating.objects.filter(scale__is_default=True).exists()
    ):
        return
    from django.apps import apps

    importlib.import_module(
        "annotations.migrations.0003_default_scale_and_groups"
    ).create(apps, None)
    importlib.import_module(
        "annotations.migrations.0005_hostile_input_limits"
    ).mark_not_claims(apps, None)


def make_user(username: str = "user", *, role: str | None = None, **kwargs: Any) -> Any:
    user = get_user_model().objects.create_user(
        username=username, password=kwargs.pop("password", "pw-" + username), **kwargs
    )
    group = {"reviewer": access.REVIEWERS_GROUP, "editor": access.EDITORS_GROUP}.get(
        role or ""
    )
    if group:
        ensure_reference_data()
        user.groups.add(Group.objects.get(name=group))
    return user


def make_article(**kwargs: Any) -> Article:
    defaults: dict[str, Any] = {"title": "Bridge opens late", "body": ARTICLE_BODY}
    defaults.update(kwargs)
    return Article.objects.create(**defaults)


def make_claim(article: Article | None = None, **kwargs: Any) -> Claim:
    article = article or make_article()
    text = kwargs.pop("text", "45 million euros")
    start = kwargs.pop("start", article.body.find(text))
    assert start >= 0, f"{text!r} not in the article body"
    defaults: dict[str, Any] = {
        "kind": Claim.Kind.MONEY,
        "value": {"value": 45e6, "unit": "EUR"},
    }
    defaults.update(kwargs)
    return Claim.objects.create(
        article=article, start=start, end=start + len(text), text=text, **defaults
    )


def default_rating(label: str = "False") -> Rating:
    ensure_reference_data()
    return Rating.objects.get(scale__is_default=True, label=label)


def make_verdict(claim: Claim | None = None, **kwargs: Any) -> Verdict:
    claim = claim or make_claim()
    defaults: dict[str, Any] = {"explanation": "Checked against the budget."}
    defaults.update(kwargs)
    defaults.setdefault("rating", default_rating())
    if "reviewer" not in defaults:
        defaults["reviewer"] = make_user(f"reviewer-{claim.pk}", role="reviewer")
    return Verdict.objects.create(claim=claim, **defaults)


def make_source(verdict: Verdict, **kwargs: Any) -> Source:
    defaults: dict[str, Any] = {
        "url": "https://example.org/budget.pdf",
        "title": "City budget 2024",
    }
    defaults.update(kwargs)
    return Source.objects.create(verdict=verdict, **defaults)
