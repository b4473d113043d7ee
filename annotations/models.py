"""Articles, their flagged claims, verdicts with sources, and the rating scales."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, URLValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from . import limits
from .languages import validate_language

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


def _not_ahead(value: date | None, days: int, what: str) -> None:
    latest = timezone.localdate() + timedelta(days=days)
    if value is not None and value > latest:
        raise ValidationError(
            f"The {what} {value.isoformat()} is more than {days} "
            f"day{'s' * (days != 1)} ahead; the latest accepted is "
            f"{latest.isoformat()}.",
            code="too_far_ahead",
        )


def validate_published(value: date | None) -> None:
    """A publication date at most PUBLISHED_DAYS_AHEAD days from today."""
    _not_ahead(value, limits.PUBLISHED_DAYS_AHEAD, "publication date")


def validate_accessed(value: date | None) -> None:
    """A source's access date at most ACCESSED_DAYS_AHEAD days from today."""
    _not_ahead(value, limits.ACCESSED_DAYS_AHEAD, "access date")


def bounded_text(limit: int) -> list[Any]:
    """Validators for a TextField: storable, and at most ``limit`` characters."""
    return [validate_storable_text, MaxLengthValidator(limit)]


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
        UNSUPPORTED = "skipped", "Not available for the language"

    title = models.CharField(
        validators=[validate_storable_text], max_length=limits.TITLE
    )
    body = models.TextField(
        validators=[validate_storable_text],
        help_text="The canonical text that claim offsets point into.",
    )
    url = models.URLField(
        "source URL", max_length=limits.URL, blank=True, validators=[http_url_validator]
    )
    outlet = models.CharField(
        validators=[validate_storable_text], max_length=limits.OUTLET, blank=True
    )
    byline = models.CharField(
        validators=[validate_storable_text], max_length=limits.BYLINE, blank=True
    )
    external_id = models.CharField(
        "external ID",
        max_length=limits.EXTERNAL_ID,
        blank=True,
        validators=[validate_storable_text],
        help_text="The CMS's own identifier of the article, unique per outlet.",
    )
    published = models.DateField(
        null=True,
        blank=True,
        validators=[validate_published],
        help_text="Publication date; resolves relative dates.",
    )
    language = models.CharField(
        max_length=limits.LANGUAGE,
        default="en",
        validators=[validate_language],
        help_text="BCP 47 tag (en, en-GB, pt-BR).",
    )
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
    detection_error = models.TextField(
        blank=True, help_text="Why detection failed or was skipped, for people."
    )
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
        constraints = [
            # A CMS retrying a POST finds its article by (outlet, external_id).
            models.UniqueConstraint(
                fields=["outlet", "external_id"],
                condition=~Q(external_id=""),
                name="article_unique_external_id",
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
        validators=bounded_text(limits.NOTE),
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
    claimreview = models.BooleanField(
        "publish as ClaimReview",
        default=True,
        help_text="Off for labels that say the text is no claim at all (Not a claim).",
    )

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
        validators=bounded_text(limits.EXPLANATION),
        help_text="The reviewer's reasoning.",
    )
    summary = models.CharField(
        "claim summary",
        max_length=limits.CLAIM_SUMMARY,
        blank=True,
        validators=[validate_storable_text],
        help_text="ClaimReview's claimReviewed: the claim in under 75 characters "
        "(empty: cut from the claim text).",
    )
    claimant = models.CharField(
        max_length=limits.CLAIMANT,
        blank=True,
        validators=[validate_storable_text],
        help_text="Who made the claim, when detection found no speaker (or found "
        "the wrong one).",
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
        validators=bounded_text(limits.EDITOR_COMMENT),
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
        "source URL", max_length=limits.URL, validators=[http_url_validator]
    )
    title = models.CharField(
        validators=[validate_storable_text], max_length=limits.SOURCE_TITLE, blank=True
    )
    publisher = models.CharField(
        validators=[validate_storable_text],
        max_length=limits.SOURCE_PUBLISHER,
        blank=True,
    )
    accessed = models.DateField(null=True, blank=True, validators=[validate_accessed])
    excerpt = models.TextField(
        validators=bounded_text(limits.SOURCE_EXCERPT), blank=True
    )
    archive_url = models.URLField(
        "archive URL",
        max_length=limits.URL,
        blank=True,
        validators=[http_url_validator],
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


class IdempotencyKey(models.Model):
    """An ``Idempotency-Key`` a client sent with a POST that created an article.

    A retry with the same key and the same request gets the article back; the
    same key with a different request is refused (409).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    key = models.CharField(max_length=limits.IDEMPOTENCY_KEY)
    fingerprint = models.CharField(
        max_length=64, help_text="SHA-256 of the request body as parsed."
    )
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="idempotency_unique")
        ]

    def __str__(self) -> str:
        return f"{self.key} -> article {self.article_id}"
