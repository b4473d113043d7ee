"""Build deterministic fixtures for benchmarks: `review10k` is one 10,000-word
article with 500 claims, 500 verdicts and about 1,000 sources.

Prints a JSON line with the article id, an API token and a session key so a
load generator can authenticate without going through the sign-in form.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from rest_framework.authtoken.models import Token

from annotations import access, services
from annotations.models import Article, Claim, Rating, Source, Verdict

DEMO = Path(__file__).resolve().parents[2] / "demo" / "article.txt"
TITLE = "Load fixture: 10,000-word report"


def long_article(words: int, rng: random.Random) -> str:
    """The demo article repeated with its figures perturbed, to about ``words`` words."""
    paragraphs = DEMO.read_text(encoding="utf-8").split("\n\n")
    out: list[str] = []
    count = 0
    while count < words:
        paragraph = rng.choice(paragraphs[1:])
        paragraph = "".join(
            str(rng.randint(1, 9)) if ch.isdigit() and rng.random() < 0.3 else ch
            for ch in paragraph
        )
        out.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(out)


class Command(BaseCommand):
    help = "Create the review10k benchmark fixture and print credentials as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--words", type=int, default=10_000)
        parser.add_argument("--claims", type=int, default=500)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args: Any, **options: Any) -> None:
        rng = random.Random(options["seed"])
        user = self._user("loadtest-reviewer", access.REVIEWERS_GROUP)
        article = Article.objects.filter(title=TITLE).first()
        if article is None:
            body = long_article(options["words"], rng)
            article = services.ingest_article(title=TITLE, body=body, added_by=user)
            self._fill(article, user, options["claims"], rng)
        session = SessionStore()
        session["_auth_user_id"] = str(user.pk)
        session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        session["_auth_user_hash"] = user.get_session_auth_hash()
        session.create()
        token, _ = Token.objects.get_or_create(user=user)
        self.stdout.write(
            json.dumps(
                {
                    "article": article.pk,
                    "claims": article.claims.count(),
                    "verdicts": Verdict.objects.filter(claim__article=article).count(),
                    "words": len(article.body.split()),
                    "token": token.key,
                    "session": session.session_key,
                }
            )
        )

    def _user(self, username: str, group: str) -> Any:
        user, created = get_user_model().objects.get_or_create(username=username)
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(Group.objects.get(name=group))
        return user

    @transaction.atomic
    def _fill(
        self, article: Article, user: Any, target: int, rng: random.Random
    ) -> None:
        """Trim or pad the detected claims to ``target``, each with a verdict."""
        claims = list(article.claims.order_by("start"))[:target]
        article.claims.exclude(pk__in=[c.pk for c in claims]).delete()
        taken = {(c.start, c.end) for c in claims}
        words = [(m.start(), m.end()) for m in _word_spans(article.body)]
        while len(claims) < target:
            start, end = rng.choice(words)
            if (start, end) in taken:
                continue
            taken.add((start, end))
            claims.append(
                Claim.objects.create(
                    article=article,
                    start=start,
                    end=end,
                    text=article.body[start:end],
                    kind=Claim.Kind.STATEMENT,
                    origin=Claim.Origin.MANUAL,
                )
            )
        ratings = list(Rating.objects.filter(scale__is_default=True))
        verdicts = Verdict.objects.bulk_create(
            Verdict(
                claim=claim,
                rating=rng.choice(ratings),
                explanation=f"Checked against source {i}.",
                reviewer=user,
            )
            for i, claim in enumerate(claims)
        )
        Source.objects.bulk_create(
            Source(
                verdict=v, url=f"https://example.org/doc/{v.pk}/{n}", title=f"Doc {n}"
            )
            for v in verdicts
            for n in range(rng.choice((1, 2, 3)))
        )
        Claim.objects.filter(pk__in=[c.pk for c in claims]).update(
            status=Claim.Status.IN_REVIEW
        )


def _word_spans(body: str) -> Any:
    import re

    return re.finditer(r"\w+", body)
