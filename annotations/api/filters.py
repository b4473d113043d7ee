"""Query-string filters for the articles and claims lists (the exports share the claims').

Typed parameters accept exactly what the OpenAPI schema says (an ID is digits,
a boolean is true or false, a date is YYYY-MM-DD, a time is RFC 3339): the
form fields behind django-filter are more lenient (``1.0``, ``yes``,
``10/25/2006``, an empty value read as "no filter"), which would make the
schema wrong in the other direction.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from drf_spectacular.utils import extend_schema_field

from annotations.models import Article, Claim, Verdict

MAX_ID = 2**63 - 1


def _as_id(digits: str) -> int:
    """An ID from a digit string; out-of-range numbers become 0, matching nothing."""
    number = int(digits)
    return number if number <= MAX_ID else 0


def to_utc(value: datetime) -> datetime:
    """The same instant in UTC, clamped to the representable range.

    PostgreSQL refuses offsets beyond 15:59 that Python accepts (+21:29), so
    times are converted before they reach the query.
    """
    try:
        return value.astimezone(UTC)
    except OverflowError:
        edge = datetime.max if value.year > 1 else datetime.min
        return edge.replace(tzinfo=UTC)


@extend_schema_field({"type": "string", "format": "date-time"})
class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    def filter(self, qs: Any, value: Any) -> Any:
        return super().filter(qs, to_utc(value) if value else value)


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.NumberFilter):
    """A whole-number ID in the database's range (NumberFilter accepts 1.5 or 1e40)."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


_RAW_FORMS: list[tuple[type, re.Pattern[str], str]] = [
    (IdFilter, re.compile(r"[0-9]{1,19}"), "Give a whole number from 1."),
    (django_filters.BooleanFilter, re.compile(r"true|false"), "Give true or false."),
    (
        django_filters.IsoDateTimeFilter,
        re.compile(
            r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
            r"([Zz]|[+-][0-9]{2}:[0-9]{2})"
        ),
        "Give an RFC 3339 time such as 2025-03-04T09:30:00Z.",
    ),
    (
        django_filters.DateFilter,
        re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        "Give a date as YYYY-MM-DD.",
    ),
]


class StrictFilterSet(django_filters.FilterSet):
    """A FilterSet whose typed parameters must be written as the schema says."""

    def is_valid(self) -> bool:
        valid = super().is_valid()
        for name, filter_ in self.filters.items():
            if name not in self.data or isinstance(filter_, django_filters.CharFilter):
                continue
            values = self.data.getlist(name)
            message = _raw_error(filter_, values)
            if message:
                self.form.add_error(name, message)
                valid = False
        return valid


def _raw_error(filter_: Any, values: list[str]) -> str:
    if any(value == "" for value in values):
        return "Give a value, or leave the parameter out."
    for kind, pattern, message in _RAW_FORMS:
        if isinstance(filter_, kind) and not all(map(pattern.fullmatch, values)):
            return message
    return ""


class ArticleFilter(StrictFilterSet):
    search = django_filters.CharFilter(
        method="filter_search", label="Text in the title, outlet or byline."
    )
    outlet = django_filters.CharFilter(field_name="outlet", lookup_expr="iexact")
    language = django_filters.CharFilter(field_name="language", lookup_expr="iexact")
    updated_since = UtcDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        label="Articles changed at or after this ISO 8601 time.",
    )

    class Meta:
        model = Article
        fields = ["search", "outlet", "language", "updated_since"]

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> Any:
        return queryset.filter(
            Q(title__icontains=value)
            | Q(outlet__icontains=value)
            | Q(byline__icontains=value)
        )


class ClaimFilter(StrictFilterSet):
    article = IdFilter(field_name="article_id")
    kind = django_filters.MultipleChoiceFilter(choices=Claim.Kind.choices)
    status = django_filters.MultipleChoiceFilter(choices=Claim.Status.choices)
    rating = django_filters.CharFilter(
        method="filter_rating", label="Rating ID or label (case-insensitive)."
    )
    reviewer = django_filters.CharFilter(
        method="filter_reviewer", label="Reviewer's user ID or username."
    )
    has_verdict = django_filters.BooleanFilter(
        field_name="verdict", lookup_expr="isnull", exclude=True
    )
    published_after = django_filters.DateFilter(
        field_name="verdict__published_at__date",
        lookup_expr="gte",
        label="Verdicts published on or after this date.",
    )
    published_before = django_filters.DateFilter(
        field_name="verdict__published_at__date",
        lookup_expr="lte",
        label="Verdicts published on or before this date.",
    )
    updated_since = UtcDateTimeFilter(
        method="filter_updated_since",
        label="Claims whose claim or verdict changed at or after this ISO 8601 time.",
    )
    search = django_filters.CharFilter(
        method="filter_search", label="Text in the claim or its verdict's explanation."
    )

    class Meta:
        model = Claim
        fields = [
            "article",
            "kind",
            "status",
            "rating",
            "reviewer",
            "has_verdict",
            "published_after",
            "published_before",
            "updated_since",
            "search",
        ]

    def filter_rating(self, queryset: QuerySet, name: str, value: str) -> Any:
        if value.isascii() and value.isdigit():
            return queryset.filter(verdict__rating_id=_as_id(value))
        return queryset.filter(verdict__rating__label__iexact=value)

    def filter_reviewer(self, queryset: QuerySet, name: str, value: str) -> Any:
        if value.isascii() and value.isdigit():
            return queryset.filter(verdict__reviewer_id=_as_id(value))
        return queryset.filter(verdict__reviewer__username=value)

    def filter_updated_since(self, queryset: QuerySet, name: str, value: Any) -> Any:
        # A verdict edit does not touch its claim's updated_at; sync must see it.
        value = to_utc(value)
        return queryset.filter(
            Q(updated_at__gte=value) | Q(verdict__updated_at__gte=value)
        )

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> Any:
        return queryset.filter(
            Q(text__icontains=value) | Q(verdict__explanation__icontains=value)
        )


class VerdictFilter(StrictFilterSet):
    claim = IdFilter(field_name="claim_id")
    article = IdFilter(field_name="claim__article_id")
    updated_since = UtcDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        label="Verdicts changed at or after this ISO 8601 time.",
    )

    class Meta:
        model = Verdict
        fields = ["claim", "article", "updated_since"]
