"""A claim's history for people: who changed what, and when, newest first.

Reads django-simple-history records of the claim, its verdict and its sources
(three queries plus one for the user names they mention) and compares each
record with the previous one of the same object.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model

from .models import Claim, Rating, Source, Verdict

# (field, label) pairs shown for each model; user and rating ids are named.
CLAIM_FIELDS = [
    ("status", "Status"),
    ("assignee_id", "Assignee"),
    ("note", "Note"),
    ("kind", "Kind"),
]
VERDICT_FIELDS = [
    ("rating_id", "Rating"),
    ("explanation", "Explanation"),
    ("reviewer_id", "Reviewer"),
    ("second_reviewer_id", "Second reviewer"),
    ("approved_by_id", "Approved by"),
    ("editor_comment", "Editor comment"),
    ("published_at", "Published"),
]
SOURCE_FIELDS = [
    ("url", "URL"),
    ("title", "Title"),
    ("publisher", "Publisher"),
    ("excerpt", "Excerpt"),
    ("removed_at", "Removed"),
]
USER_FIELDS = {"assignee_id", "reviewer_id", "second_reviewer_id", "approved_by_id"}
STATUS_LABELS = dict(Claim.Status.choices)
KIND_LABELS = dict(Claim.Kind.choices)


@dataclass
class Change:
    label: str
    before: str
    after: str


@dataclass
class Entry:
    when: datetime
    who: str
    what: str  # "Claim", "Verdict", "Source 2"
    action: str  # "created", "changed", "deleted"
    changes: list[Change] = field(default_factory=list)


def _records(records: Iterable[Any], fields: list[tuple[str, str]], what: Any) -> list:
    """(record, previous record of the same object) pairs, oldest first."""
    pairs = []
    last: dict[int, Any] = {}
    for record in sorted(records, key=lambda r: (r.history_date, r.history_id)):
        pairs.append((record, last.get(record.id), fields, what(record)))
        last[record.id] = record
    return pairs


def claim_timeline(
    claim: Claim, verdict: Verdict | None, ratings: Iterable[Rating]
) -> list[Entry]:
    pairs = _records(
        claim.history.select_related("history_user"), CLAIM_FIELDS, lambda r: "Claim"
    )
    if verdict is not None:
        pairs += _records(
            verdict.history.select_related("history_user"),
            VERDICT_FIELDS,
            lambda r: "Verdict",
        )
        source_history = Source.history.filter(verdict_id=verdict.pk).select_related(
            "history_user"
        )
        pairs += _records(source_history, SOURCE_FIELDS, lambda r: f"Source {r.id}")
    user_ids = {
        getattr(record, name)
        for record, _, fields, _ in pairs
        for name, _ in fields
        if name in USER_FIELDS and getattr(record, name, None)
    }
    users = dict(
        get_user_model().objects.filter(pk__in=user_ids).values_list("pk", "username")
    )
    names = {"users": users, "ratings": {r.pk: r.label for r in ratings}}
    entries = [
        entry
        for record, prev, fields, what in pairs
        # Saves that changed nothing shown here (a timestamp) are left out.
        if (entry := _entry(record, prev, fields, what, names)).changes
        or entry.action != "changed"
    ]
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries


def _entry(record: Any, prev: Any, fields: list, what: str, names: dict) -> Entry:
    action = {"+": "created", "-": "deleted"}.get(record.history_type, "changed")
    who = record.history_user.username if record.history_user else "system"
    entry = Entry(when=record.history_date, who=who, what=what, action=action)
    for name, label in fields:
        after = getattr(record, name, None)
        before = getattr(prev, name, None) if prev is not None else None
        if after == before or (prev is None and after in (None, "")):
            continue
        entry.changes.append(
            Change(label, _show(name, before, names), _show(name, after, names))
        )
    return entry


def _show(name: str, value: Any, names: dict) -> str:
    if value in (None, ""):
        return "—"
    if name in USER_FIELDS:
        return str(names["users"].get(value, f"user {value}"))
    if name == "rating_id":
        return str(names["ratings"].get(value, f"rating {value}"))
    if name == "status":
        return str(STATUS_LABELS.get(value, value))
    if name == "kind":
        return str(KIND_LABELS.get(value, value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    text = str(value)
    return text if len(text) <= 160 else text[:157] + "…"
