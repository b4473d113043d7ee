"""Server-rendered pages of the review desk: articles, the review page, claim actions."""

from .articles import (
    article_archive,
    article_assign,
    article_detect,
    article_list,
    article_new,
    article_review,
)
from .claims import (
    claim_add,
    claim_approve,
    claim_assign,
    claim_detail,
    claim_dismiss,
    claim_panel,
    claim_publish,
    claim_reject,
    claim_reopen,
    claim_request_second_review,
    claim_second_review,
    claim_verdict,
)

__all__ = [
    "article_archive",
    "article_assign",
    "article_detect",
    "article_list",
    "article_new",
    "article_review",
    "claim_add",
    "claim_approve",
    "claim_assign",
    "claim_detail",
    "claim_dismiss",
    "claim_panel",
    "claim_publish",
    "claim_reject",
    "claim_reopen",
    "claim_request_second_review",
    "claim_second_review",
    "claim_verdict",
]
