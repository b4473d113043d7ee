"""Admin for the desk: articles with their claims, verdicts with their sources."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from . import access, exports, services
from .models import Article, Claim, Rating, RatingScale, Source, Verdict


class NoDeleteMixin:
    """Nothing reviewers wrote is hard-deleted: archive or dismiss instead."""

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ClaimInline(NoDeleteMixin, admin.TabularInline):
    model = Claim
    fields = ("start", "end", "kind", "text", "status", "origin", "score")
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.action(description="Re-run claim detection")
def rerun_detection(modeladmin: Any, request: HttpRequest, queryset: QuerySet) -> None:
    total = 0
    for article in queryset:
        total += services.run_detection(article).created
    modeladmin.message_user(request, f"Detection re-run; {total} new claims flagged.")


@admin.action(description="Archive selected articles")
def archive_articles(modeladmin: Any, request: HttpRequest, queryset: QuerySet) -> None:
    for article in queryset.filter(archived_at__isnull=True):
        services.archive_article(article=article, user=request.user)
    modeladmin.message_user(request, "Articles archived.", messages.SUCCESS)


@admin.register(Article)
class ArticleAdmin(NoDeleteMixin, SimpleHistoryAdmin):
    list_display = (
        "title",
        "outlet",
        "published",
        "language",
        "claim_count",
        "detection_status",
        "archived_at",
        "created_at",
    )
    list_filter = (
        "detection_status",
        "language",
        "outlet",
        ("archived_at", admin.EmptyFieldListFilter),
    )
    search_fields = ("title", "outlet", "byline", "url")
    list_select_related = ("added_by",)
    readonly_fields = (
        "content_hash",
        "detection_status",
        "detection_error",
        "detector_version",
        "created_at",
        "updated_at",
        "added_by",
    )
    raw_id_fields = ("assignee",)
    date_hierarchy = "created_at"
    inlines = [ClaimInline]
    actions = [rerun_detection, archive_articles]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).annotate(_claim_count=Count("claims"))

    @admin.display(description="Claims", ordering="_claim_count")
    def claim_count(self, obj: Any) -> int:
        return int(obj._claim_count)


class VerdictInline(admin.StackedInline):
    model = Verdict
    fields = (
        "rating",
        "explanation",
        "reviewer",
        "version",
        "approved_by",
        "published_at",
    )
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.action(description="Export selected as CSV")
def export_csv(modeladmin: Any, request: HttpRequest, queryset: QuerySet) -> Any:
    access.require(request.user, access.Action.VIEW)
    return exports.csv_response(queryset, filename="claims.csv")


@admin.action(description="Export selected as ClaimReview (published only)")
def export_claimreview(
    modeladmin: Any, request: HttpRequest, queryset: QuerySet
) -> Any:
    access.require(request.user, access.Action.VIEW)
    return exports.claimreview_response(queryset)


@admin.register(Claim)
class ClaimAdmin(NoDeleteMixin, SimpleHistoryAdmin):
    list_display = (
        "short_text",
        "kind",
        "status",
        "article",
        "origin",
        "score",
        "assignee",
        "updated_at",
    )
    list_filter = ("kind", "status", "origin")
    search_fields = ("text", "article__title")
    list_select_related = ("article", "assignee")
    raw_id_fields = ("article", "assignee", "created_by")
    readonly_fields = (
        "value",
        "checks",
        "detector_version",
        "created_at",
        "updated_at",
    )
    inlines = [VerdictInline]
    actions = [export_csv, export_claimreview]

    @admin.display(description="Text")
    def short_text(self, obj: Claim) -> str:
        return obj.text if len(obj.text) <= 80 else obj.text[:79] + "…"


class SourceInline(NoDeleteMixin, admin.TabularInline):
    model = Source
    fields = ("url", "title", "publisher", "accessed", "archive_url", "removed_at")
    extra = 0
    can_delete = False


@admin.register(Verdict)
class VerdictAdmin(NoDeleteMixin, SimpleHistoryAdmin):
    list_display = (
        "claim",
        "rating",
        "reviewer",
        "second_reviewer",
        "approved_by",
        "version",
        "published_at",
        "updated_at",
    )
    list_filter = ("rating", ("published_at", admin.EmptyFieldListFilter))
    search_fields = ("explanation", "claim__text", "claim__article__title")
    list_select_related = (
        "claim",
        "rating",
        "reviewer",
        "second_reviewer",
        "approved_by",
    )
    raw_id_fields = ("claim", "reviewer", "second_reviewer", "approved_by")
    readonly_fields = ("version", "created_at", "updated_at")
    inlines = [SourceInline]


@admin.register(Source)
class SourceAdmin(NoDeleteMixin, SimpleHistoryAdmin):
    list_display = ("__str__", "publisher", "url", "verdict", "accessed", "removed_at")
    list_filter = ("publisher", ("removed_at", admin.EmptyFieldListFilter))
    search_fields = ("url", "title", "publisher", "excerpt")
    list_select_related = ("verdict", "verdict__claim", "verdict__rating")
    raw_id_fields = ("verdict", "added_by")


class RatingInline(admin.TabularInline):
    model = Rating
    fields = ("order", "label", "value", "description")
    extra = 0


@admin.register(RatingScale)
class RatingScaleAdmin(admin.ModelAdmin):
    list_display = ("name", "best_value", "worst_value", "is_default", "label_count")
    search_fields = ("name",)
    inlines = [RatingInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[RatingScale]:
        return super().get_queryset(request).annotate(_labels=Count("ratings"))

    @admin.display(description="Labels", ordering="_labels")
    def label_count(self, obj: Any) -> int:
        return int(obj._labels)


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ("label", "scale", "value", "order")
    list_filter = ("scale",)
    search_fields = ("label", "description")
    list_select_related = ("scale",)
