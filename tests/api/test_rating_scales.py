"""/api/v1/rating-scales/: the scales and their labels, read only."""

from __future__ import annotations

from annotations.models import RatingScale
from tests.api.base import APITestCase


class RatingScaleTests(APITestCase):
    def test_it_lists_the_default_scale_with_labels_in_order(self) -> None:
        response = self.get("/api/v1/rating-scales/", self.alice)
        self.assertEqual(response.status_code, 200)
        scale = response.json()["results"][0]
        self.assertTrue(scale["is_default"])
        self.assertGreater(scale["best_value"], scale["worst_value"])
        labels = {r["label"]: r["value"] for r in scale["ratings"]}
        self.assertEqual(labels["True"], 6)
        self.assertIsNone(labels["Unverifiable"])
        response = self.get(f"/api/v1/rating-scales/{scale['id']}/", self.alice)
        self.assertEqual(response.json()["name"], scale["name"])

    def test_access(self) -> None:
        pk = RatingScale.objects.get(is_default=True).pk
        self.assertEqual(self.get("/api/v1/rating-scales/").status_code, 401)
        self.assertEqual(
            self.get("/api/v1/rating-scales/", self.charlie).status_code, 404
        )
        self.assertEqual(
            self.get(f"/api/v1/rating-scales/{pk}/", self.charlie).status_code, 404
        )

    def test_it_is_read_only(self) -> None:
        response = self.post("/api/v1/rating-scales/", {"name": "Mine"}, self.erin)
        self.assertEqual(response.status_code, 405)

    def test_query_count(self) -> None:
        # 1 token + user, 2 groups, 3 count, 4 scales, 5 their labels.
        self.assertEqual(self.count_queries("/api/v1/rating-scales/", self.alice), 5)
        RatingScale.objects.create(name="Second", best_value=1, worst_value=0)
        self.assertEqual(self.count_queries("/api/v1/rating-scales/", self.alice), 5)
