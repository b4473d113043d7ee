"""API serializers: output serializers render models, input serializers validate writes.

Every field is listed explicitly. Input serializers only parse; the views hand
the validated data to ``annotations.services``.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from annotations.exports import sources_of, verdict_of
from annotations.models import (
    Article,
    Claim,
    Rating,
    RatingScale,
    Source,
    Verdict,
    http_url_validator,
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
            "content_hash",
            "detection_status",
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


class ArticleInputSerializer(serializers.Serializer[Any]):
    title = serializers.CharField(max_length=300)
    body = serializers.CharField(
        required=False, trim_whitespace=False, help_text="Plain text (or give html)."
    )
    html = serializers.CharField(
        required=False, trim_whitespace=False, help_text="HTML, converted to text."
    )
    url = serializers.CharField(
        max_length=2000,
        required=False,
        allow_blank=True,
        default="",
        validators=[http_url_validator],
    )
    outlet = serializers.CharField(
        max_length=200, required=False, allow_blank=True, default=""
    )
    byline = serializers.CharField(
        max_length=300, required=False, allow_blank=True, default=""
    )
    published = serializers.DateField(required=False, allow_null=True, default=None)
    language = serializers.CharField(max_length=35, required=False, default="en")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if ("body" in attrs) == ("html" in attrs):
            raise serializers.ValidationError(
                {"body": "Give the article text as either body or html."}
            )
        return attrs


class ClaimInputSerializer(serializers.Serializer[Any]):
    article = serializers.IntegerField(min_value=1)
    kind = serializers.ChoiceField(choices=Claim.Kind.choices)
    start = serializers.IntegerField(min_value=0, required=False)
    end = serializers.IntegerField(min_value=1, required=False)
    exact = serializers.CharField(required=False, help_text="Quoted claim text.")
    prefix = serializers.CharField(required=False, allow_blank=True, default="")
    suffix = serializers.CharField(required=False, allow_blank=True, default="")
    note = serializers.CharField(required=False, allow_blank=True, default="")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        has_offsets = "start" in attrs and "end" in attrs
        if not has_offsets and not attrs.get("exact"):
            raise serializers.ValidationError(
                {"exact": "Give start and end offsets, or the exact text."}
            )
        return attrs


class ClaimStatusSerializer(serializers.Serializer[Any]):
    STATUSES = [
        Claim.Status.OPEN,
        Claim.Status.IN_REVIEW,
        Claim.Status.NEEDS_SECOND_REVIEW,
        Claim.Status.APPROVED,
        Claim.Status.PUBLISHED,
        Claim.Status.DISMISSED,
    ]
    status = serializers.ChoiceField(choices=[(s.value, s.label) for s in STATUSES])
    note = serializers.CharField(required=False, allow_blank=True, default="")
    comment = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        help_text="With status open: an editor rejects the verdict, saying why.",
    )


class SourceInputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField(
        required=False, allow_null=True, help_text="An existing source to keep."
    )
    url = serializers.CharField(max_length=2000)
    title = serializers.CharField(
        max_length=500, required=False, allow_blank=True, default=""
    )
    publisher = serializers.CharField(
        max_length=200, required=False, allow_blank=True, default=""
    )
    accessed = serializers.DateField(required=False, allow_null=True, default=None)
    excerpt = serializers.CharField(
        required=False, allow_blank=True, default="", trim_whitespace=False
    )
    archive_url = serializers.CharField(
        max_length=2000, required=False, allow_blank=True, default=""
    )


class VerdictInputSerializer(serializers.Serializer[Any]):
    rating = serializers.IntegerField(min_value=1, help_text="ID of a rating label.")
    explanation = serializers.CharField(trim_whitespace=False)
    version = serializers.IntegerField(
        min_value=0,
        required=False,
        allow_null=True,
        default=None,
        help_text="The version you read; a stale one gets 409.",
    )
    sources = SourceInputSerializer(many=True, required=False)

    def validate_rating(self, value: int) -> Rating:
        rating = Rating.objects.select_related("scale").filter(pk=value).first()
        if rating is None:
            raise serializers.ValidationError("No such rating.")
        return rating

    def validate_sources(self, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if len(value) > settings.FACTCHECK_MAX_SOURCES:
            raise serializers.ValidationError(
                f"At most {settings.FACTCHECK_MAX_SOURCES} sources per verdict."
            )
        return value


class VerdictCreateSerializer(VerdictInputSerializer):
    claim = serializers.IntegerField(min_value=1)


class ConflictSerializer(serializers.Serializer[Any]):
    """Body of a 409: the message and the verdict as it now stands."""

    detail = serializers.CharField()
    current = VerdictSerializer()
    attempted = serializers.DictField(help_text="What you sent, so nothing is lost.")
