"""Deployment checks of the desk's public identity (run by ``check --deploy``).

The ClaimReview export names the organisation and links to its site, and every
export mints IDs from the configured addresses; the defaults that make local
mode work are placeholders, and publishing with them would put
factcheck.example.org into search engines' fact-check data.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register

PLACEHOLDER_NAMES = {"", "factcheck desk"}
# RFC 2606 and RFC 6761 names, loopback: never the public address of a desk.
RESERVED_HOSTS = {"example.org", "example.com", "example.net", "localhost"}
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost", ".local")
LOOPBACK = {"127.0.0.1", "::1", "0.0.0.0"}  # noqa: S104 (names refused, not bound)

ADDRESSES = {
    "FACTCHECK_ORGANIZATION_URL": "the organisation's site (ClaimReview author.url)",
    "FACTCHECK_PUBLIC_BASE_URL": "where published fact-checks live (ClaimReview url)",
    "FACTCHECK_SITE_URL": "the desk's own address (IDs in the exports)",
}


def placeholder_reason(url: str) -> str:
    """Why ``url`` cannot be a public address, or "" when it can."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host:
        return "it is not an https:// address"
    if (
        host in RESERVED_HOSTS
        or host in LOOPBACK
        or host.startswith("127.")
        or any(host.endswith("." + name) for name in RESERVED_HOSTS)
        or host.endswith(RESERVED_SUFFIXES)
    ):
        return f"{host} is a placeholder or local name"
    if not parts.path.endswith("/"):
        return "it must end with / (IDs are joined onto it)"
    return ""


@register(Tags.security, deploy=True)
def check_public_identity(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    errors: list[CheckMessage] = []
    name = settings.FACTCHECK_ORGANIZATION_NAME
    if name.strip().lower() in PLACEHOLDER_NAMES:
        errors.append(
            Error(
                f"FACTCHECK_ORGANIZATION_NAME is the placeholder {name!r}.",
                hint="Set it to the newsroom's name; ClaimReview publishes it.",
                id="annotations.E001",
            )
        )
    for number, (setting, meaning) in enumerate(ADDRESSES.items(), start=2):
        url = getattr(settings, setting)
        reason = placeholder_reason(url)
        if reason:
            errors.append(
                Error(
                    f"{setting} ({url!r}) cannot be published: {reason}.",
                    hint=f"Set it to {meaning}.",
                    id=f"annotations.E00{number}",
                )
            )
    return errors
