"""Web forms of the review desk: parse and validate input, nothing more."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q

from . import access, limits
from .htmltext import html_to_text
from .languages import LANGUAGE_PATTERN, guess_language
from .models import (
    Claim,
    Rating,
    http_url_validator,
    validate_accessed,
    validate_published,
)

UPLOAD_TYPES = {".txt": "text", ".html": "html", ".htm": "html"}


class HttpURLField(forms.URLField):
    """A URL field that accepts http and https only (never javascript: or data:)."""

    default_validators = [http_url_validator]
    default_error_messages = {"invalid": "Enter an http:// or https:// address."}


class ArticleForm(forms.Form):
    title = forms.CharField(max_length=limits.TITLE)
    url = HttpURLField(
        label="Source URL", required=False, max_length=limits.URL, assume_scheme="https"
    )
    outlet = forms.CharField(max_length=limits.OUTLET, required=False)
    byline = forms.CharField(max_length=limits.BYLINE, required=False)
    published = forms.DateField(
        label="Published date",
        required=False,
        validators=[validate_published],
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Used to resolve relative dates such as “last Tuesday”.",
    )
    language = forms.RegexField(
        LANGUAGE_PATTERN,
        max_length=limits.LANGUAGE,
        required=False,
        error_messages={"invalid": "Use a BCP 47 tag such as en, en-GB or pt-BR."},
        widget=forms.TextInput(attrs={"list": "language-options"}),
        help_text="A BCP 47 tag such as en, es-MX or fr. Leave it empty to detect "
        "the language from the text. Claims are flagged automatically in "
        "English, Spanish, French and German; other languages are stored for "
        "manual review.",
    )
    body = forms.CharField(
        label="Article text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text="Paste the text, or upload a file below. Blank lines separate "
        "paragraphs.",
    )
    upload = forms.FileField(
        label="Or upload a file",
        required=False,
        help_text="A .txt or .html file (HTML is reduced to its readable text).",
    )
    # Shown only when the text is already on the desk from another outlet.
    allow_copy = forms.BooleanField(
        label="Add it anyway: this is the same text from another outlet",
        required=False,
    )

    def clean_upload(self) -> str | None:
        upload = self.cleaned_data.get("upload")
        if not upload:
            return None
        kind = UPLOAD_TYPES.get(PurePath(upload.name or "").suffix.lower())
        if kind is None:
            raise forms.ValidationError(
                "Upload a .txt or .html file; other file types are not accepted."
            )
        limit = settings.FACTCHECK_MAX_UPLOAD_BYTES
        if upload.size is not None and upload.size > limit:
            raise forms.ValidationError(
                f"The file is too large: {upload.size:,} bytes; the limit is {limit:,}."
            )
        try:
            text = upload.read(limit + 1).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(
                "The file is not UTF-8 text. Save it as UTF-8 and try again."
            ) from None
        return html_to_text(text) if kind == "html" else text

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        pasted = data.get("body") or ""
        uploaded = data.get("upload")
        if "upload" in self.errors:
            return data
        if pasted.strip() and uploaded is not None:
            raise forms.ValidationError("Paste the text or upload a file, not both.")
        if uploaded is not None:
            data["body"] = uploaded
        elif not pasted.strip():
            self.add_error("body", "Paste the article text or upload a file.")
        if not data.get("language") and data.get("body"):
            # No language chosen: the text says which it is.
            data["language"] = guess_language(data["body"])
        return data


class VerdictForm(forms.Form):
    rating = forms.ModelChoiceField(
        label="Rating", queryset=Rating.objects.none(), empty_label="Choose a rating"
    )
    explanation = forms.CharField(
        label="Explanation",
        strip=False,
        max_length=limits.EXPLANATION,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Your reasoning, in words a reader can follow.",
    )
    summary = forms.CharField(
        label="Claim in short",
        required=False,
        max_length=limits.CLAIM_SUMMARY,
        help_text="How the published fact-check names the claim, in under 75 "
        "characters. Empty: cut from the claim text.",
    )
    claimant = forms.CharField(
        label="Claimant",
        required=False,
        max_length=limits.CLAIMANT,
        help_text="Who made the claim, if not the speaker the desk found.",
    )
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, ratings: list[Rating], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["rating"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Rating.objects.filter(pk__in=[r.pk for r in ratings])
        # Choices from the list already loaded, so rendering costs no query.
        field.choices = [("", "Choose a rating")] + [
            (r.pk, f"{r.order} · {r.label}") for r in ratings
        ]

    def clean_explanation(self) -> str:
        text: str = self.cleaned_data["explanation"]
        if not text.strip():
            raise forms.ValidationError("Explain the rating.")
        return text


class SourceForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    url = HttpURLField(
        label="Source URL", required=False, max_length=limits.URL, assume_scheme="https"
    )
    title = forms.CharField(max_length=limits.SOURCE_TITLE, required=False)
    publisher = forms.CharField(max_length=limits.SOURCE_PUBLISHER, required=False)
    excerpt = forms.CharField(
        required=False,
        max_length=limits.SOURCE_EXCERPT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    archive_url = HttpURLField(
        label="Archive URL",
        required=False,
        max_length=limits.URL,
        assume_scheme="https",
    )
    accessed = forms.DateField(
        label="Accessed on",
        required=False,
        validators=[validate_accessed],
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    remove = forms.BooleanField(label="Remove this source", required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        filled = any(
            data.get(f) for f in ("title", "publisher", "excerpt", "archive_url")
        )
        if filled and not data.get("url") and "url" not in self.errors:
            self.add_error("url", "A source needs its URL.")
        return data


SourceFormSet = forms.formset_factory(SourceForm, extra=1, max_num=50)


def sources_from(formset: Any) -> list[dict[str, Any]]:
    """The full list of sources to keep, in the shape record_verdict takes."""
    sources = []
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None) or {}
        if not data.get("url") or data.get("remove"):
            continue
        fields = ("id", "url", "title", "publisher", "archive_url", "accessed")
        sources.append({k: data.get(k) for k in fields})
        sources[-1]["excerpt"] = data.get("excerpt") or ""
    return sources


class RejectForm(forms.Form):
    comment = forms.CharField(
        label="Editor comment",
        required=False,
        max_length=limits.EDITOR_COMMENT,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when rejecting: say what the reviewer should fix.",
    )


class DismissForm(forms.Form):
    note = forms.CharField(
        label="Why is this not a claim?",
        required=False,
        max_length=limits.NOTE,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ManualClaimForm(forms.Form):
    exact = forms.CharField(label="Selected text", strip=False, max_length=limits.QUOTE)
    prefix = forms.CharField(  # type: ignore[assignment]
        required=False,
        strip=False,
        max_length=limits.QUOTE_CONTEXT,
        widget=forms.HiddenInput,
    )
    suffix = forms.CharField(
        required=False,
        strip=False,
        max_length=limits.QUOTE_CONTEXT,
        widget=forms.HiddenInput,
    )
    kind = forms.ChoiceField(
        label="Kind", choices=Claim.Kind.choices, initial=Claim.Kind.STATEMENT
    )


def assignable_users() -> Any:
    """Active users with a role on the desk, for the assignee pickers."""
    return (
        get_user_model()
        .objects.filter(
            Q(groups__name__in=[access.REVIEWERS_GROUP, access.EDITORS_GROUP])
            | Q(is_superuser=True),
            is_active=True,
        )
        .distinct()
        .order_by("username")
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label="Assign to",
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label="Nobody",
    )

    def __init__(self, *args: Any, users: list[Any] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        field = self.fields["assignee"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = assignable_users()
        if users is not None:
            # Rendering several pickers from one loaded list costs no query.
            field.choices = [("", "Nobody")] + [(u.pk, u.username) for u in users]
