"""Web routes of the review desk, grouped by resource; one URL per action."""

from django.urls import path

from . import views

app_name = "annotations"

claim = "<int:pk>/claims/<int:claim_pk>/"

urlpatterns = [
    path("", views.article_list, name="article-list"),
    path("new/", views.article_new, name="article-new"),
    path("<int:pk>/", views.article_review, name="article-review"),
    path("<int:pk>/assign/", views.article_assign, name="article-assign"),
    path("<int:pk>/archive/", views.article_archive, name="article-archive"),
    path("<int:pk>/detect/", views.article_detect, name="article-detect"),
    path("<int:pk>/claims/new/", views.claim_add, name="claim-add"),
    path(claim, views.claim_detail, name="claim-detail"),
    path(claim + "panel/", views.claim_panel, name="claim-panel"),
    path(claim + "verdict/", views.claim_verdict, name="claim-verdict"),
    path(claim + "dismiss/", views.claim_dismiss, name="claim-dismiss"),
    path(claim + "reopen/", views.claim_reopen, name="claim-reopen"),
    path(
        claim + "request-second-review/",
        views.claim_request_second_review,
        name="claim-request-second-review",
    ),
    path(
        claim + "second-review/", views.claim_second_review, name="claim-second-review"
    ),
    path(claim + "approve/", views.claim_approve, name="claim-approve"),
    path(claim + "reject/", views.claim_reject, name="claim-reject"),
    path(claim + "publish/", views.claim_publish, name="claim-publish"),
    path(claim + "assign/", views.claim_assign, name="claim-assign"),
]
