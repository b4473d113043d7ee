"""Many reviewers saving the same verdict at once: one winner per round, no lost update."""

from __future__ import annotations

import threading
from typing import Any

from django.db import close_old_connections, connection
from django.test import TransactionTestCase

from annotations import services
from annotations.models import Verdict
from tests.factories import default_rating, make_claim, make_user

WRITERS = 6
ROUNDS = 15


class ConcurrentVerdictTests(TransactionTestCase):
    def setUp(self) -> None:
        self.users = [make_user(f"rev{i}", role="reviewer") for i in range(WRITERS)]
        self.claim = make_claim()
        self.rating = default_rating("Half true")
        services.record_verdict(
            claim=self.claim,
            user=self.users[0],
            rating=self.rating,
            explanation="Initial.",
            expected_version=None,
        )

    def _round(self, version: int) -> tuple[list[str], list[str], list[str]]:
        barrier = threading.Barrier(WRITERS)
        winners: list[str] = []
        conflicts: list[str] = []
        errors: list[str] = []

        def write(index: int) -> None:
            text = f"Writer {index} at version {version}."
            try:
                barrier.wait(timeout=30)
                services.record_verdict(
                    claim=self.claim,
                    user=self.users[index],
                    rating=self.rating,
                    explanation=text,
                    expected_version=version,
                )
                winners.append(text)
            except services.VerdictConflict as exc:
                # The losing write's text comes back to its author.
                assert exc.attempted["explanation"] == text
                conflicts.append(text)
            except Exception as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
            finally:
                close_old_connections()
                connection.close()

        threads = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        return winners, conflicts, errors

    def test_exactly_one_writer_wins_each_round(self) -> None:
        summary: list[Any] = []
        for _ in range(ROUNDS):
            version = Verdict.objects.get(claim=self.claim).version
            winners, conflicts, errors = self._round(version)
            self.assertEqual(errors, [])
            self.assertEqual(len(winners), 1, winners)
            self.assertEqual(len(conflicts), WRITERS - 1)
            verdict = Verdict.objects.get(claim=self.claim)
            self.assertEqual(verdict.version, version + 1)
            # No lost update: the stored text is the winner's.
            self.assertEqual(verdict.explanation, winners[0])
            summary.append(verdict.version)
        self.assertEqual(summary, list(range(2, ROUNDS + 2)))
        # Every winning write is in history.
        self.assertEqual(
            Verdict.objects.get(claim=self.claim).history.count(), ROUNDS + 1
        )
