"""The exports meet their standards: schema.org ClaimReview (with Google's
required and recommended fields) and the W3C Web Annotation model's MUSTs.

Both are expanded as JSON-LD with pyld, with the contexts shipped in
tests/data/jsonld (no network): every key must come out as its term's IRI with
each of its values (a term the context does not define would be dropped), and
every schema.org property must belong to the type it is used on.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.test import override_settings
from django.utils import timezone
from pyld import jsonld

from annotations import exports, limits
from annotations.languages import normalize_language
from annotations.models import Claim
from tests.api.base import APITestCase
from tests.factories import default_rating, make_article, make_claim, make_verdict
from tests.hostile import naughty_strings

CONTEXTS = Path(__file__).parent / "data" / "jsonld"
DOCUMENTS = {
    "https://schema.org": "schemaorg-context.jsonld",
    "https://schema.org/": "schemaorg-context.jsonld",
    "http://schema.org/": "schemaorg-context.jsonld",
    "http://www.w3.org/ns/anno.jsonld": "anno.jsonld",
    "https://www.w3.org/ns/anno.jsonld": "anno.jsonld",
}
SITE = "https://desk.harbourcourier.news/"
PUBLIC = "https://harbourcourier.news/fact-checks/"

# schema.org: the properties each type the export uses may carry (its own and
# those it inherits: Thing > CreativeWork > Review > ClaimReview, Thing >
# CreativeWork > Claim, Thing > Intangible > Rating).
THING = {"name", "alternateName", "url", "description", "identifier", "sameAs"}
CREATIVE_WORK = THING | {
    "author",
    "datePublished",
    "dateModified",
    "headline",
    "inLanguage",
    "publisher",
}
PROPERTIES = {
    "ClaimReview": CREATIVE_WORK | {"itemReviewed", "reviewRating", "claimReviewed"},
    "Claim": CREATIVE_WORK | {"appearance", "firstAppearance"},
    "CreativeWork": CREATIVE_WORK,
    "Rating": THING
    | {"ratingValue", "bestRating", "worstRating", "ratingExplanation", "author"},
    "Organization": THING,
    "Person": THING,
}
SCHEMA = "http://schema.org/"
XSD_DATETIME_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z")
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing",
    "editing", "highlighting", "identifying", "linking", "moderating",
    "questioning", "replying", "tagging",
}  # fmt: skip


def read(response: Any) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return bytes(response.content)


def load(url: str, options: Any = None) -> dict[str, Any]:
    if url not in DOCUMENTS:
        raise AssertionError(f"the test would fetch {url} from the network")
    document = json.loads((CONTEXTS / DOCUMENTS[url]).read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


def expansion_problems(document: dict[str, Any]) -> list[str]:
    """Problems the JSON-LD expansion of ``document`` shows: a key the context
    does not define (expansion drops it), or a value that did not survive.

    The expansion is walked beside the document: every key must have become
    its term's IRI, every value one value of it, in order.
    """
    context = document["@context"]
    [expanded] = jsonld.expand(document, {"documentLoader": load})
    return _compare(document, expanded, context, "")


_IRIS: dict[tuple[str, str], str | None] = {}


def _iri(term: str, context: Any) -> str | None:
    key = (json.dumps(context), term)
    if key not in _IRIS:
        probe = jsonld.expand(
            {"@context": context, term: "x"}, {"documentLoader": load}
        )
        _IRIS[key] = next(iter(probe[0]), None) if probe else None
    return _IRIS[key]


def _compare(
    original: dict[str, Any], expanded: dict[str, Any], context: Any, path: str
) -> list[str]:
    problems: list[str] = []
    for key, value in original.items():
        where = f"{path}.{key}"
        if key == "@context":
            continue
        if key in ("@type", "type", "@id", "id"):
            if ("@type" if key.endswith("type") else "@id") not in expanded:
                problems.append(f"{where} was lost")
            continue
        iri = _iri(key, context)
        if iri is None or iri not in expanded:
            problems.append(f"{where}: the context does not define {key!r}")
            continue
        values = value if isinstance(value, list) else [value]
        got = expanded[iri]
        if len(got) == 1 and "@list" in got[0]:
            got = got[0]["@list"]
        if len(got) != len([v for v in values if v is not None]):
            problems.append(f"{where}: {len(values)} values became {len(got)}")
            continue
        for index, (mine, theirs) in enumerate(zip(values, got, strict=True)):
            if isinstance(mine, dict):
                problems += _compare(mine, theirs, context, f"{where}[{index}]")
            elif "@id" in theirs and not absolute_http(theirs["@id"]):
                problems.append(f"{where}: {theirs['@id']!r} is not an absolute IRI")
            elif "@id" not in theirs and "@value" not in theirs:
                problems.append(f"{where}: {mine!r} is not a value")
    return problems


def absolute_http(url: Any) -> bool:
    parts = urlsplit(url) if isinstance(url, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.netloc)


def schema_org_problems(node: Any, path: str = "") -> list[str]:
    """Every property of every typed node belongs to its type."""
    problems: list[str] = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            problems += schema_org_problems(item, f"{path}[{index}]")
    elif isinstance(node, dict):
        kind = node.get("@type")
        allowed = PROPERTIES.get(str(kind))
        if kind is not None and allowed is None:
            problems.append(f"{path}: unexpected type {kind}")
        for key, value in node.items():
            if key.startswith("@"):
                continue
            if allowed is not None and key not in allowed:
                problems.append(f"{path}: {kind} has no property {key}")
            problems += schema_org_problems(value, f"{path}.{key}")
    return problems


def claimreview_problems(review: dict[str, Any]) -> list[str]:
    """Google's required and recommended ClaimReview fields, and schema.org's."""
    problems = expansion_problems(review) + schema_org_problems(review)
    if review.get("@type") != "ClaimReview":
        problems.append("@type is not ClaimReview")
    summary = review.get("claimReviewed")
    if not isinstance(summary, str) or not summary.strip():
        problems.append("claimReviewed is missing")
    else:
        if len(summary) >= 75:
            problems.append(f"claimReviewed is {len(summary)} characters")
        if summary[0] in exports._QUOTES or summary[-1] in exports._QUOTES:
            problems.append("claimReviewed keeps its quotation marks")
    url = review.get("url", "")
    if not (absolute_http(url) and url.startswith(PUBLIC)):
        problems.append(f"url {url!r} is not on the public site")
    author = review.get("author") or {}
    if author.get("@type") != "Organization" or not author.get("name"):
        problems.append("author (the organisation) is missing")
    date.fromisoformat(review.get("datePublished", ""))
    rating = review.get("reviewRating") or {}
    if not rating.get("name") or not rating.get("alternateName"):
        problems.append("reviewRating has no name or alternateName")
    if "ratingValue" in rating:
        value = rating["ratingValue"]
        best, worst = rating.get("bestRating"), rating.get("worstRating")
        if best is None or worst is None:
            problems.append("ratingValue without bestRating and worstRating")
        elif not min(best, worst) <= value <= max(best, worst):
            problems.append("ratingValue is off its scale")
    item = review.get("itemReviewed") or {}
    if item.get("@type") != "Claim":
        problems.append("itemReviewed is not a Claim")
    if not absolute_http((item.get("appearance") or {}).get("url")):
        problems.append("itemReviewed.appearance has no URL")
    if not (item.get("author") or {}).get("name"):
        problems.append("itemReviewed.author (the claimant) is missing")
    language = review.get("inLanguage", "")
    if normalize_language(language) != language:
        problems.append(f"inLanguage {language!r} is not canonical BCP 47")
    return problems


def annotation_problems(annotation: dict[str, Any]) -> list[str]:
    """The MUSTs of the Web Annotation Data Model for one annotation."""
    problems: list[str] = []
    if not absolute_http(annotation.get("id")) or not annotation["id"].startswith(SITE):
        problems.append("id is not an IRI on the desk")
    if annotation.get("type") != "Annotation":
        problems.append("type is not Annotation")
    if annotation.get("motivation") not in MOTIVATIONS:
        problems.append(f"motivation {annotation.get('motivation')!r}")
    for key in ("created", "modified"):
        if not XSD_DATETIME_UTC.fullmatch(str(annotation.get(key))):
            problems.append(f"{key} {annotation.get(key)!r} is not UTC xsd:dateTime")
    for body in annotation.get("body", []):
        if body.get("type") != "TextualBody" or "value" not in body:
            problems.append("a TextualBody without value")
        if body.get("purpose") not in MOTIVATIONS:
            problems.append(f"purpose {body.get('purpose')!r}")
    targets = annotation.get("target")
    if not isinstance(targets, list) or not targets:
        return [*problems, "no target"]
    for target in targets:
        if target.get("type") != "SpecificResource" or not absolute_http(
            target.get("source")
        ):
            problems.append("a target without an IRI source")
        selectors = target.get("selector")
        selectors = selectors if isinstance(selectors, list) else [selectors]
        for selector in selectors:
            if selector.get("type") == "TextQuoteSelector":
                if not isinstance(selector.get("exact"), str):
                    problems.append("TextQuoteSelector without exact")
            elif selector.get("type") == "TextPositionSelector":
                start, end = selector.get("start"), selector.get("end")
                if not (isinstance(start, int) and isinstance(end, int)):
                    problems.append("TextPositionSelector without start and end")
                elif not 0 <= start <= end:
                    problems.append("TextPositionSelector start > end")
            else:
                problems.append(f"selector {selector.get('type')!r}")
    return problems


@override_settings(
    FACTCHECK_SITE_URL=SITE,
    FACTCHECK_PUBLIC_BASE_URL=PUBLIC,
    FACTCHECK_ORGANIZATION_NAME="Harbour Courier Fact Desk",
    FACTCHECK_ORGANIZATION_URL="https://harbourcourier.news/",
)
class ExportStandardsTests(APITestCase):
    published: list[Claim]
    BODY = (
        "The port authority said on Friday that dredging cost 84 million dollars, "
        'a third more than planned. "Ships will save two days per crossing," '
        "said harbour master Ines Okafor. Cargo volumes rose 6 percent. "
        "Critics called it the most expensive project in the city's history."
    )

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        with_page = make_article(
            title="Dredging bill grows",
            body=cls.BODY,
            url="https://harbourcourier.news/dredging",
            outlet="Harbour Courier",
            byline="Sam Reyes",
            published=date(2025, 5, 2),
            language="en-GB",
        )
        bare = make_article(title="Dredging, the wire copy", body=cls.BODY)
        cls.published = []
        specs = [
            (with_page, "84 million dollars", "money", {}, "False", {}),
            (with_page, "Ships will save two days per crossing,", "quote",
             {"speaker": "Ines Okafor"}, "Mostly true", {}),
            (with_page, "6 percent", "percent", {}, "True",
             {"summary": "Cargo volumes rose 6 percent", "claimant": "Port authority"}),
            (bare, "the most expensive project in the city's history", "statement",
             {}, "Unverifiable", {"claimant": "Critics"}),
            (bare, "84 million dollars", "money", {}, "Not a claim", {}),
        ]  # fmt: skip
        for article, text, kind, value, label, extra in specs:
            claim = make_claim(article, text=text, kind=kind, value=value)
            make_verdict(
                claim,
                reviewer=cls.alice,
                rating=default_rating(label),
                explanation=f"{label}: the port's accounts say otherwise.",
                published_at=timezone.now(),
                **extra,
            )
            claim.status = Claim.Status.PUBLISHED
            claim.save()
            cls.published.append(claim)
        make_claim(bare, text="6 percent", kind="percent")  # no verdict

    def export(self, name: str, **params: Any) -> Any:
        response = self.get(f"/api/v1/export/{name}/", self.alice, **params)
        self.assertEqual(response.status_code, 200)
        return json.loads(read(response))

    def test_every_claimreview_meets_the_standard(self) -> None:
        reviews = self.export("claimreview")
        self.assertEqual(len(reviews), 4)  # "Not a claim" is not published
        for review in reviews:
            self.assertEqual(claimreview_problems(review), [], review)

    def test_not_a_claim_is_never_a_claimreview(self) -> None:
        not_a_claim = self.published[-1]
        urls = {review["url"] for review in self.export("claimreview")}
        self.assertNotIn(exports.public_url(not_a_claim), urls)

    def test_claimants_come_from_the_verdict_the_speaker_or_the_byline(self) -> None:
        authors = {
            review["url"]: review["itemReviewed"]["author"]["name"]
            for review in self.export("claimreview")
        }
        money, quote, share, statement, _ = self.published
        self.assertEqual(authors[exports.public_url(money)], "Sam Reyes")
        self.assertEqual(authors[exports.public_url(quote)], "Ines Okafor")
        self.assertEqual(authors[exports.public_url(share)], "Port authority")
        self.assertEqual(authors[exports.public_url(statement)], "Critics")

    def test_a_claim_without_any_claimant_says_why(self) -> None:
        article = make_article(title="Anonymous", body="It cost 5 euros, they said.")
        claim = make_claim(article, text="5 euros")
        make_verdict(claim, reviewer=self.alice)
        author, reason = exports.claimant_of(claim)
        self.assertIsNone(author)
        self.assertIn("name one on the verdict", reason)

    def test_the_reviewer_summary_or_a_clean_cut_is_claim_reviewed(self) -> None:
        reviews = {r["url"]: r for r in self.export("claimreview")}
        money, quote, share, _, _ = self.published
        self.assertEqual(
            reviews[exports.public_url(share)]["claimReviewed"],
            "Cargo volumes rose 6 percent",
        )
        self.assertEqual(
            reviews[exports.public_url(quote)]["claimReviewed"],
            "Ships will save two days per crossing",
        )
        cut = reviews[exports.public_url(money)]["claimReviewed"]
        self.assertTrue(cut.endswith(" …"), cut)
        self.assertTrue(self.BODY.startswith(cut.removesuffix(" …")), cut)

    def test_appearance_falls_back_to_the_desk_page(self) -> None:
        statement = self.published[3]
        review = next(
            r
            for r in self.export("claimreview")
            if r["url"] == exports.public_url(statement)
        )
        self.assertEqual(
            review["itemReviewed"]["appearance"]["url"],
            f"{SITE}articles/{statement.article_id}/",
        )

    def test_every_annotation_meets_the_web_annotation_model(self) -> None:
        page = self.export("annotations")
        self.assertEqual(expansion_problems(page), [])
        self.assertEqual(page["type"], "AnnotationPage")
        self.assertTrue(page["id"].startswith(SITE), page["id"])
        collection = page["partOf"]
        self.assertEqual(collection["type"], "AnnotationCollection")
        self.assertTrue(collection["id"].startswith(SITE))
        self.assertEqual(collection["total"], len(page["items"]))
        self.assertEqual(page["startIndex"], 0)
        self.assertEqual(len(page["items"]), Claim.objects.count())
        for annotation in page["items"]:
            self.assertEqual(annotation_problems(annotation), [], annotation)

    def test_offsets_fit_the_text_of_the_target_source(self) -> None:
        """The source is the desk's article resource: fetch it and find the
        exact text at the offsets."""
        for annotation in self.export("annotations")["items"]:
            target = annotation["target"][0]
            path = "/" + target["source"].removeprefix(SITE)
            body = self.get(path, self.alice).json()["body"]
            quote, position = target["selector"]
            self.assertEqual(body[position["start"] : position["end"]], quote["exact"])

    def test_ids_ignore_the_host_header(self) -> None:
        client = self.client_for(self.alice)
        pages = [
            client.get("/api/v1/export/annotations/", HTTP_HOST=host)
            for host in ("localhost", "127.0.0.1")
        ]
        first, second = (json.loads(read(p)) for p in pages)
        self.assertEqual(first, second)

    def test_an_empty_result_is_a_collection_of_zero(self) -> None:
        empty = self.export("annotations", kind="duration")
        self.assertEqual(expansion_problems(empty), [])
        self.assertEqual(empty["type"], "AnnotationCollection")
        self.assertEqual(empty["total"], 0)
        self.assertNotIn("first", empty)
        self.assertTrue(empty["id"].startswith(SITE + "api/v1/export/annotations/?"))
        self.assertIn("kind=duration", empty["id"])

    def test_hostile_text_still_meets_both_standards(self) -> None:
        strings = [s for s in naughty_strings()[::7] if s.strip() and "\x00" not in s]
        strings = [s for s in strings if not re.search("[\ud800-\udfff]", s)]
        for index, text in enumerate(strings):
            article = make_article(
                title=text[: limits.TITLE], body=f"Item {index} cost 5 euros."
            )
            claim = make_claim(article, text="5 euros")
            make_verdict(
                claim,
                reviewer=self.alice,
                explanation=text,
                claimant=text[: limits.CLAIMANT].strip(),
                published_at=timezone.now(),
            )
            claim.status = Claim.Status.PUBLISHED
            claim.save()
        for review in self.export("claimreview"):
            self.assertEqual(claimreview_problems(review), [], review["url"])
        for annotation in self.export("annotations")["items"]:
            self.assertEqual(annotation_problems(annotation), [])

    def test_the_validators_catch_what_breaks_the_standards(self) -> None:
        """The checks above are not vacuous: each broken copy is caught."""
        review = self.export("claimreview")[0]
        broken = [
            {**review, "claimReviewd": review["claimReviewed"]},  # no such property
            {**review, "claimReviewed": '"' + review["claimReviewed"] + '"'},
            {**review, "claimReviewed": "x" * 80},
            {**review, "url": "https://elsewhere.example/1/"},
            {**review, "itemReviewed": {"@type": "Claim", "appearance": {}}},
            {**review, "reviewRating": {"@type": "Rating", "ratingValue": 3}},
            {**review, "inLanguage": "EN-gb"},
        ]
        for copy in broken:
            self.assertTrue(claimreview_problems(copy), copy)
        annotation = self.export("annotations")["items"][0]
        for copy in (
            {**annotation, "created": "2025-05-02T10:00:00+02:00"},
            {**annotation, "target": []},
            {**annotation, "motivation": "grading"},
            {**annotation, "id": "https://localhost/x"},
        ):
            self.assertTrue(annotation_problems(copy), copy)
        anno = {"@context": exports.ANNO_CONTEXT, "type": "Annotation", "nick": "x"}
        self.assertTrue(expansion_problems(anno))  # a term anno.jsonld lacks
