"""Every size limit on input, in one place: models, forms, serializers and the
OpenAPI schema read them from here, so a field has the same limit everywhere.

Lengths count Unicode code points, as Python, Django and JSON Schema do. Sizes
that operators may need to change (article length, upload size, sources per
verdict) are settings (README, Configuration); these are properties of the
data model.
"""

from __future__ import annotations

TITLE = 300
OUTLET = 200
BYLINE = 300
URL = 2000
LANGUAGE = 35
#: The CMS's own identifier of an article (unique per outlet).
EXTERNAL_ID = 200
IDEMPOTENCY_KEY = 200

NOTE = 5_000
EXPLANATION = 20_000
EDITOR_COMMENT = 5_000
#: ClaimReview's claimReviewed: Google asks for fewer than 75 characters.
CLAIM_SUMMARY = 74
CLAIMANT = 200

SOURCE_TITLE = 500
SOURCE_PUBLISHER = 200
SOURCE_EXCERPT = 5_000

#: A manual claim's quoted text, and the context sent to find it.
QUOTE = 20_000
QUOTE_CONTEXT = 1_000

#: How far ahead a publication date may be (embargoed copy is checked early).
PUBLISHED_DAYS_AHEAD = 31
#: Source access dates may be a day ahead (time zones), never more.
ACCESSED_DAYS_AHEAD = 1

#: Arrays and objects nested deeper than this in a JSON body are refused.
MAX_JSON_DEPTH = 32
