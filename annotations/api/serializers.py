"""API serializers: output serializers render models, input serializers validate writes.

Every field is listed explicitly. Input serializers only parse; the views hand
the validated data to ``annotations.services``.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from annotations import limits
from annotations.exports import sources_of, verdict_of
from annotations.languages import LANGUAGE_PATTERN
from annotations.models import (
    Article,
    Claim,
    Rating,
    RatingScale,
    Source,
    Verdict,
    http_url_validator,
    validate_accessed,
    validate_published,
)

# ---------------------------------------------------------------- output


def _blank_url_field(help_text: str) -> Any:
    # Not URLField: an empty string ("no URL") is not a valid "uri" in the schema.
    return serializers.CharField(read_only=True, help_text=help_text)


class SourceSerializer(serializers.ModelSerializer[Source]):
    archive_url = _blank_url_field("Archived copy, or an empty string.")

    class Meta:
        model = Source
        fields = [
            "id",
            "url",
            "title",
            "publisher",
            "accessed",
            "excerpt",
            "archive_url",
            "created_at",
        ]
        read_only_fields = fields


class RatingSerializer(serializers.ModelSerializer[Rating]):
    class Meta:
        model = Rating
        fields = ["id", "label", "value", "order", "description"]
        read_only_fields = fields


class RatingScaleSerializer(serializers.ModelSerializer[RatingScale]):
    ratings = RatingSerializer(many=True, read_only=True)

    class Meta:
        model = RatingScale
        fields = [
            "id",
            "name",
            "description",
            "best_value",
            "worst_value",
            "is_default",
            "ratings",
        ]
        read_only_fields = fields


def _username_field() -> Any:
    return serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True
    )


class VerdictSerializer(serializers.ModelSerializer[Verdict]):
    rating = RatingSerializer(read_only=True)
    reviewer = _username_field()
    second_reviewer = _username_field()
    approved_by = _username_field()
    sources = serializers.SerializerMethodField()

    class Meta:
        model = Verdict
        fields = [
            "id",
            "claim",
            "rating",
            "explanation",
            "summary",
            "claimant",
            "sources",
            "reviewer",
            "second_reviewer",
            "approved_by",
            "editor_comment",
            "version",
            "created_at",
            "updated_at",
            "approved_at",
            "published_at",
        ]
        read_only_fields = fields

    @extend_schema_field(SourceSerializer(many=True))
    def get_sources(self, obj: Verdict) -> Any:
        return SourceSerializer(sources_of(obj), many=True).data


class ArticleSummarySerializer(serializers.ModelSerializer[Article]):
    """The article a claim belongs to, without its body."""

    url = _blank_url_field("Where the article was published, or an empty string.")

    class Meta:
        model = Article
        fields = ["id", "title", "url", "outlet", "published", "language"]
        read_only_fields = fields


class ClaimSerializer(serializers.ModelSerializer[Claim]):
    article = ArticleSummarySerializer(read_only=True)
    assignee = _username_field()
    created_by = _username_field()
    verdict = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "start",
            "end",
            "text",
            "prefix",
            "suffix",
            "kind",
            "value",
            "checks",
            "score",
            "origin",
            "detector_version",
            "status",
            "note",
            "assignee",
            "created_by",
            "created_at",
            "updated_at",
            "verdict",
        ]
        read_only_fields = fields

    @extend_schema_field(VerdictSerializer(allow_null=True))
    def get_verdict(self, obj: Claim) -> Any:
        verdict = verdict_of(obj)
        if verdict is None:
            return None
        return VerdictSerializer(verdict).data


class ArticleSerializer(serializers.ModelSerializer[Article]):
    url = _blank_url_field("Where the article was published, or an empty string.")
    added_by = _username_field()
    claim_count = serializers.IntegerField(read_only=True)
    detection_message = serializers.CharField(
        source="detection_error",
        read_only=True,
        help_text="Why detection failed or did not run (empty when it ran).",
    )

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "outlet",
            "byline",
            "published",
            "language",
            "external_id",
            "content_hash",
            "detection_status",
            "detection_message",
            "detector_version",
            "claim_count",
            "added_by",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    claims = ClaimSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "claims"]
        read_only_fields = fields


# ---------------------------------------------------------------- input

#: Error code of rules the OpenAPI schema cannot express: a request failing
#: only those gets 422 instead of 400 (see annotations.api.errors).
RULE = "rule"


def rule(validator: Any) -> Any:
    """A Django validator whose failure is a rule error (422), not a shape one."""

    def check(value: Any) -> None:
        if value in (None, ""):
            return
        try:
            validator(value)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.messages, code=RULE) from None

    return check


class BoundedCharField(serializers.CharField):
    """A CharField that takes exactly what the schema says: a JSON string.

    DRF's CharField also takes numbers (0 becomes "0") and measures max_length
    after stripping spaces; here anything but a string is refused, and the
    length counts what was sent.
    """

    def __init__(self, **kwargs: Any) -> None:
        if not kwargs.get("allow_blank", False):
            kwargs.setdefault("min_length", 1)
        super().__init__(**kwargs)

    def run_validation(self, data: Any = serializers.empty) -> Any:
        if data not in (serializers.empty, None) and not isinstance(data, str):
            self.fail("invalid")
        limit = self.max_length
        if isinstance(data, str) and limit is not None and len(data) > limit:
            self.fail("max_length", max_length=limit)
        return super().run_validation(data)


class StrictIntegerField(serializers.IntegerField):
    """A JSON number with no fraction (DRF also takes "12" and true)."""

    def to_internal_value(self, data: Any) -> int:
        if isinstance(data, bool) or not isinstance(data, int | float):
            self.fail("invalid")
        if isinstance(data, float) and not data.is_integer():
            self.fail("invalid")
        return super().to_internal_value(int(data))


class StrictBooleanField(serializers.BooleanField):
    """true or false (DRF also takes 0, 1, "yes" and "on")."""

    def to_internal_value(self, data: Any) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid")
        return data


class StrictDateField(serializers.DateField):
    """A YYYY-MM-DD string (Django's parser also takes 2024-3-5)."""

    def to_internal_value(self, value: Any) -> Any:
        if not (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
            self.fail("invalid", format="YYYY-MM-DD")
        return super().to_internal_value(value)


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def text(limit: int, *, required: bool = True, trim: bool = True, **kwargs: Any) -> Any:
    """A text input of at most ``limit`` characters (optional ones default to "")."""
    if not required:
        kwargs.setdefault("allow_blank", True)
        kwargs.setdefault("default", "")
    return BoundedCharField(
        max_length=limit, required=required, trim_whitespace=trim, **kwargs
    )


class InputSerializer(serializers.Serializer[Any]):
    """An input serializer that refuses fields it does not know (a typo such as
    ``titel`` or a read-only field such as ``reviewer`` gets a 400 naming it).
    The schema says so with additionalProperties: false."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError(
                    {
                        name: ["This field is not part of this request."]
                        for name in unknown
                    }
                )
        return super().to_internal_value(data)


def url_input(**kwargs: Any) -> Any:
    return text(
        limits.URL,
        validators=[rule(http_url_validator)],
        help_text="An http:// or https:// address.",
        **kwargs,
    )


class ArticleInputSerializer(InputSerializer):
    """Exactly one of body and html (the schema says so with oneOf)."""

    title = text(limits.TITLE)
    body = BoundedCharField(
        required=False,
        trim_whitespace=False,
        max_length=settings.FACTCHECK_MAX_ARTICLE_CHARS,
        help_text="Plain text (or give html). Blank lines separate paragraphs.",
    )
    html = BoundedCharField(
        required=False,
        trim_whitespace=False,
        help_text="HTML, reduced to its readable text (422 if it holds none).",
    )
    url = url_input(required=False)
    outlet = text(limits.OUTLET, required=False)
    byline = text(limits.BYLINE, required=False)
    published = StrictDateField(
        required=False,
        allow_null=True,
        default=None,
        validators=[rule(validate_published)],
        help_text=f"At most {limits.PUBLISHED_DAYS_AHEAD} days ahead (422 otherwise).",
    )
    language = serializers.RegexField(
        LANGUAGE_PATTERN,
        max_length=limits.LANGUAGE,
        required=False,
        default="en",
        help_text="BCP 47 tag (en, en-GB, pt-BR), stored in canonical case. "
        "Languages without detection are stored with detection_status skipped.",
    )
    external_id = text(
        limits.EXTERNAL_ID,
        required=False,
        help_text="The CMS's own ID of the article, unique per outlet. A POST "
        "with a known one returns that article (200), or 409 if its text changed.",
    )
    allow_copy = StrictBooleanField(
        required=False,
        default=False,
        help_text="Add the text even though another outlet's article has the "
        "same text (a syndicated copy). The same outlet's is never added twice.",
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if ("body" in attrs) == ("html" in attrs):
            raise serializers.ValidationError(
                {"body": "Give the article text as either body or html."}
            )
        return attrs


class ClaimInputSerializer(InputSerializer):
    """Offsets or the exact text (the schema says so with anyOf)."""

    article = StrictIntegerField(min_value=1, max_value=2**63 - 1)
    kind = serializers.ChoiceField(choices=Claim.Kind.choices)
    start = StrictIntegerField(min_value=0, max_value=2**31 - 1, required=False)
    end = StrictIntegerField(min_value=1, max_value=2**31 - 1, required=False)
    exact = text(
        limits.QUOTE, required=False, allow_blank=False, help_text="Quoted claim text."
    )
    prefix = text(limits.QUOTE_CONTEXT, required=False, trim=False)
    suffix = text(limits.QUOTE_CONTEXT, required=False, trim=False)
    note = text(limits.NOTE, required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        has_offsets = "start" in attrs and "end" in attrs
        if not has_offsets and not attrs.get("exact"):
            raise serializers.ValidationError(
                {"exact": "Give start and end offsets, or the exact text."}
            )
        return attrs


class ClaimStatusSerializer(InputSerializer):
    STATUSES = [
        Claim.Status.OPEN,
        Claim.Status.IN_REVIEW,
        Claim.Status.NEEDS_SECOND_REVIEW,
        Claim.Status.APPROVED,
        Claim.Status.PUBLISHED,
        Claim.Status.DISMISSED,
    ]
    status = serializers.ChoiceField(choices=[(s.value, s.label) for s in STATUSES])
    note = text(limits.NOTE, required=False)
    comment = text(
        limits.EDITOR_COMMENT,
        required=False,
        help_text="With status open: an editor rejects the verdict, saying why.",
    )


class SourceInputSerializer(InputSerializer):
    id = StrictIntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        max_value=2**63 - 1,
        help_text="An existing source to keep.",
    )
    url = url_input()
    title = text(limits.SOURCE_TITLE, required=False)
    publisher = text(limits.SOURCE_PUBLISHER, required=False)
    accessed = StrictDateField(
        required=False,
        allow_null=True,
        default=None,
        validators=[rule(validate_accessed)],
    )
    excerpt = text(limits.SOURCE_EXCERPT, required=False, trim=False)
    archive_url = url_input(required=False)


class VerdictInputSerializer(InputSerializer):
    """PUT: the whole verdict, with the version you read."""

    rating = StrictIntegerField(
        min_value=1, max_value=2**63 - 1, help_text="ID of a rating label."
    )
    explanation = text(limits.EXPLANATION, trim=False)
    summary = text(
        limits.CLAIM_SUMMARY,
        required=False,
        default=None,
        allow_null=True,
        help_text="The claim in under 75 characters, for ClaimReview's "
        "claimReviewed (empty: cut from the claim text; omitted: kept).",
    )
    claimant = text(
        limits.CLAIMANT,
        required=False,
        default=None,
        allow_null=True,
        help_text="Who made the claim (omitted: kept).",
    )
    version = StrictIntegerField(
        min_value=1,
        max_value=2**31 - 1,
        help_text="The version you read; a stale one gets 409.",
    )
    sources: serializers.ListSerializer[Any] = serializers.ListSerializer(
        child=SourceInputSerializer(),
        required=False,
        max_length=settings.FACTCHECK_MAX_SOURCES,
    )

    def validate_rating(self, value: int) -> Rating:
        rating = Rating.objects.select_related("scale").filter(pk=value).first()
        if rating is None:
            raise serializers.ValidationError("No such rating.", code=RULE)
        return rating

    def validate_sources(self, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if len(value) > settings.FACTCHECK_MAX_SOURCES:
            raise serializers.ValidationError(
                f"At most {settings.FACTCHECK_MAX_SOURCES} sources per verdict."
            )
        return value


class VerdictCreateSerializer(VerdictInputSerializer):
    """POST: a first verdict (version omitted or 0), or a new version."""

    claim = StrictIntegerField(min_value=1, max_value=2**63 - 1)
    version = StrictIntegerField(
        min_value=0,
        max_value=2**31 - 1,
        required=False,
        allow_null=True,
        default=None,
        help_text="Omit (or 0) for a claim without a verdict; otherwise the "
        "version you read (409 if stale).",
    )


class ConflictSerializer(serializers.Serializer[Any]):
    """Body of a 409 for a stale version: the message and the verdict as it stands."""

    detail = serializers.CharField()
    code = serializers.CharField()
    current = VerdictSerializer()
    attempted = serializers.DictField(help_text="What you sent, so nothing is lost.")
