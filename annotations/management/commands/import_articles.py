"""Import articles in bulk from a JSON-lines file or a folder of .txt/.html files.

Each article is validated like an API upload, then stored with its detected
claims, a chunk at a time (one transaction and bulk inserts per chunk). Files
that are empty, too large, undecodable or already imported (same content
hash) are skipped and reported, so the command can be re-run safely.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from annotations import services
from annotations.api.serializers import ArticleInputSerializer
from annotations.htmltext import html_to_text
from annotations.models import Article, content_hash

FILE_SUFFIXES = {".txt", ".html", ".htm"}
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>|<h1[^>]*>(.*?)</h1>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass
class Candidate:
    """One article to import, or the reason it is skipped."""

    label: str
    fields: dict[str, Any] = field(default_factory=dict)
    skip: str = ""


@dataclass
class Report:
    imported: int = 0
    claims: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _messages(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return "; ".join(
            f"{name}: {' '.join(errors)}" for name, errors in exc.message_dict.items()
        )
    return " ".join(exc.messages)


def _flatten(errors: Any) -> str:
    return "; ".join(
        f"{name}: {' '.join(str(m) for m in messages)}"
        for name, messages in errors.items()
    )


def from_json_line(label: str, line: str) -> Candidate:
    """A candidate from one line holding the API's article fields."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return Candidate(label, skip=f"not valid JSON ({exc.msg})")
    if not isinstance(data, dict):
        return Candidate(label, skip="not a JSON object")
    serializer = ArticleInputSerializer(data=data)
    if not serializer.is_valid():
        return Candidate(label, skip=_flatten(serializer.errors))
    fields = dict(serializer.validated_data)
    fields.pop("allow_copy", None)  # imports skip repeated texts (reported)
    if "html" in fields:
        fields["body"] = html_to_text(fields.pop("html"))
    return Candidate(label, fields)


def _html_title(text: str) -> str:
    match = _TITLE.search(text)
    if match is None:
        return ""
    inner = match.group(1) or match.group(2) or ""
    return " ".join(html.unescape(_TAG.sub(" ", inner)).split())


def from_file(path: Path) -> Candidate:
    """A candidate from a .txt file (title: first line) or an .html file."""
    label = str(path)
    limit = settings.FACTCHECK_MAX_UPLOAD_BYTES
    size = path.stat().st_size
    if size > limit:
        return Candidate(label, skip=f"too large ({size:,} bytes; limit {limit:,})")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return Candidate(label, skip="not UTF-8 text")
    if path.suffix.lower() == ".txt":
        body = text
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    else:
        body = html_to_text(text)
        title = _html_title(text)
    return Candidate(label, {"title": (title or path.stem)[:300], "body": body})


def read_candidates(path: Path) -> Iterator[Candidate]:
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            if file.suffix.lower() in FILE_SUFFIXES:
                yield from_file(file)
        return
    with path.open(encoding="utf-8-sig", errors="strict") as lines:
        try:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield from_json_line(f"{path.name}:{number}", line)
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path} is not UTF-8 text: {exc}") from None


def count_candidates(path: Path) -> int:
    if path.is_dir():
        return sum(
            1
            for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in FILE_SUFFIXES
        )
    with path.open("rb") as data:
        return sum(1 for line in data if line.strip())


class Command(BaseCommand):
    help = "Import articles from a JSON-lines file or a folder of .txt/.html files."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="A .jsonl file or a folder.")
        parser.add_argument("--user", help="Username recorded as the articles' adder.")
        parser.add_argument(
            "--chunk-size",
            type=int,
            default=50,
            help="Articles per transaction (default 50).",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Hide the progress bar."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        if options["chunk_size"] < 1:
            raise CommandError("--chunk-size must be at least 1.")
        user = self._user(options["user"])
        report = Report()
        bar = tqdm(
            read_candidates(path),
            total=count_candidates(path),
            unit="article",
            disable=options["no_progress"],
            file=self.stderr,
        )
        seen: set[str] = set()
        chunk: list[tuple[str, Article]] = []
        for candidate in bar:
            article = self._check(candidate, user, report)
            if article is not None:
                chunk.append((candidate.label, article))
            if len(chunk) >= options["chunk_size"]:
                self._store(chunk, user, seen, report)
                chunk = []
        self._store(chunk, user, seen, report)
        self._print(report)

    def _user(self, username: str | None) -> Any:
        if username is None:
            return None
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user {username!r}.") from None

    def _check(self, candidate: Candidate, user: Any, report: Report) -> Any:
        if candidate.skip:
            report.skipped.append((candidate.label, candidate.skip))
            return None
        try:
            return services.check_article(added_by=user, **candidate.fields)
        except ValidationError as exc:
            report.skipped.append((candidate.label, _messages(exc)))
            return None

    def _store(
        self,
        chunk: list[tuple[str, Article]],
        user: Any,
        seen: set[str],
        report: Report,
    ) -> None:
        """Skip duplicates (earlier runs or this one), then insert the rest."""
        hashes = {label: content_hash(article.body) for label, article in chunk}
        stored = set(
            Article.objects.filter(content_hash__in=hashes.values()).values_list(
                "content_hash", flat=True
            )
        )
        fresh = []
        for label, article in chunk:
            digest = hashes[label]
            if digest in stored or digest in seen:
                report.skipped.append((label, "duplicate: same text already imported"))
                continue
            seen.add(digest)
            fresh.append(article)
        if fresh:
            report.claims += services.ingest_articles(articles=fresh, added_by=user)
            report.imported += len(fresh)

    def _print(self, report: Report) -> None:
        for label, reason in report.skipped:
            self.stdout.write(f"skipped {label}: {reason}")
        self.stdout.write(
            f"Imported {report.imported} article(s) with {report.claims} claim(s); "
            f"skipped {len(report.skipped)}."
        )
