"""REST endpoints for articles, claims, verdicts and rating scales.

Reads are generic views whose querysets come from ``annotations.access`` and
fetch everything they render up front. Writes validate with an input
serializer, check access, call ``annotations.services`` and render the result
with an output serializer.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Prefetch, QuerySet
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from annotations import access, limits, services
from annotations.access import Action
from annotations.exports import active_sources
from annotations.htmltext import html_to_text
from annotations.models import (
    Article,
    Claim,
    IdempotencyKey,
    RatingScale,
    Source,
    Verdict,
)

from .errors import StateConflict, Unprocessable, error_body
from .filters import ArticleFilter, ClaimFilter, VerdictFilter
from .permissions import DeskViewMixin
from .serializers import (
    RULE,
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


def _codes(errors: Any) -> set[str]:
    if isinstance(errors, dict):
        return set().union(*map(_codes, errors.values())) if errors else set()
    if isinstance(errors, list):
        return set().union(*map(_codes, errors)) if errors else set()
    return {getattr(errors, "code", "invalid")}


def _valid(
    serializer_class: type[serializers.Serializer[Any]], request: Request
) -> Any:
    """Validated input; 400 if it breaks the schema, 422 if only its rules."""
    serializer = serializer_class(data=request.data)
    if not serializer.is_valid():
        if _codes(serializer.errors) == {RULE}:
            raise Unprocessable(serializer.errors)
        raise serializers.ValidationError(serializer.errors)
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
    body = error_body(str(exc), "conflict")
    body["current"] = VerdictSerializer(exc.current).data
    body["attempted"] = exc.attempted
    return Response(body, status=status.HTTP_409_CONFLICT)


# ---------------------------------------------------------------- articles


IDEMPOTENCY_KEY = OpenApiParameter(
    "Idempotency-Key",
    {"type": "string", "minLength": 1, "maxLength": limits.IDEMPOTENCY_KEY},
    OpenApiParameter.HEADER,
    description="Any string up to 200 characters chosen by the client: a retry "
    "with the same key and body returns the article the first request created "
    "(200, Idempotent-Replayed: true); the same key with another body gets 409.",
)
DUPLICATE_RESPONSE = {
    "type": "object",
    "properties": {
        "detail": {"type": "string"},
        "code": {"type": "string"},
        "existing": {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "url": {"type": "string"}},
        },
    },
    "required": ["detail", "code"],
}


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
        request=ArticleInputSerializer,
        parameters=[IDEMPOTENCY_KEY],
        responses={
            201: ArticleDetailSerializer,
            200: OpenApiResponse(
                ArticleDetailSerializer,
                description="Already stored (the same Idempotency-Key, the same "
                "external_id with the same text, or the same text from the same "
                "outlet): the stored article, unchanged; Content-Location names it.",
            ),
            409: OpenApiResponse(
                DUPLICATE_RESPONSE,
                description="Another outlet's article has the same text (send "
                "allow_copy), a known external_id came with a different text, or "
                "the Idempotency-Key was used for a different request.",
            ),
        },
        description="Adds an article and flags its claims. 422 when the HTML "
        "holds no text, the text is longer than the limit, the publication date "
        f"is more than {limits.PUBLISHED_DAYS_AHEAD} days ahead, or the URL is "
        "not an http(s) address.",
    )
    def post(self, request: Request) -> Response:
        data = dict(_valid(ArticleInputSerializer, request))
        key = request.headers.get("Idempotency-Key")
        fingerprint = _fingerprint(data)
        if key is not None:
            replay = _replayed(request.user, key, fingerprint)
            if replay is not None:
                return replay
        html = data.pop("html", None)
        body = data.pop("body", None)
        if body is None:
            body = html_to_text(html or "")
        allow_copy = data.pop("allow_copy")
        author: Any = request.user  # authenticated: DeskPermission checked
        try:
            with transaction.atomic():
                article = services.ingest_article(
                    body=body, added_by=request.user, allow_copy=allow_copy, **data
                )
                if key is not None:
                    IdempotencyKey.objects.create(
                        user=author,
                        key=key,
                        fingerprint=fingerprint,
                        article=article,
                    )
        except services.DuplicateArticle as exc:
            if exc.same_source:
                return _stored(request.user, exc.existing)
            raise _duplicate(
                str(exc) + " Send allow_copy to add this copy too.",
                "duplicate_text",
                exc.existing,
            ) from None
        except services.ExternalIdChanged as exc:
            raise _duplicate(str(exc), "external_id_changed", exc.existing) from None
        except IntegrityError:
            # A concurrent request with the same key or external_id won.
            replay = _replayed(request.user, key, fingerprint) if key else None
            if replay is not None:
                return replay
            raise StateConflict(
                "Another request created this article at the same moment; "
                "fetch it or retry.",
                code="concurrent_create",
            ) from None
        output = ArticleDetail.queryset_for(request.user).get(pk=article.pk)
        return Response(
            ArticleDetailSerializer(output).data, status=status.HTTP_201_CREATED
        )


def _fingerprint(data: dict[str, Any]) -> str:
    canonical = json.dumps(data, sort_keys=True, default=str, ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _stored(user: Any, article: Article, **headers: str) -> Response:
    """200 with a stored article, for a request that repeated it."""
    try:
        output = ArticleDetail.queryset_for(user).get(pk=article.pk)
    except Article.DoesNotExist:
        raise StateConflict(
            f"This request repeats article #{article.pk}, which is archived.",
            code="archived",
        ) from None
    response = Response(ArticleDetailSerializer(output).data)
    response["Content-Location"] = f"/api/v1/articles/{article.pk}/"
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def _replayed(user: Any, key: str, fingerprint: str) -> Response | None:
    if not key or len(key) > limits.IDEMPOTENCY_KEY or "\x00" in key:
        raise serializers.ValidationError(
            {
                "Idempotency-Key": f"Give a key of 1 to {limits.IDEMPOTENCY_KEY} "
                "characters."
            }
        )
    known = IdempotencyKey.objects.filter(user=user, key=key).first()
    if known is None:
        return None
    if known.fingerprint != fingerprint:
        raise StateConflict(
            "This Idempotency-Key was used for a different request; use a new "
            "key for a new article.",
            code="idempotency_key_reused",
        )
    return _stored(user, known.article, Idempotent_Replayed="true")


def _duplicate(message: str, code: str, existing: Article) -> StateConflict:
    where = {"id": existing.pk, "url": f"/api/v1/articles/{existing.pk}/"}
    return StateConflict(message, code, extra={"existing": where})


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
                summary=data["summary"],
                claimant=data["claimant"],
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
        claim = access.get_claim_for_user(request.user, verdict.claim_id)
        try:
            services.record_verdict(
                claim=claim,
                user=request.user,
                rating=data["rating"],
                explanation=data["explanation"],
                expected_version=data["version"],
                sources=data.get("sources"),
                summary=data["summary"],
                claimant=data["claimant"],
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
