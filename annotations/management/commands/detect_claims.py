"""Re-run claim detection on one article or all of them.

Claims a person created or reviewed are never touched; a progress bar shows
long runs.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from annotations import services
from annotations.models import Article


class Command(BaseCommand):
    help = "Re-run claim detection (never touching claims people reviewed or added)."

    def add_arguments(self, parser: CommandParser) -> None:
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--article", type=int, help="ID of one article.")
        target.add_argument("--all", action="store_true", help="Every active article.")
        parser.add_argument(
            "--no-progress", action="store_true", help="Hide the progress bar."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        articles = Article.objects.active().order_by("pk")
        if options["article"] is not None:
            articles = articles.filter(pk=options["article"])
            if not articles.exists():
                raise CommandError(f"No active article with ID {options['article']}.")
        total = articles.count()
        created = kept = removed = failed = 0
        bar = tqdm(
            articles.iterator(chunk_size=50),
            total=total,
            unit="article",
            disable=options["no_progress"] or total < 2,
            file=self.stderr,
        )
        for article in bar:
            result = services.run_detection(article)
            created += result.created
            kept += result.kept
            removed += result.removed
            failed += bool(result.errors)
        self.stdout.write(
            f"{total} article(s): {created} claims flagged, {removed} replaced, "
            f"{kept} kept because people worked on them, {failed} failed."
        )
