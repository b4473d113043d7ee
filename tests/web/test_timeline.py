"""A claim's history: who changed what, when; user and rating ids are named."""

from __future__ import annotations

from annotations import services
from annotations.models import Rating
from annotations.timeline import claim_timeline
from tests.base import BaseTestCase
from tests.factories import default_rating


class ClaimTimelineTests(BaseTestCase):
    def test_it_names_people_ratings_and_statuses(self):
        services.assign(claims=[self.claim], assignee=self.bob, user=self.erin)
        verdict = services.record_verdict(
            claim=self.claim,
            user=self.alice,
            rating=default_rating("False"),
            explanation="The budget says 45.2 million.",
            expected_version=None,
            sources=[{"url": "https://city.example.org/budget.pdf", "title": "Budget"}],
        )
        services.record_verdict(
            claim=self.claim,
            user=self.bob,
            rating=default_rating("Mostly true"),
            explanation="The budget says 45.2 million.",
            expected_version=verdict.version,
            sources=[],
        )
        entries = claim_timeline(self.claim, verdict, Rating.objects.all())
        lines = [
            (e.who, e.action, e.what, [(c.label, c.before, c.after) for c in e.changes])
            for e in entries
        ]
        self.assertIn(("erin", "changed", "Claim", [("Assignee", "—", "bob")]), lines)
        self.assertIn(
            ("bob", "changed", "Verdict", [
                ("Rating", "False", "Mostly true"), ("Reviewer", "alice", "bob"),
            ]),
            lines,
        )  # fmt: skip
        self.assertIn(
            ("alice", "changed", "Claim", [("Status", "Open", "In review")]), lines
        )
        removed = next(line for line in lines if line[2].startswith("Source"))
        self.assertEqual(removed[0], "bob")
        self.assertEqual(removed[3][0][0], "Removed")
        self.assertEqual(entries, sorted(entries, key=lambda e: e.when, reverse=True))
