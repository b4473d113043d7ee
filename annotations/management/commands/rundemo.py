"""``runserver`` that ends its start-up banner with the demo accounts (``make run``).

The server's own lines come after seed_demo's output, so a newcomer would
scroll past the password; here it is printed last, under the address to open.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import get_commands, load_command_class

from .seed_demo import demo_accounts_lines

# Whichever runserver is in force (whitenoise's wraps Django's).
_RunServer: Any = type(load_command_class(get_commands()["runserver"], "runserver"))


class Command(_RunServer):
    help = "Serve the desk locally and print how to sign in with the demo accounts."

    def on_bind(self, server_port: int) -> None:
        super().on_bind(server_port)
        if not settings.DEBUG:
            return
        address = f"{self.protocol}://{self.addr}:{server_port}"
        self.stdout.write(f"Sign in at {address}/accounts/login/")
        for line in demo_accounts_lines():
            self.stdout.write(self.style.SUCCESS(line))
