"""API routes under /api/v1/: resources, exports, the OpenAPI schema and its docs."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.permissions import AllowAny

from . import exports, views

# The schema and its docs describe the API and hold no data: public, and
# credentials (even a bad token) are ignored rather than refused with 403.
PUBLIC: dict = {"authentication_classes": [], "permission_classes": [AllowAny]}

urlpatterns = [
    path("articles/", views.ArticleList.as_view(), name="api-article-list"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="api-article"),
    path("claims/", views.ClaimList.as_view(), name="api-claim-list"),
    path("claims/<int:pk>/", views.ClaimDetail.as_view(), name="api-claim"),
    path("verdicts/", views.VerdictList.as_view(), name="api-verdict-list"),
    path("verdicts/<int:pk>/", views.VerdictDetail.as_view(), name="api-verdict"),
    path(
        "rating-scales/", views.RatingScaleList.as_view(), name="api-rating-scale-list"
    ),
    path(
        "rating-scales/<int:pk>/",
        views.RatingScaleDetail.as_view(),
        name="api-rating-scale",
    ),
    path(
        "export/claimreview/",
        exports.ClaimReviewExport.as_view(),
        name="api-export-claimreview",
    ),
    path(
        "export/annotations/",
        exports.AnnotationExport.as_view(),
        name="api-export-annotations",
    ),
    path("export/verdicts.csv", exports.CsvExport.as_view(), name="api-export-csv"),
    path("export/verdicts.json", exports.JsonExport.as_view(), name="api-export-json"),
    path("schema/", SpectacularAPIView.as_view(**PUBLIC), name="api-schema"),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(
            url_name="api-schema", template_name="annotations/api_docs.html", **PUBLIC
        ),
        name="api-docs",
    ),
]
