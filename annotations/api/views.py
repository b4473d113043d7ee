"""REST endpoints for articles, claims, verdicts and rating scales.

Reads are generic views whose querysets come from ``annotations.access`` and
fetch everything they render up front. Writes validate with an input
serializer, check access, call ``annotations.services`` and render the result
with an output serializer.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Prefetch, QuerySet
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from annotations import access, services
from annotations.access import Action
from annotations.exports import active_sources
from annotations.htmltext import html_to_text
from annotations.models import Article, Claim, RatingScale, Source, Verdict

from .filters import ArticleFilter, ClaimFilter, VerdictFilter
from .permissions import DeskViewMixin
from .serializers import (
    ArticleDetailSerializer,
    ArticleInputSerializer,
    ArticleSerializer,
    ClaimInputSerializer,
    ClaimSerializer,
    ClaimStatusSerializer,
    ConflictSerializer,
    RatingScaleSerializer,
    VerdictCreateSerializer,
    VerdictInputSerializer,
    VerdictSerializer,
)

VERDICT_JOINS = (
    "verdict",
    "verdict__rating",
    "verdict__reviewer",
    "verdict__second_reviewer",
    "verdict__approved_by",
)


def _valid(
    serializer_class: type[serializers.Serializer[Any]], request: Request
) -> Any:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def claim_queryset(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """Claims with everything ClaimSerializer reads, in a stable order."""
    return (
        claims.select_related("article", "assignee", "created_by", *VERDICT_JOINS)
        .defer("article__body")
        .prefetch_related(active_sources())
        .order_by("article_id", "start", "-end", "kind", "id")
    )


def _claim_for_output(user: Any, pk: int) -> Claim:
    claim: Claim = claim_queryset(access.visible_claims(user)).get(pk=pk)
    return claim


def _verdict_queryset(user: Any) -> QuerySet[Verdict]:
    return (
        Verdict.objects.filter(claim__in=access.visible_claims(user))
        .select_related("rating", "reviewer", "second_reviewer", "approved_by")
        .prefetch_related(
            Prefetch(
                "sources",
                queryset=Source.objects.filter(removed_at__isnull=True),
                to_attr="active_sources",
            )
        )
        .order_by("-updated_at", "-id")
    )


def _conflict(exc: services.VerdictConflict) -> Response:
    body = {
        "detail": str(exc),
        "current": VerdictSerializer(exc.current).data,
        "attempted": exc.attempted,
    }
    return Response(body, status=status.HTTP_409_CONFLICT)


# ---------------------------------------------------------------- articles


class ArticleList(DeskViewMixin, generics.ListAPIView[Article]):
    """Active articles, newest first; POST adds one and flags its claims."""

    serializer_class = ArticleSerializer
    filterset_class = ArticleFilter
    write_action = Action.ADD_ARTICLE

    def get_queryset(self) -> QuerySet[Article]:
        return (
            access.visible_articles(self.request.user)
            .select_related("added_by")
            .defer("body")
            .annotate(claim_count=Count("claims"))
            .order_by("-created_at", "-id")
        )

    @extend_schema(
        request=ArticleInputSerializer, responses={201: ArticleDetailSerializer}
    )
    def post(self, request: Request) -> Response:
        data = dict(_valid(ArticleInputSerializer, request))
        html = data.pop("html", None)
        body = data.pop("body", None)
        if body is None:
            body = html_to_text(html or "")
        article = services.ingest_article(body=body, added_by=request.user, **data)
        output = ArticleDetail.queryset_for(request.user).get(pk=article.pk)
        return Response(
            ArticleDetailSerializer(output).data, status=status.HTTP_201_CREATED
        )


class ArticleDetail(DeskViewMixin, generics.RetrieveAPIView[Article]):
    """One article with its body and claims."""

    serializer_class = ArticleDetailSerializer

    @staticmethod
    def queryset_for(user: Any) -> QuerySet[Article]:
        return (
            access.visible_articles(user)
            .select_related("added_by")
            .annotate(claim_count=Count("claims"))
            .prefetch_related(
                Prefetch("claims", queryset=claim_queryset(Claim.objects.all()))
            )
        )

    def get_queryset(self) -> QuerySet[Article]:
        return self.queryset_for(self.request.user)


# ---------------------------------------------------------------- claims


class ClaimList(DeskViewMixin, generics.ListAPIView[Claim]):
    """Claims of active articles; POST marks a claim by offsets or quoted text."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter

    def get_queryset(self) -> QuerySet[Claim]:
        return claim_queryset(access.visible_claims(self.request.user))

    @extend_schema(request=ClaimInputSerializer, responses={201: ClaimSerializer})
    def post(self, request: Request) -> Response:
        data = _valid(ClaimInputSerializer, request)
        article = access.get_article_for_user(request.user, data["article"])
        claim = services.add_manual_claim(
            article=article,
            user=request.user,
            kind=data["kind"],
            start=data.get("start"),
            end=data.get("end"),
            exact=data.get("exact", ""),
            prefix=data["prefix"],
            suffix=data["suffix"],
            note=data["note"],
        )
        output = _claim_for_output(request.user, claim.pk)
        return Response(ClaimSerializer(output).data, status=status.HTTP_201_CREATED)


class ClaimDetail(DeskViewMixin, generics.RetrieveAPIView[Claim]):
    """One claim with its verdict; PATCH moves it through review."""

    serializer_class = ClaimSerializer

    def get_queryset(self) -> QuerySet[Claim]:
        return claim_queryset(access.visible_claims(self.request.user))

    @extend_schema(request=ClaimStatusSerializer, responses={200: ClaimSerializer})
    def patch(self, request: Request, pk: int) -> Response:
        claim = access.get_claim_for_user(request.user, pk)
        data = _valid(ClaimStatusSerializer, request)
        change_status(claim, request.user, **data)
        output = _claim_for_output(request.user, claim.pk)
        return Response(ClaimSerializer(output).data)


def change_status(
    claim: Claim, user: Any, *, status: str, note: str, comment: str
) -> None:
    """Map a requested status to its review step, checking the role it needs."""
    if status == Claim.Status.OPEN and comment:
        access.require(user, Action.APPROVE)
        services.reject_verdict(claim=claim, user=user, comment=comment)
    elif status == Claim.Status.OPEN:
        services.reopen_claim(claim=claim, user=user)
    elif status == Claim.Status.DISMISSED:
        services.dismiss_claim(claim=claim, user=user, note=note)
    elif status == Claim.Status.NEEDS_SECOND_REVIEW:
        services.request_second_review(claim=claim, user=user)
    elif status == Claim.Status.IN_REVIEW:
        access.require(user, Action.SECOND_REVIEW)
        services.complete_second_review(claim=claim, user=user)
    elif status == Claim.Status.APPROVED:
        access.require(user, Action.APPROVE)
        services.approve_verdict(claim=claim, user=user)
    else:
        access.require(user, Action.APPROVE)
        services.publish_verdict(claim=claim, user=user)


# ---------------------------------------------------------------- verdicts

CONFLICT_RESPONSE = OpenApiResponse(
    ConflictSerializer, description="Stale version: the verdict as it now stands."
)


class VerdictList(DeskViewMixin, generics.ListAPIView[Verdict]):
    """Verdicts with their sources, most recently changed first; POST adds one."""

    serializer_class = VerdictSerializer
    filterset_class = VerdictFilter

    def get_queryset(self) -> QuerySet[Verdict]:
        return _verdict_queryset(self.request.user)

    @extend_schema(
        request=VerdictCreateSerializer,
        responses={201: VerdictSerializer, 409: CONFLICT_RESPONSE},
    )
    def post(self, request: Request) -> Response:
        data = _valid(VerdictCreateSerializer, request)
        claim = access.get_claim_for_user(request.user, data["claim"])
        try:
            verdict = services.record_verdict(
                claim=claim,
                user=request.user,
                rating=data["rating"],
                explanation=data["explanation"],
                expected_version=data["version"],
                sources=data.get("sources"),
            )
        except services.VerdictConflict as exc:
            return _conflict(exc)
        output = self.get_queryset().get(pk=verdict.pk)
        return Response(VerdictSerializer(output).data, status=status.HTTP_201_CREATED)


class VerdictDetail(DeskViewMixin, generics.RetrieveAPIView[Verdict]):
    """One verdict; PUT replaces rating, explanation and (if given) sources."""

    serializer_class = VerdictSerializer

    def get_queryset(self) -> QuerySet[Verdict]:
        return _verdict_queryset(self.request.user)

    @extend_schema(
        request=VerdictInputSerializer,
        responses={200: VerdictSerializer, 409: CONFLICT_RESPONSE},
    )
    def put(self, request: Request, pk: int) -> Response:
        verdict = self.get_object()
        data = _valid(VerdictInputSerializer, request)
        if data["version"] is None:
            raise serializers.ValidationError(
                {"version": "Give the version you read (409 if it is stale)."}
            )
        claim = access.get_claim_for_user(request.user, verdict.claim_id)
        try:
            services.record_verdict(
                claim=claim,
                user=request.user,
                rating=data["rating"],
                explanation=data["explanation"],
                expected_version=data["version"],
                sources=data.get("sources"),
            )
        except services.VerdictConflict as exc:
            return _conflict(exc)
        return Response(VerdictSerializer(self.get_queryset().get(pk=pk)).data)


# ---------------------------------------------------------------- rating scales


def _scales(user: Any) -> QuerySet[RatingScale]:
    if not access.can(user, Action.VIEW):
        return RatingScale.objects.none()
    return RatingScale.objects.prefetch_related("ratings").order_by("name", "id")


class RatingScaleList(DeskViewMixin, generics.ListAPIView[RatingScale]):
    """Rating scales with their labels."""

    serializer_class = RatingScaleSerializer

    def get_queryset(self) -> QuerySet[RatingScale]:
        return _scales(self.request.user)


class RatingScaleDetail(DeskViewMixin, generics.RetrieveAPIView[RatingScale]):
    """One rating scale with its labels."""

    serializer_class = RatingScaleSerializer

    def get_queryset(self) -> QuerySet[RatingScale]:
        return _scales(self.request.user)
