"""Articles in other languages on the desk: the language chosen or detected
on Add article, claims and checks in that language, text direction, and the
notice where statements are not scored."""

from __future__ import annotations

from annotations import services
from annotations.languages import guess_language, text_direction
from annotations.models import Article
from tests.base import BaseTestCase
from tests.factories import make_article

SPANISH = (
    "El Gobierno destinará 2.400 millones de euros (unos 2.600 millones de "
    "dólares) a reforzar la red eléctrica, anunció el ministerio el martes. Las "
    "obras durarán tres años y medio."
)
ARABIC = "قالت الحكومة إن المشروع سيكلف مليوني دولار ويستغرق ثلاث سنوات."


class AddArticleLanguageTests(BaseTestCase):
    def post(self, **data: str):
        fields = {"title": "Red eléctrica", "published": "2024-05-16", "body": SPANISH}
        fields.update(data)
        self.client.force_login(self.alice)
        return self.client.post("/articles/new/", fields)

    def test_an_empty_language_is_taken_from_the_text(self) -> None:
        self.post(language="")
        article = Article.objects.get(title="Red eléctrica")
        self.assertEqual(article.language, "es")
        money = article.claims.get(text="2.400 millones de euros")
        self.assertEqual(money.value["value"], 2.4e9)
        self.assertTrue(article.claims.filter(kind="duration").exists())

    def test_a_chosen_language_wins_over_the_guess(self) -> None:
        self.post(language="es-MX")
        self.assertEqual(Article.objects.get(title="Red eléctrica").language, "es-MX")

    def test_the_form_suggests_the_languages_detection_reads(self) -> None:
        self.client.force_login(self.alice)
        page = self.client.get("/articles/new/")
        for tag, name in (("es", "Spanish"), ("fr", "French"), ("de", "German")):
            self.assertContains(
                page, f'<option value="{tag}">{name}</option>', html=True
            )
        self.assertContains(page, 'list="language-options"')

    def test_the_checks_are_worded_in_the_articles_language(self) -> None:
        self.post(language="")
        conversion = Article.objects.get(title="Red eléctrica").claims.get(
            kind="conversion"
        )
        [check] = conversion.checks
        self.assertEqual(check["check"], "currency_conversion")
        self.assertIn("tipo de referencia del BCE", check["explanation"])


class ReviewPageLanguageTests(BaseTestCase):
    def test_article_text_carries_its_language_and_direction(self) -> None:
        article = services.ingest_article(title="Arabic", body=ARABIC, language="ar")
        self.client.force_login(self.alice)
        page = self.client.get(f"/articles/{article.pk}/")
        self.assertContains(page, 'id="article-text" lang="ar" dir="rtl"')
        self.assertContains(page, '<h1 lang="ar" dir="rtl">Arabic</h1>', html=True)

    def test_english_text_runs_left_to_right(self) -> None:
        article = make_article(language="en")
        self.client.force_login(self.alice)
        page = self.client.get(f"/articles/{article.pk}/")
        self.assertContains(page, 'id="article-text" lang="en" dir="ltr"')
        self.assertNotContains(page, 'id="statements-notice"')

    def test_a_language_without_a_statement_model_says_so(self) -> None:
        article = services.ingest_article(title="Red", body=SPANISH, language="es")
        self.client.force_login(self.alice)
        page = self.client.get(f"/articles/{article.pk}/")
        self.assertContains(
            page,
            "Scoring of check-worthy statements is not available for Spanish; "
            "figures and quotes are still flagged.",
        )
        self.assertFalse(article.claims.filter(kind="statement").exists())


class LanguageHelperTests(BaseTestCase):
    def test_directions_come_from_cldr(self) -> None:
        for tag, direction in (("ar", "rtl"), ("he", "rtl"), ("fa-IR", "rtl")):
            self.assertEqual(text_direction(tag), direction)
        for tag in ("en", "es-MX", "de-CH", "qaa"):
            self.assertEqual(text_direction(tag), "ltr")

    def test_guesses_read_the_text_and_fall_back_for_short_text(self) -> None:
        self.assertEqual(guess_language(SPANISH), "es")
        self.assertEqual(
            guess_language("Der Bund will 4,5 Milliarden Euro in die Bahn stecken."),
            "de",
        )
        self.assertEqual(guess_language("12 %"), "en")
