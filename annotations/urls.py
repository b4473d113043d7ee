"""Web routes of the review desk."""

from django.urls import path

from . import views

app_name = "annotations"

urlpatterns = [
    path("", views.article_list, name="article-list"),
    path("<int:pk>/", views.article_review, name="article-review"),
    path("<int:pk>/claims/<int:claim_pk>/", views.claim_detail, name="claim-detail"),
]
