"""A news article written for the browser tests, with its claims flagged by hand."""

from __future__ import annotations

from typing import Any

from annotations.models import Article, Claim
from tests.factories import make_article, make_claim

TITLE = "Harbour authority doubles ferry subsidy as fares climb 18 percent"
BODY = """The Lakeside Harbour Authority will spend €12.4 million ($13.5 million) on ferry subsidies next year, almost twice the €6.5 million it budgeted for 2023, according to figures released on Thursday 14 March 2024.

Average single fares have risen 18 percent since January, while passenger numbers fell by 240,000 to 3.1 million. The authority said crossings now take 35 minutes, down from 42 minutes before the two new vessels arrived.

"We carried more than 9,000 people a day last summer, and we expect that to reach 11,000 by 2026," said operations director Mira Halvorsen.

Critics say the subsidy has doubled in three years without any independent audit. The regional council's own review, published in 2022, found that 27 of the 40 scheduled crossings each week ran at less than a quarter of capacity.

The new terminal, a 3.2-kilometre extension of the quay, is due to open in autumn 2025 and will cost 48 million euros, the authority said."""

QUOTE = (
    '"We carried more than 9,000 people a day last summer, and we expect that to '
    'reach 11,000 by 2026,"'
)


def harbour_article(**kwargs: Any) -> Article:
    article = make_article(
        title=TITLE,
        body=BODY,
        outlet="Lakeside Courier",
        byline="Ingrid Solberg",
        published="2024-03-15",
        **kwargs,
    )
    figures = [
        ("€12.4 million", "money", {"value": 12.4e6, "unit": "EUR"}),
        ("$13.5 million", "money", {"value": 13.5e6, "unit": "USD"}),
        ("€6.5 million", "money", {"value": 6.5e6, "unit": "EUR"}),
        ("Thursday 14 March 2024", "date", {"normalized": "2024-03-14"}),
        ("18 percent", "percent", {"value": 18, "unit": "percent"}),
        ("240,000", "count", {"value": 240000, "unit": "passengers"}),
        ("3.1 million", "count", {"value": 3.1e6, "unit": "passengers"}),
        (
            "35 minutes",
            "duration",
            {"value": 35, "unit": "minute", "normalized": "PT35M"},
        ),
        (
            "42 minutes",
            "duration",
            {"value": 42, "unit": "minute", "normalized": "PT42M"},
        ),
        (QUOTE, "quote", {"speaker": "Mira Halvorsen"}),
        (
            "more than 9,000 people",
            "count",
            {"value": 9000, "unit": "people", "qualifier": "more_than"},
        ),
        ("11,000", "count", {"value": 11000, "unit": "people"}),
        ("3.2-kilometre", "quantity", {"value": 3.2, "unit": "kilometer"}),
        ("48 million euros", "money", {"value": 48e6, "unit": "EUR"}),
    ]
    for text, kind, value in figures:
        make_claim(article, text=text, kind=kind, value=value)
    make_claim(
        article,
        text="€12.4 million ($13.5 million)",
        kind=Claim.Kind.CONVERSION,
        value={
            "parts": [
                {"kind": "money", "value": 12.4e6, "unit": "EUR"},
                {"kind": "money", "value": 13.5e6, "unit": "USD"},
            ],
            "rate": 1.0887,
        },
        checks=[
            {
                "check": "currency_conversion",
                "claims": [[42, 71]],
                "status": "approximately",
                "expected": 13.55e6,
                "stated": 13.5e6,
                "deviation_percent": -0.4,
                "explanation": "At the ECB rate of 14 March 2024, EUR 12.4 million is "
                "about USD 13.55 million; the stated USD 13.5 million is within 0.4 %.",
                "evidence": "ECB euro reference rate, 14 March 2024: 1 EUR = 1.0925 USD",
            }
        ],
    )
    make_claim(
        article,
        text="Critics say the subsidy has doubled in three years without any independent audit.",
        kind=Claim.Kind.STATEMENT,
        value={"features": ["comparison (doubled)", "time span", "attribution"]},
        score=0.81,
    )
    return article
