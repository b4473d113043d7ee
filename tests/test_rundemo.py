"""make run's server ends its start-up output with the demo accounts."""

from __future__ import annotations

import io
from unittest import mock

from django.core.management.base import OutputWrapper
from django.test import SimpleTestCase, override_settings

from annotations.management.commands.rundemo import Command


@mock.patch.dict("os.environ", {"FACTCHECK_DEMO_PASSWORD": "demo-pw"})
class RunDemoTests(SimpleTestCase):
    def banner(self) -> list[str]:
        command = Command(stdout=io.StringIO())
        command.addr, command.protocol, command._raw_ipv6 = "127.0.0.1", "http", False
        output = io.StringIO()
        command.stdout = OutputWrapper(output)
        command.on_bind(8000)
        return output.getvalue().strip().splitlines()

    @override_settings(DEBUG=True)  # the test runner turns DEBUG off
    def test_the_demo_accounts_are_the_last_lines(self) -> None:
        lines = self.banner()
        self.assertIn("Starting development server at http://127.0.0.1:8000/", lines)
        self.assertEqual(lines[-2], "Sign in at http://127.0.0.1:8000/accounts/login/")
        self.assertTrue(lines[-1].startswith("Demo accounts (local mode only): editor"))

    @override_settings(DEBUG=False)
    def test_production_mode_prints_no_accounts(self) -> None:
        self.assertNotIn("Demo accounts", "\n".join(self.banner()))
