"""DRF glue for ``annotations.access``: authentication order, roles, query checks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rest_framework import authentication, permissions
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from annotations import access
from annotations.access import Action

if TYPE_CHECKING:
    from rest_framework.permissions import _PermissionClass

#: Token first: DRF takes the WWW-Authenticate header of the first class, and
#: only with that header does an anonymous request get 401 instead of 403.
AUTHENTICATION_CLASSES: Sequence[type[authentication.BaseAuthentication]] = [
    authentication.TokenAuthentication,
    authentication.SessionAuthentication,
]


class DeskPermission(permissions.BasePermission):
    """Anonymous: 401. No role: 404. Reads need VIEW; writes the view's ``write_action``."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        if request.method in permissions.SAFE_METHODS:
            access.require(request.user, Action.VIEW)
        else:
            access.require(request.user, getattr(view, "write_action", Action.REVIEW))
        return True


class DeskViewMixin:
    """Shared by every API view: authentication, permission, query-string check."""

    authentication_classes = AUTHENTICATION_CLASSES
    permission_classes: Sequence[_PermissionClass] = [DeskPermission]
    write_action = Action.REVIEW

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
        # PostgreSQL refuses NUL in text; refuse it up front as bad input.
        for key, values in request.query_params.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                raise ValidationError(
                    {key.replace("\x00", ""): "NUL characters are not allowed."}
                )
