"""Load the demo article, its detected claims, a few verdicts and demo accounts.

Idempotent: a second run finds everything in place and creates nothing new.
Demo accounts are created only in local mode (DEBUG on).
"""

from __future__ import annotations

import os
import secrets
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from annotations import access, services
from annotations.models import Article, Claim, Rating, Verdict, content_hash

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
PASSWORD_FILE = Path(settings.BASE_DIR) / ".demo-password"
DEMO_USERNAMES = ("editor", "reviewer", "reviewer2", "admin")


def demo_password() -> str:
    """FACTCHECK_DEMO_PASSWORD, or the one generated once and kept in .demo-password."""
    password = os.environ.get("FACTCHECK_DEMO_PASSWORD", "")
    if password:
        return password
    if PASSWORD_FILE.exists():
        return PASSWORD_FILE.read_text().strip()
    password = secrets.token_urlsafe(12)
    PASSWORD_FILE.write_text(password + "\n")
    PASSWORD_FILE.chmod(0o600)
    return password


def demo_accounts_lines() -> list[str]:
    """What a newcomer needs to sign in (local mode only)."""
    return [
        f"Demo accounts (local mode only): {', '.join(DEMO_USERNAMES)}; "
        f"password: {demo_password()}",
    ]


DEMO_ARTICLE: dict[str, Any] = {
    "title": "Northern grid pact promises cheaper power, but costs and timelines draw scrutiny",
    "url": "https://demo.factcheck.example/northern-grid-pact",
    "outlet": "Factcheck Demo Wire",
    "byline": "Factcheck demo desk",
    "published": date(2024, 3, 15),
    "language": "en",
}

# (text to find, fallback kind, rating, explanation, sources, final status)
DEMO_VERDICTS: list[dict[str, Any]] = [
    {
        "find": "€250 million ($310 million)",
        "kind": Claim.Kind.CONVERSION,
        "rating": "Mostly false",
        "explanation": "At the ECB reference rate of 14 March 2024 (1 EUR = 1.0925 USD), "
        "EUR 250 million was about USD 273 million, not USD 310 million: the dollar "
        "figure is about 13 % too high. The euro amount matches the fund's statement.",
        "sources": [
            {
                "url": "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/"
                "euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html",
                "title": "ECB euro reference exchange rate: US dollar",
                "publisher": "European Central Bank",
                "excerpt": "14 March 2024: 1 EUR = 1.0925 USD",
            }
        ],
        "status": "published",
    },
    {
        "find": "at least 40 percent",
        "kind": Claim.Kind.PERCENT,
        "rating": "Unverifiable",
        "explanation": "The ministry has published no model for the price gap; the "
        "minister's office did not answer a request for the calculation.",
        "sources": [],
        "status": "in_review",
    },
    {
        "find": "prices in the northernmost bidding zone had doubled between 2021 and 2023",
        "kind": Claim.Kind.STATEMENT,
        "rating": "Mostly true",
        "explanation": "Average prices in the northernmost zone rose from 0.31 to 0.66 "
        "kronor per kWh between 2021 and 2023, a little more than double.",
        "sources": [
            {
                "url": "https://demo.factcheck.example/data/zone-prices-2021-2023.csv",
                "title": "Annual average spot prices by bidding zone",
                "publisher": "Regional power exchange (demo data)",
                "excerpt": "SE1: 2021 0.31 SEK/kWh; 2023 0.66 SEK/kWh",
            }
        ],
        "status": "needs_second_review",
    },
]


class Command(BaseCommand):
    help = "Load the demo article, claims, verdicts and (in local mode) demo accounts."

    def handle(self, *args: Any, **options: Any) -> None:
        users = self._accounts() if settings.DEBUG else None
        if users is None:
            self.stdout.write("DEBUG is off: demo accounts are not created.")
        author = users["editor"] if users else None
        article = self._article(author)
        if users:
            self._verdicts(article, users)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo article #{article.pk}: {article.claims.count()} claims, "
                f"{Verdict.objects.filter(claim__article=article).count()} verdicts."
            )
        )

    def _accounts(self) -> dict[str, Any]:
        password = demo_password()
        user_model = get_user_model()
        accounts = {
            "editor": (access.EDITORS_GROUP, False),
            "reviewer": (access.REVIEWERS_GROUP, False),
            "reviewer2": (access.REVIEWERS_GROUP, False),
            "admin": (None, True),
        }
        users = {}
        for username, (group, superuser) in accounts.items():
            user, _ = user_model.objects.get_or_create(username=username)
            user.is_staff = superuser or group == access.EDITORS_GROUP
            user.is_superuser = superuser
            user.set_password(password)
            user.save()
            if group:
                user.groups.add(Group.objects.get(name=group))
            users[username] = user
        for line in demo_accounts_lines():
            self.stdout.write(line)
        return users

    def _article(self, author: Any) -> Article:
        body = (DEMO_DIR / "article.txt").read_text(encoding="utf-8")
        body = services.check_article_body(body)
        existing = Article.objects.filter(content_hash=content_hash(body)).first()
        if existing is not None:
            return existing
        return services.ingest_article(body=body, added_by=author, **DEMO_ARTICLE)

    @transaction.atomic
    def _verdicts(self, article: Article, users: dict[str, Any]) -> None:
        scale_ratings = {
            r.label: r for r in Rating.objects.filter(scale__is_default=True)
        }
        for spec in DEMO_VERDICTS:
            claim = self._claim_for(article, spec, users["reviewer"])
            if Verdict.objects.filter(claim=claim).exists():
                continue
            services.record_verdict(
                claim=claim,
                user=users["reviewer"],
                rating=scale_ratings[spec["rating"]],
                explanation=spec["explanation"],
                expected_version=None,
                sources=spec["sources"],
            )
            if spec["status"] == "needs_second_review":
                services.request_second_review(claim=claim, user=users["reviewer"])
            elif spec["status"] == "published":
                services.approve_verdict(claim=claim, user=users["editor"])
                services.publish_verdict(claim=claim, user=users["editor"])

    def _claim_for(self, article: Article, spec: dict[str, Any], user: Any) -> Claim:
        """The detected claim covering the demo text, or a manual one if none."""
        start, end = services.locate_span(article.body, spec["find"])
        covering = (
            article.claims.filter(start__lte=start, end__gte=end)
            .exclude(kind=Claim.Kind.QUOTE)
            .order_by("end", "-start")
            .first()
        )
        if covering is not None:
            return covering
        return services.add_manual_claim(
            article=article, user=user, kind=spec["kind"], start=start, end=end
        )
