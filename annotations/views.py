"""Server-rendered pages of the review desk."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from . import access
from .models import Article


@login_required
def article_list(request: HttpRequest) -> HttpResponse:
    articles = access.visible_articles(request.user)
    return render(request, "annotations/article_list.html", {"articles": articles})


@login_required
def article_review(request: HttpRequest, pk: int) -> HttpResponse:
    article: Article = access.get_article_for_user(request.user, pk)
    claims = article.claims.all()
    return render(
        request,
        "annotations/article_review.html",
        {"article": article, "claims": claims},
    )


@login_required
def claim_detail(request: HttpRequest, pk: int, claim_pk: int) -> HttpResponse:
    claim = access.get_claim_for_user(request.user, claim_pk, article_pk=pk)
    return render(request, "annotations/claim_detail.html", {"claim": claim})
