"""Access matrix: every role x every desk page and API endpoint x every method.

The routes are discovered from the URL resolver, so a new route under
``/articles/`` or ``/api/v1/`` fails ``test_every_route_has_expectations`` until
it gets a row in ``EXPECTED``. Each cell drives the real stack (a session
cookie for pages, a token for the API) and runs inside a rolled-back
transaction, so every cell starts from the same data.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.authtoken.models import Token

from annotations.models import Article, Claim
from tests.base import BaseTestCase
from tests.factories import default_rating, make_article, make_claim, make_verdict

ROLES = ("anonymous", "charlie", "alice", "erin", "root")
WEB_METHODS = ("GET", "POST", "DELETE")
API_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")

# One row per route (and, for PATCH on a claim, per requested status); the
# columns follow ROLES: anonymous, charlie (no role), alice (reviewer), erin
# (editor), root (superuser). Web pages send anonymous users to the sign-in
# page (302); the API answers 401. Users without a role get 404 everywhere;
# reviewers get 403 on editor actions. A 302 in a signed-in column is the
# redirect after a successful POST (checked to carry no error message).
EXPECTED: dict[str, str] = {
    # ---- web pages
    "article-list GET": "302 404 200 200 200",
    "article-list POST": "302 404 200 200 200",
    "article-list DELETE": "302 404 200 200 200",
    "article-new GET": "302 404 200 200 200",
    "article-new POST": "302 404 302 302 302",
    "article-new DELETE": "302 404 200 200 200",
    "article-review GET": "302 404 200 200 200",
    "article-review POST": "302 404 200 200 200",
    "article-review DELETE": "302 404 200 200 200",
    "article-assign GET": "302 405 405 405 405",
    "article-assign POST": "302 404 403 302 302",
    "article-assign DELETE": "302 405 405 405 405",
    "article-archive GET": "302 405 405 405 405",
    "article-archive POST": "302 404 403 302 302",
    "article-archive DELETE": "302 405 405 405 405",
    "article-detect GET": "302 405 405 405 405",
    "article-detect POST": "302 404 403 302 302",
    "article-detect DELETE": "302 405 405 405 405",
    "claim-add GET": "302 405 405 405 405",
    "claim-add POST": "302 404 302 302 302",
    "claim-add DELETE": "302 405 405 405 405",
    "claim-detail GET": "302 404 200 200 200",
    "claim-detail POST": "302 404 200 200 200",
    "claim-detail DELETE": "302 404 200 200 200",
    "claim-panel GET": "302 404 200 200 200",
    "claim-panel POST": "302 404 200 200 200",
    "claim-panel DELETE": "302 404 200 200 200",
    "claim-verdict GET": "302 405 405 405 405",
    "claim-verdict POST": "302 404 302 302 302",
    "claim-verdict DELETE": "302 405 405 405 405",
    "claim-dismiss GET": "302 405 405 405 405",
    "claim-dismiss POST": "302 404 302 302 302",
    "claim-dismiss DELETE": "302 405 405 405 405",
    "claim-reopen GET": "302 405 405 405 405",
    "claim-reopen POST": "302 404 302 302 302",
    "claim-reopen DELETE": "302 405 405 405 405",
    "claim-request-second-review GET": "302 405 405 405 405",
    "claim-request-second-review POST": "302 404 302 302 302",
    "claim-request-second-review DELETE": "302 405 405 405 405",
    "claim-second-review GET": "302 405 405 405 405",
    "claim-second-review POST": "302 404 302 302 302",
    "claim-second-review DELETE": "302 405 405 405 405",
    "claim-approve GET": "302 405 405 405 405",
    "claim-approve POST": "302 404 403 302 302",
    "claim-approve DELETE": "302 405 405 405 405",
    "claim-reject GET": "302 405 405 405 405",
    "claim-reject POST": "302 404 403 302 302",
    "claim-reject DELETE": "302 405 405 405 405",
    "claim-publish GET": "302 405 405 405 405",
    "claim-publish POST": "302 404 403 302 302",
    "claim-publish DELETE": "302 405 405 405 405",
    "claim-assign GET": "302 405 405 405 405",
    "claim-assign POST": "302 404 403 302 302",
    "claim-assign DELETE": "302 405 405 405 405",
    # ---- API
    "api-article-list GET": "401 404 200 200 200",
    "api-article-list POST": "401 404 201 201 201",
    "api-article-list PUT": "401 404 405 405 405",
    "api-article-list PATCH": "401 404 405 405 405",
    "api-article-list DELETE": "401 404 405 405 405",
    "api-article GET": "401 404 200 200 200",
    "api-article POST": "401 404 405 405 405",
    "api-article PUT": "401 404 405 405 405",
    "api-article PATCH": "401 404 405 405 405",
    "api-article DELETE": "401 404 405 405 405",
    "api-claim-list GET": "401 404 200 200 200",
    "api-claim-list POST": "401 404 201 201 201",
    "api-claim-list PUT": "401 404 405 405 405",
    "api-claim-list PATCH": "401 404 405 405 405",
    "api-claim-list DELETE": "401 404 405 405 405",
    "api-claim GET": "401 404 200 200 200",
    "api-claim POST": "401 404 405 405 405",
    "api-claim PUT": "401 404 405 405 405",
    "api-claim PATCH dismissed": "401 404 200 200 200",
    "api-claim PATCH open": "401 404 200 200 200",
    "api-claim PATCH needs_second_review": "401 404 200 200 200",
    "api-claim PATCH in_review": "401 404 200 200 200",
    "api-claim PATCH approved": "401 404 403 200 200",
    "api-claim PATCH rejected": "401 404 403 200 200",
    "api-claim PATCH published": "401 404 403 200 200",
    "api-claim DELETE": "401 404 405 405 405",
    "api-verdict-list GET": "401 404 200 200 200",
    "api-verdict-list POST": "401 404 201 201 201",
    "api-verdict-list PUT": "401 404 405 405 405",
    "api-verdict-list PATCH": "401 404 405 405 405",
    "api-verdict-list DELETE": "401 404 405 405 405",
    "api-verdict GET": "401 404 200 200 200",
    "api-verdict POST": "401 404 405 405 405",
    "api-verdict PUT": "401 404 200 200 200",
    "api-verdict PATCH": "401 404 405 405 405",
    "api-verdict DELETE": "401 404 405 405 405",
    "api-rating-scale-list GET": "401 404 200 200 200",
    "api-rating-scale-list POST": "401 404 405 405 405",
    "api-rating-scale-list PUT": "401 404 405 405 405",
    "api-rating-scale-list PATCH": "401 404 405 405 405",
    "api-rating-scale-list DELETE": "401 404 405 405 405",
    "api-rating-scale GET": "401 404 200 200 200",
    "api-rating-scale POST": "401 404 405 405 405",
    "api-rating-scale PUT": "401 404 405 405 405",
    "api-rating-scale PATCH": "401 404 405 405 405",
    "api-rating-scale DELETE": "401 404 405 405 405",
    "api-export-claimreview GET": "401 404 200 200 200",
    "api-export-claimreview POST": "401 404 405 405 405",
    "api-export-claimreview PUT": "401 404 405 405 405",
    "api-export-claimreview PATCH": "401 404 405 405 405",
    "api-export-claimreview DELETE": "401 404 405 405 405",
    "api-export-annotations GET": "401 404 200 200 200",
    "api-export-annotations POST": "401 404 405 405 405",
    "api-export-annotations PUT": "401 404 405 405 405",
    "api-export-annotations PATCH": "401 404 405 405 405",
    "api-export-annotations DELETE": "401 404 405 405 405",
    "api-export-csv GET": "401 404 200 200 200",
    "api-export-csv POST": "401 404 405 405 405",
    "api-export-csv PUT": "401 404 405 405 405",
    "api-export-csv PATCH": "401 404 405 405 405",
    "api-export-csv DELETE": "401 404 405 405 405",
    "api-export-json GET": "401 404 200 200 200",
    "api-export-json POST": "401 404 405 405 405",
    "api-export-json PUT": "401 404 405 405 405",
    "api-export-json PATCH": "401 404 405 405 405",
    "api-export-json DELETE": "401 404 405 405 405",
    # The schema and its docs page are public (they describe the API, no data);
    # the plan (S4.5) wants them behind sign-in in production: the lead decides.
    "api-schema GET": "200 200 200 200 200",
    "api-schema POST": "405 405 405 405 405",
    "api-schema PUT": "405 405 405 405 405",
    "api-schema PATCH": "405 405 405 405 405",
    "api-schema DELETE": "405 405 405 405 405",
    "api-docs GET": "200 200 200 200 200",
    "api-docs POST": "405 405 405 405 405",
    "api-docs PUT": "405 405 405 405 405",
    "api-docs PATCH": "405 405 405 405 405",
    "api-docs DELETE": "405 405 405 405 405",
}


@dataclass(frozen=True)
class Fixture:
    """The objects the routes point at; each claim is in the state its action needs."""

    article: Article
    open: Claim  # no verdict yet
    reviewed: Claim  # verdict by bob, in review
    second: Claim  # verdict by bob, waiting for a second review
    approved: Claim  # verdict approved by the editor
    rating_pk: int
    scale_pk: int
    users: dict[str, Any]


def _claim_url(claim: Claim, action: str = "") -> str:
    return f"/articles/{claim.article_id}/claims/{claim.pk}/{action}"


# How to reach each route and what a valid request of each method sends:
# (path, {method: (data, claim-for-the-path)}); missing methods send no data.
Route = Callable[[Fixture], tuple[str, dict[str, Any]]]


def _web_routes(fx: Fixture) -> dict[str, tuple[str, dict[str, Any]]]:
    a = fx.article.pk
    alice = fx.users["alice"].pk
    verdict_form = {
        "rating": fx.rating_pk,
        "explanation": "The budget shows 44 million.",
        "version": "",
        "sources-TOTAL_FORMS": "1",
        "sources-INITIAL_FORMS": "0",
        "sources-0-url": "https://example.org/budget",
        "sources-0-title": "Budget",
    }
    return {
        "article-list": ("/articles/", {}),
        "article-new": (
            "/articles/new/",
            {"title": "Ferry fares", "language": "en", "body": "Fares rose 9 percent."},
        ),
        "article-review": (f"/articles/{a}/", {}),
        "article-assign": (f"/articles/{a}/assign/", {"assignee": alice}),
        "article-archive": (f"/articles/{a}/archive/", {}),
        "article-detect": (f"/articles/{a}/detect/", {}),
        "claim-add": (
            f"/articles/{a}/claims/new/",
            {"exact": "the new bridge cost", "kind": "statement"},
        ),
        "claim-detail": (_claim_url(fx.open), {}),
        "claim-panel": (_claim_url(fx.open, "panel/"), {}),
        "claim-verdict": (_claim_url(fx.open, "verdict/"), verdict_form),
        "claim-dismiss": (_claim_url(fx.open, "dismiss/"), {"note": "Not a claim."}),
        "claim-reopen": (_claim_url(fx.reviewed, "reopen/"), {}),
        "claim-request-second-review": (
            _claim_url(fx.reviewed, "request-second-review/"),
            {},
        ),
        "claim-second-review": (_claim_url(fx.second, "second-review/"), {}),
        "claim-approve": (_claim_url(fx.reviewed, "approve/"), {}),
        "claim-reject": (
            _claim_url(fx.reviewed, "reject/"),
            {"comment": "Cite the budget."},
        ),
        "claim-publish": (_claim_url(fx.approved, "publish/"), {}),
        "claim-assign": (_claim_url(fx.open, "assign/"), {"assignee": alice}),
    }


#: PATCH /api/v1/claims/<id>/ per requested status: (claim, body).
def _claim_patches(fx: Fixture) -> dict[str, tuple[Claim, dict[str, Any]]]:
    return {
        "dismissed": (fx.open, {"status": "dismissed", "note": "Opinion."}),
        "open": (fx.reviewed, {"status": "open"}),
        "needs_second_review": (fx.reviewed, {"status": "needs_second_review"}),
        "in_review": (fx.second, {"status": "in_review"}),
        "approved": (fx.reviewed, {"status": "approved"}),
        "rejected": (fx.reviewed, {"status": "open", "comment": "Cite it."}),
        "published": (fx.approved, {"status": "published"}),
    }


def _api_routes(fx: Fixture) -> dict[str, tuple[str, dict[str, Any]]]:
    verdict_pk = fx.reviewed.verdict.pk
    verdict_body = {"rating": fx.rating_pk, "explanation": "Checked."}
    return {
        "api-article-list": (
            "/api/v1/articles/",
            {"POST": {"title": "Ferry fares", "body": "Fares rose 9 percent."}},
        ),
        "api-article": (f"/api/v1/articles/{fx.article.pk}/", {}),
        "api-claim-list": (
            "/api/v1/claims/",
            {
                "POST": {
                    "article": fx.article.pk,
                    "kind": "statement",
                    "exact": "the new bridge cost",
                }
            },
        ),
        "api-claim": (f"/api/v1/claims/{fx.reviewed.pk}/", {}),
        "api-verdict-list": (
            "/api/v1/verdicts/",
            {"POST": {**verdict_body, "claim": fx.open.pk}},
        ),
        "api-verdict": (
            f"/api/v1/verdicts/{verdict_pk}/",
            {"PUT": {**verdict_body, "version": fx.reviewed.verdict.version}},
        ),
        "api-rating-scale-list": ("/api/v1/rating-scales/", {}),
        "api-rating-scale": (f"/api/v1/rating-scales/{fx.scale_pk}/", {}),
        "api-export-claimreview": ("/api/v1/export/claimreview/", {}),
        "api-export-annotations": ("/api/v1/export/annotations/", {}),
        "api-export-csv": ("/api/v1/export/verdicts.csv", {}),
        "api-export-json": ("/api/v1/export/verdicts.json", {}),
        "api-schema": ("/api/v1/schema/", {}),
        "api-docs": ("/api/v1/docs/", {}),
    }


def _walk(patterns: list[Any], prefix: str = "", namespace: str = "") -> Iterator:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = pattern.namespace or namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.name


def desk_routes() -> dict[str, str]:
    """Route name -> pattern, for every route under /articles/ and /api/v1/."""
    return {
        name: route
        for route, name in _walk(get_resolver().url_patterns)
        if route.startswith(("articles/", "api/v1/"))
    }


class _Rollback(Exception):
    pass


class AccessMatrixTests(BaseTestCase):
    fx: Fixture
    tokens: dict[str, str]

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        root = get_user_model().objects.create_superuser("root", password="pw-root")
        users = {
            "charlie": cls.charlie,
            "alice": cls.alice,
            "erin": cls.erin,
            "root": root,
        }
        cls.tokens = {n: Token.objects.create(user=u).key for n, u in users.items()}
        reviewed = make_claim(cls.article, text="20 percent", kind="percent")
        make_verdict(reviewed, reviewer=cls.bob)
        second = make_claim(
            cls.article,
            text="six months",
            kind="duration",
            status="needs_second_review",
        )
        make_verdict(second, reviewer=cls.bob)
        approved = make_claim(
            cls.article, text="Monday", kind="date", status="approved"
        )
        make_verdict(approved, reviewer=cls.bob, approved_by=cls.erin)
        rating = default_rating()
        cls.fx = Fixture(
            article=cls.article,
            open=cls.claim,
            reviewed=reviewed,
            second=second,
            approved=approved,
            rating_pk=rating.pk,
            scale_pk=rating.scale_id,
            users=users,
        )

    def _web_client(self, role: str) -> Client:
        client = Client()
        if role != "anonymous":
            client.force_login(self.fx.users[role])
        return client

    def _api_client(self, role: str) -> Client:
        if role == "anonymous":
            return Client()
        return Client(HTTP_AUTHORIZATION=f"Token {self.tokens[role]}")

    def _cell(self, client: Client, method: str, path: str, data: Any, api: bool):
        """One request in a transaction that is rolled back afterwards."""
        outcome: dict[str, Any] = {}
        client.cookies.pop("messages", None)  # judge this request's messages only
        try:
            with transaction.atomic():
                if api:
                    response = client.generic(
                        method,
                        path,
                        data=_json(data),
                        content_type="application/json",
                    )
                elif method == "POST":
                    response = client.post(path, data or {})
                else:
                    response = client.generic(method, path)
                _body(response)
                outcome["response"] = response
                raise _Rollback
        except _Rollback:
            pass
        return outcome["response"]

    def _cells(self) -> Iterator[tuple[str, str, str, str, Any, bool]]:
        """(row key, role, method, path, data, is_api) for every cell."""
        for name, (path, data) in _web_routes(self.fx).items():
            for method in WEB_METHODS:
                for role in ROLES:
                    yield f"{name} {method}", role, method, path, data, False
        patches = _claim_patches(self.fx)
        for name, (path, bodies) in _api_routes(self.fx).items():
            for method in API_METHODS:
                if name == "api-claim" and method == "PATCH":
                    for status, (claim, body) in patches.items():
                        claim_path = f"/api/v1/claims/{claim.pk}/"
                        key = f"{name} PATCH {status}"
                        for role in ROLES:
                            yield key, role, method, claim_path, body, True
                    continue
                for role in ROLES:
                    yield (
                        f"{name} {method}",
                        role,
                        method,
                        path,
                        bodies.get(method),
                        True,
                    )

    def test_every_role_gets_the_expected_status_on_every_route(self) -> None:
        web = {role: self._web_client(role) for role in ROLES}
        api = {role: self._api_client(role) for role in ROLES}
        mismatches = []
        cells = 0
        for key, role, method, path, data, is_api in self._cells():
            expected = int(EXPECTED[key].split()[ROLES.index(role)])
            client = api[role] if is_api else web[role]
            response = self._cell(client, method, path, data, is_api)
            cells += 1
            problem = _problem(response, expected, role, method, is_api)
            if problem:
                mismatches.append(f"{key} as {role}: {problem}")
        # Printed with -s / on failure: the figure for the report card.
        print(f"access matrix: {cells} cells, {len(mismatches)} mismatches")
        self.assertFalse(mismatches, "\n".join(mismatches))
        self.assertGreaterEqual(cells, 500)

    def test_every_route_has_expectations(self) -> None:
        routes = desk_routes()
        self.assertTrue(routes)
        rows = {key.split()[0] for key in EXPECTED}
        for name, pattern in routes.items():
            short = (name or "").removeprefix("annotations:")
            with self.subTest(route=pattern):
                self.assertIn(short, rows, f"/{pattern} has no row in EXPECTED")
                methods = API_METHODS if pattern.startswith("api/") else WEB_METHODS
                for method in methods:
                    self.assertTrue(
                        any(k.startswith(f"{short} {method}") for k in EXPECTED),
                        f"/{pattern} {method} has no expectation",
                    )
        self.assertEqual(rows - {n.removeprefix("annotations:") for n in routes}, set())


def _body(response: Any) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return bytes(response.content)


def _json(data: Any) -> str:
    return json.dumps(data) if data is not None else ""


def _problem(response: Any, expected: int, role: str, method: str, api: bool) -> str:
    status = response.status_code
    if status != expected:
        return f"got {status}, expected {expected}"
    if status == 302 and role == "anonymous":
        if not response["Location"].startswith("/accounts/login/"):
            return f"redirected to {response['Location']}, not to sign-in"
    elif status == 302:
        errors = [
            str(m)
            for m in messages.get_messages(response.wsgi_request)
            if m.level >= messages.ERROR
        ]
        if errors:
            return f"redirected with an error: {errors}"
    if api and status == 401 and "WWW-Authenticate" not in response:
        return "401 without WWW-Authenticate"
    return ""


class ArchivedArticleTests(BaseTestCase):
    """Archived articles and everything in them are gone from the desk and the API
    for every role, superuser included; only the Django admin still shows them."""

    root: Any
    gone: Article
    gone_claim: Claim
    gone_verdict: Any
    tokens: dict[str, str]

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.root = get_user_model().objects.create_superuser("root", password="pw")
        cls.gone = make_article(
            title="Archived zebra story", archived_at=datetime(2025, 1, 1, tzinfo=UTC)
        )
        cls.gone_claim = make_claim(cls.gone)
        cls.gone_verdict = make_verdict(cls.gone_claim, reviewer=cls.bob)
        cls.tokens = {
            u.username: Token.objects.create(user=u).key
            for u in (cls.alice, cls.erin, cls.charlie, cls.root)
        }

    def _object_paths(self) -> list[tuple[str, str]]:
        a, c = self.gone.pk, self.gone_claim.pk
        web = [
            ("GET", f"/articles/{a}/"),
            ("POST", f"/articles/{a}/assign/"),
            ("POST", f"/articles/{a}/claims/new/"),
        ]
        for action in ["", "panel/"]:
            web.append(("GET", f"/articles/{a}/claims/{c}/{action}"))
        for action in [
            "verdict/",
            "dismiss/",
            "reopen/",
            "request-second-review/",
            "second-review/",
            "approve/",
            "reject/",
            "publish/",
            "assign/",
        ]:
            web.append(("POST", f"/articles/{a}/claims/{c}/{action}"))
        return web

    def _api_paths(self) -> list[tuple[str, str]]:
        return [
            ("GET", f"/api/v1/articles/{self.gone.pk}/"),
            ("GET", f"/api/v1/claims/{self.gone_claim.pk}/"),
            ("PATCH", f"/api/v1/claims/{self.gone_claim.pk}/"),
            ("GET", f"/api/v1/verdicts/{self.gone_verdict.pk}/"),
            ("PUT", f"/api/v1/verdicts/{self.gone_verdict.pk}/"),
        ]

    def test_objects_of_an_archived_article_are_404_for_every_role(self) -> None:
        for user in (self.charlie, self.alice, self.erin, self.root):
            self.client.force_login(user)
            for method, path in self._object_paths():
                with self.subTest(user=user.username, path=path):
                    response = self.client.generic(method, path)
                    self.assertEqual(response.status_code, 404)
            api = Client(HTTP_AUTHORIZATION=f"Token {self.tokens[user.username]}")
            for method, path in self._api_paths():
                with self.subTest(user=user.username, path=path):
                    response = api.generic(
                        method, path, _json({"status": "dismissed"}), "application/json"
                    )
                    self.assertEqual(response.status_code, 404)

    def test_writes_naming_an_archived_claim_in_the_body_are_404(self) -> None:
        api = Client(HTTP_AUTHORIZATION=f"Token {self.tokens['root']}")
        rating = default_rating().pk
        body = {"claim": self.gone_claim.pk, "rating": rating, "explanation": "x"}
        response = api.post("/api/v1/verdicts/", body, "application/json")
        self.assertEqual(response.status_code, 404)
        body = {"article": self.gone.pk, "kind": "money", "exact": "45 million euros"}
        response = api.post("/api/v1/claims/", body, "application/json")
        self.assertEqual(response.status_code, 404)

    def test_lists_and_exports_leave_archived_articles_out(self) -> None:
        self.client.force_login(self.root)
        self.assertNotContains(self.client.get("/articles/"), "zebra")
        api = Client(HTTP_AUTHORIZATION=f"Token {self.tokens['root']}")
        for path in [
            "/api/v1/articles/",
            "/api/v1/claims/",
            "/api/v1/verdicts/",
            "/api/v1/export/claimreview/",
            "/api/v1/export/annotations/",
            "/api/v1/export/verdicts.csv",
            "/api/v1/export/verdicts.json",
        ]:
            with self.subTest(path=path):
                response = api.get(path)
                self.assertEqual(response.status_code, 200)
                content = _body(response)
                self.assertNotIn(b"zebra", content)
        ids = [v["id"] for v in api.get("/api/v1/verdicts/").json()["results"]]
        self.assertNotIn(self.gone_verdict.pk, ids)
        ids = [c["id"] for c in api.get("/api/v1/claims/").json()["results"]]
        self.assertNotIn(self.gone_claim.pk, ids)

    def test_the_admin_still_shows_an_archived_article_to_the_superuser(self) -> None:
        self.client.force_login(self.root)
        path = f"/admin/annotations/article/{self.gone.pk}/change/"
        self.assertContains(self.client.get(path), "Archived zebra story")

    def test_only_staff_reach_the_admin_archive_action(self) -> None:
        article = make_article(title="Keep me")
        for user in (self.alice, self.erin):
            self.client.force_login(user)
            response = self.client.post(
                "/admin/annotations/article/",
                {"action": "archive_articles", "_selected_action": [article.pk]},
            )
            self.assertEqual(response.status_code, 302)
            self.assertIn("/admin/login/", response["Location"])
        article.refresh_from_db()
        self.assertIsNone(article.archived_at)
