"""Export endpoints: ClaimReview, W3C Web Annotation, CSV and JSON, all streamed.

Each takes the claims list's filters and streams its rows from a chunked
iterator, so memory and the number of queries per chunk stay flat.
"""

from __future__ import annotations

import json
from typing import Any

from django.db.models import QuerySet
from django.http import HttpResponse, HttpResponseBase, StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request

from annotations import access, exports
from annotations.models import Claim

from .filters import ClaimFilter
from .permissions import DeskViewMixin
from .serializers import ClaimSerializer
from .views import claim_queryset

ANNOTATION_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'


class FirstRenderer(BaseContentNegotiation):
    """Errors before the stream starts are always JSON, whatever Accept says."""

    def select_parser(self, request: Request, parsers: Any) -> Any:
        return parsers[0]

    def select_renderer(
        self, request: Request, renderers: Any, format_suffix: Any = None
    ) -> Any:
        return (renderers[0], renderers[0].media_type)


class ExportView(DeskViewMixin, generics.GenericAPIView[Claim]):
    filterset_class = ClaimFilter
    pagination_class = None
    renderer_classes: Any = [JSONRenderer]
    content_negotiation_class = FirstRenderer

    def get_queryset(self) -> QuerySet[Claim]:
        return access.visible_claims(self.request.user)

    def filtered_claims(self) -> QuerySet[Claim]:
        # Filters are validated here, before streaming starts, so bad input
        # still gets a 400 rather than a broken download.
        return self.filter_queryset(self.get_queryset())


def _described(media_type: str, description: str) -> dict[Any, Any]:
    return {
        (200, media_type): OpenApiResponse(OpenApiTypes.STR, description=description)
    }


class ClaimReviewExport(ExportView):
    """schema.org ClaimReview JSON-LD for every published verdict."""

    @extend_schema(
        operation_id="export_claimreview",
        filters=True,
        responses={
            (200, "application/ld+json"): OpenApiResponse(
                OpenApiTypes.ANY,
                description="A JSON-LD array: one ClaimReview per published verdict.",
            )
        },
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        return exports.claimreview_response(self.filtered_claims())


class AnnotationExport(ExportView):
    """W3C Web Annotations: each claim's span with its verdict as body."""

    @extend_schema(
        operation_id="export_annotations",
        filters=True,
        responses={
            (200, "application/ld+json"): OpenApiResponse(
                OpenApiTypes.ANY,
                description="A W3C AnnotationPage holding one Annotation per claim, "
                "or an empty AnnotationCollection (total 0) when nothing matches.",
            )
        },
    )
    def get(self, request: Request) -> HttpResponseBase:
        claims = self.filtered_claims()
        total = claims.count()
        params = [
            (key, value)
            for key, values in request.query_params.lists()
            for value in values
        ]
        collection = exports.annotation_collection_id(params)
        label = "factcheck claims"
        if total == 0:
            empty = exports.empty_annotation_collection(
                collection_id=collection, label=label
            )
            return HttpResponse(json.dumps(empty), content_type=ANNOTATION_TYPE)
        rows = exports.prepare_claims(claims).iterator(chunk_size=exports.CHUNK_SIZE)
        items = (exports.web_annotation(c) for c in rows)
        head = exports.annotation_page_head(
            collection_id=collection, label=label, total=total
        )
        stream = exports.stream_json_object(head, "items", items)
        return StreamingHttpResponse(stream, content_type=ANNOTATION_TYPE)


class CsvExport(ExportView):
    """One CSV row per claim, with its verdict; safe against formula injection."""

    @extend_schema(
        operation_id="export_verdicts_csv",
        filters=True,
        responses=_described("text/csv", "One row per claim."),
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        return exports.csv_response(self.filtered_claims(), filename="verdicts.csv")


class JsonExport(ExportView):
    """Every matching claim as the claims endpoint renders it, unpaginated."""

    @extend_schema(
        operation_id="export_verdicts_json",
        filters=True,
        responses={
            200: OpenApiResponse(
                ClaimSerializer(many=True),
                description="Claims as the claims endpoint renders them, unpaginated.",
            )
        },
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        rows = claim_queryset(self.filtered_claims()).iterator(
            chunk_size=exports.CHUNK_SIZE
        )
        items = (ClaimSerializer(c).data for c in rows)
        response = StreamingHttpResponse(
            exports.stream_json_array(items), content_type="application/json"
        )
        response["Content-Disposition"] = 'attachment; filename="verdicts.json"'
        return response
