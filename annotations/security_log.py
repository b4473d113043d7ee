"""Security events (failed sign-ins, lockouts, denials, verdict conflicts) as
structured log records on the ``factcheck.security`` logger."""

from __future__ import annotations

import logging
from typing import Any

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

logger = logging.getLogger("factcheck.security")


def log_event(
    event: str, *, actor: Any, route: str, outcome: str, detail: str = ""
) -> None:
    logger.warning(
        "%s %s",
        event,
        outcome,
        extra={
            "event": event,
            "actor": str(actor) if actor is not None else "anonymous",
            "route": route,
            "outcome": outcome,
            "detail": detail,
        },
    )


def _route(request: Any) -> str:
    return str(getattr(request, "path", "") or "")


@receiver(user_login_failed)
def on_login_failed(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    log_event(
        "login_failed",
        actor=credentials.get("username", ""),
        route=_route(request),
        outcome="refused",
    )


@receiver(user_logged_in)
def on_logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    logger.info(
        "login",
        extra={
            "event": "login",
            "actor": str(user),
            "route": _route(request),
            "outcome": "ok",
        },
    )


@receiver(user_locked_out)
def on_locked_out(
    sender: Any, request: Any, username: str, ip_address: str, **kwargs: Any
) -> None:
    log_event(
        "lockout",
        actor=username,
        route=_route(request),
        outcome="locked",
        detail=f"ip={ip_address}",
    )
