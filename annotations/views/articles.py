"""Article pages: the list, adding an article, the review page, assignment."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .. import access, services
from ..forms import ArticleForm, AssignForm
from ..models import Article, Claim
from .review import review_context

PAGE_SIZE = 25
FILTERS = {
    "needs-review": "Needs review",
    "mine": "Assigned to me",
    "published": "Published",
}


def _desk_status(article: Any) -> str:
    if article.detection_status == Article.DetectionStatus.FAILED:
        return "Detection failed"
    if article.detection_status == Article.DetectionStatus.UNSUPPORTED:
        return "No automatic detection" if not article.total else "Manual claims"
    if not article.total:
        pending = article.detection_status == Article.DetectionStatus.PENDING
        return "Detecting" if pending else "No claims"
    if article.reviewed == 0:
        return "Not started"
    if article.reviewed < article.total:
        return "In progress"
    return "Published" if article.published_count else "Reviewed"


@login_required
def article_list(request: HttpRequest) -> HttpResponse:
    access.require(request.user, access.Action.VIEW)
    # PostgreSQL refuses NUL in a query (a 500); the search ignores it.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    active = request.GET.get("filter", "")
    articles = (
        access.visible_articles(request.user)
        .defer("body", "detection_error")
        .annotate(
            total=Count("claims"),
            reviewed=Count("claims", filter=~Q(claims__status=Claim.Status.OPEN)),
            open_count=Count("claims", filter=Q(claims__status=Claim.Status.OPEN)),
            published_count=Count(
                "claims", filter=Q(claims__status=Claim.Status.PUBLISHED)
            ),
        )
        .order_by("-created_at", "-id")
    )
    if query:
        articles = articles.filter(title__icontains=query)
    if active == "needs-review":
        articles = articles.filter(open_count__gt=0)
    elif active == "published":
        articles = articles.filter(published_count__gt=0)
    elif active == "mine":
        mine = Claim.objects.filter(article=OuterRef("pk"), assignee=request.user.pk)
        articles = articles.filter(Q(assignee=request.user.pk) | Exists(mine))
    page = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    for article in page:
        article.desk_status = _desk_status(article)
    return render(
        request,
        "annotations/article_list.html",
        {
            "page": page,
            "query": query,
            "active": active,
            "active_label": FILTERS.get(active, ""),
            "filters": FILTERS,
        },
    )


@login_required
def article_new(request: HttpRequest) -> HttpResponse:
    access.require(request.user, access.Action.ADD_ARTICLE)
    posted = request.method == "POST"
    form = ArticleForm(request.POST, request.FILES) if posted else ArticleForm()
    duplicate = None
    if posted and form.is_valid():
        data = form.cleaned_data
        try:
            article = services.ingest_article(
                title=data["title"],
                body=data["body"],
                added_by=request.user,
                url=data["url"] or "",
                outlet=data["outlet"],
                byline=data["byline"],
                published=data["published"],
                language=data["language"],
                allow_copy=data["allow_copy"],
            )
        except services.DuplicateArticle as exc:
            duplicate = exc
            form = _form_for_resubmission(request, data["body"])
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _added_message(article))
            return redirect(article)
    status = (409 if duplicate else 400) if posted else 200
    return render(
        request,
        "annotations/article_new.html",
        {"form": form, "duplicate": duplicate},
        status=status,
    )


def _form_for_resubmission(request: HttpRequest, body: str) -> ArticleForm:
    """The posted form again, carrying an uploaded file's text as pasted text
    (a browser never fills a file input back in)."""
    data = request.POST.copy()
    data["body"] = body
    form = ArticleForm(data)
    form.is_valid()
    return form


def _added_message(article: Article) -> str:
    if article.detection_status == Article.DetectionStatus.UNSUPPORTED:
        return (
            f"Article added. {article.detection_error} Add claims by selecting "
            "text on the review page."
        )
    count = article.claims.count()
    return f"Article added: {count} claim{'s' * (count != 1)} flagged."


def _add_errors(form: Any, exc: ValidationError) -> None:
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc)
        return
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


@login_required
def article_review(request: HttpRequest, pk: int) -> HttpResponse:
    article = access.get_article_for_user(request.user, pk)
    return render(
        request, "annotations/article_review.html", review_context(request, article)
    )


@login_required
@require_POST
def article_assign(request: HttpRequest, pk: int) -> HttpResponse:
    article = access.get_article_for_user(request.user, pk)
    access.require(request.user, access.Action.ASSIGN)
    form = AssignForm(request.POST)
    if form.is_valid():
        assignee = form.cleaned_data["assignee"]
        services.assign_article(article=article, assignee=assignee, user=request.user)
        messages.success(
            request,
            f"Article assigned to {assignee}." if assignee else "Article unassigned.",
        )
    else:
        messages.error(request, "Choose a reviewer from the list.")
    return redirect(article)


@login_required
@require_POST
def article_archive(request: HttpRequest, pk: int) -> HttpResponse:
    """Hide the article from every list; it and its verdicts are kept."""
    article = access.get_article_for_user(request.user, pk)
    access.require(request.user, access.Action.MANAGE_ARTICLES)
    services.archive_article(article=article, user=request.user)
    messages.success(request, f"“{article.title}” archived. Nothing was deleted.")
    return redirect("annotations:article-list")


@login_required
@require_POST
def article_detect(request: HttpRequest, pk: int) -> HttpResponse:
    """Run detection again; claims people touched are kept as they are."""
    article = access.get_article_for_user(request.user, pk)
    access.require(request.user, access.Action.MANAGE_ARTICLES)
    result = services.run_detection(article)
    if article.detection_status == Article.DetectionStatus.UNSUPPORTED:
        messages.info(request, article.detection_error)
    elif result.errors:
        messages.error(request, f"Detection failed again: {result.errors[0][:200]}")
    else:
        messages.success(
            request,
            f"Detection ran: {result.created} new, {result.kept} kept, "
            f"{result.removed} removed.",
        )
    return redirect(article)
