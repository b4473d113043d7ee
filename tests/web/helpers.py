"""Shared data for the web tests: a long article with many claims."""

from __future__ import annotations

from annotations.models import Article, Claim
from tests.factories import make_article


def long_article(claim_count: int, words: int = 10_000) -> Article:
    """A 10,000-word article whose figures are flagged as ``claim_count`` claims."""
    sentences = []
    for i in range(words // 20):
        sentences.append(
            f"In district {i} the council spent {i + 3} million euros on {i * 7 + 11} "
            f"new homes, up {i % 40 + 2} percent on the year before, officials said "
            "in a statement on Tuesday."
        )
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    article = make_article(
        title="Housing spending by district", body="\n\n".join(paragraphs)
    )
    body = article.body
    claims = []
    position = 0
    for i in range(claim_count):
        text = f"{i + 3} million euros"
        start = body.index(text, position)
        position = start + len(text)
        claims.append(
            Claim(
                article=article,
                start=start,
                end=start + len(text),
                text=text,
                kind=Claim.Kind.MONEY,
                value={"value": (i + 3) * 1e6, "unit": "EUR", "qualifier": "exact"},
                checks=[],
                status=Claim.Status.OPEN if i % 3 else Claim.Status.IN_REVIEW,
            )
        )
    Claim.objects.bulk_create(claims)
    return article
