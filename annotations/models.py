"""Articles, their flagged claims, verdicts with sources, and the rating scales."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

http_url_validator = URLValidator(schemes=["http", "https"])
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def validate_storable_text(value: str) -> None:
    """Reject what no database can store: NUL and unpaired surrogates.

    PostgreSQL refuses NUL in text and UTF-8 cannot encode a lone surrogate;
    both would otherwise surface as a server error instead of a clear message.
    """
    if isinstance(value, str) and _UNSTORABLE.search(value):
        raise ValidationError(
            "The text contains a NUL character or an invalid Unicode code point.",
            code="unstorable",
        )


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


class ArticleQuerySet(models.QuerySet["Article"]):
    def active(self) -> ArticleQuerySet:
        return self.filter(archived_at__isnull=True)


class Article(models.Model):
    class DetectionStatus(models.TextChoices):
        PENDING = "pending", "Pending"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    title = models.CharField(validators=[validate_storable_text], max_length=300)
    body = models.TextField(
        validators=[validate_storable_text],
        help_text="The canonical text that claim offsets point into.",
    )
    url = models.URLField(
        "source URL", max_length=2000, blank=True, validators=[http_url_validator]
    )
    outlet = models.CharField(
        validators=[validate_storable_text], max_length=200, blank=True
    )
    byline = models.CharField(
        validators=[validate_storable_text], max_length=300, blank=True
    )
    published = models.DateField(
        null=True, blank=True, help_text="Publication date; resolves relative dates."
    )
    language = models.CharField(max_length=35, default="en", help_text="BCP 47 tag.")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_articles",
        help_text="Reviewer responsible for the whole article.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    content_hash = models.CharField(max_length=64, editable=False, db_index=True)
    detection_status = models.CharField(
        max_length=10, choices=DetectionStatus.choices, default=DetectionStatus.PENDING
    )
    detection_error = models.TextField(blank=True)
    detector_version = models.CharField(max_length=20, blank=True)
    archived_at = models.DateTimeField(
        null=True, blank=True, help_text="Archived articles are hidden, never deleted."
    )
    history = HistoricalRecords(excluded_fields=["body"])

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # The articles list: newest first among active articles.
            models.Index(
                fields=["archived_at", "-created_at"], name="article_list_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.content_hash = content_hash(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("annotations:article-review", args=[self.pk])


class ClaimQuerySet(models.QuerySet["Claim"]):
    def open(self) -> ClaimQuerySet:
        return self.filter(status=Claim.Status.OPEN)

    def reviewed(self) -> ClaimQuerySet:
        return self.exclude(status=Claim.Status.OPEN)

    def touched_by_people(self) -> ClaimQuerySet:
        """Claims a person created or reviewed: re-detection never touches these."""
        return self.filter(
            Q(origin=Claim.Origin.MANUAL)
            | ~Q(status=Claim.Status.OPEN)
            | Q(verdict__isnull=False)
            | Q(assignee__isnull=False)
        )


class Claim(models.Model):
    class Kind(models.TextChoices):
        MONEY = "money", "Money"
        PERCENT = "percent", "Percent"
        QUANTITY = "quantity", "Quantity"
        COUNT = "count", "Count"
        DURATION = "duration", "Duration"
        DATE = "date", "Date"
        QUOTE = "quote", "Quote"
        CONVERSION = "conversion", "Conversion"
        STATEMENT = "statement", "Statement"

    class Origin(models.TextChoices):
        AUTOMATIC = "automatic", "Automatic"
        MANUAL = "manual", "Manual"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        IN_REVIEW = "in_review", "In review"
        NEEDS_SECOND_REVIEW = "needs_second_review", "Needs second review"
        APPROVED = "approved", "Approved"
        PUBLISHED = "published", "Published"
        DISMISSED = "dismissed", "Dismissed"

    article = models.ForeignKey(
        Article, on_delete=models.PROTECT, related_name="claims"
    )
    start = models.PositiveIntegerField(help_text="Code-point offset into the body.")
    end = models.PositiveIntegerField(help_text="Code-point offset, exclusive.")
    text = models.TextField(
        validators=[validate_storable_text],
        help_text="The exact text between start and end.",
    )
    prefix = models.TextField(blank=True, help_text="About 32 characters before.")
    suffix = models.TextField(blank=True, help_text="About 32 characters after.")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    value = models.JSONField(
        default=dict, blank=True, help_text="Normalized value from detection."
    )
    checks = models.JSONField(
        default=list, blank=True, help_text="Automatic check results."
    )
    score = models.FloatField(
        null=True, blank=True, help_text="Check-worthiness of the claim's sentence."
    )
    origin = models.CharField(
        max_length=10, choices=Origin.choices, default=Origin.AUTOMATIC
    )
    detector_version = models.CharField(max_length=20, blank=True)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    note = models.TextField(
        validators=[validate_storable_text],
        blank=True,
        help_text="Reviewer's note on the claim.",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    history = HistoricalRecords()

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start", "-end", "kind"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lt=models.F("end")), name="claim_start_before_end"
            ),
            models.UniqueConstraint(
                fields=["article", "start", "end", "kind"],
                name="claim_unique_span_kind",
            ),
            # "end <= length of the article body" spans two tables: it is
            # enforced by triggers in migration 0002.
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"

    def get_absolute_url(self) -> str:
        return reverse("annotations:claim-detail", args=[self.article_id, self.pk])

    @property
    def is_reviewed(self) -> bool:
        return self.status != self.Status.OPEN


class RatingScale(models.Model):
    name = models.CharField(max_length=100, unique=True)
    description = models.TextField(validators=[validate_storable_text], blank=True)
    best_value = models.IntegerField(help_text="ratingValue of the best label.")
    worst_value = models.IntegerField(help_text="ratingValue of the worst label.")
    is_default = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(best_value=models.F("worst_value")),
                name="scale_best_differs_from_worst",
            ),
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="one_default_scale",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Rating(models.Model):
    scale = models.ForeignKey(
        RatingScale, on_delete=models.CASCADE, related_name="ratings"
    )
    label = models.CharField(validators=[validate_storable_text], max_length=60)
    description = models.TextField(validators=[validate_storable_text], blank=True)
    value = models.IntegerField(
        null=True,
        blank=True,
        help_text="Numeric ratingValue; empty for labels off the scale (Unverifiable).",
    )
    order = models.PositiveSmallIntegerField(help_text="Position in the picker (1-9).")

    class Meta:
        ordering = ["scale", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["scale", "label"], name="rating_unique_label"
            ),
            models.UniqueConstraint(
                fields=["scale", "order"], name="rating_unique_order"
            ),
        ]

    def __str__(self) -> str:
        return self.label


class Verdict(models.Model):
    claim = models.OneToOneField(
        Claim, on_delete=models.PROTECT, related_name="verdict"
    )
    rating = models.ForeignKey(
        Rating, on_delete=models.PROTECT, related_name="verdicts"
    )
    explanation = models.TextField(
        validators=[validate_storable_text], help_text="The reviewer's reasoning."
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="verdicts"
    )
    second_reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="second_reviews",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="approvals",
    )
    editor_comment = models.TextField(
        validators=[validate_storable_text],
        blank=True,
        help_text="Why an editor rejected or returned the verdict.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(
        default=1, help_text="Optimistic lock: incremented by every save."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return f"{self.rating} ({self.claim})"


class Source(models.Model):
    verdict = models.ForeignKey(
        Verdict, on_delete=models.PROTECT, related_name="sources"
    )
    url = models.URLField(
        "source URL", max_length=2000, validators=[http_url_validator]
    )
    title = models.CharField(
        validators=[validate_storable_text], max_length=500, blank=True
    )
    publisher = models.CharField(
        validators=[validate_storable_text], max_length=200, blank=True
    )
    accessed = models.DateField(null=True, blank=True)
    excerpt = models.TextField(validators=[validate_storable_text], blank=True)
    archive_url = models.URLField(
        "archive URL", max_length=2000, blank=True, validators=[http_url_validator]
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    removed_at = models.DateTimeField(
        null=True, blank=True, help_text="Removed sources are kept, never deleted."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["verdict", "id"]

    def __str__(self) -> str:
        return self.title or self.url
