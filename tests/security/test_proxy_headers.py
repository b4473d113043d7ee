"""Proxy headers against gunicorn itself: with BEHIND_PROXY=0 no X-Forwarded-*
header changes the scheme or the host; with BEHIND_PROXY=1 the proxy's
X-Forwarded-Proto (and only that) is believed.

gunicorn runs as `make serve-prod` runs it (gunicorn.conf.py, production
settings) on a loopback port; the probe is /api/v1/schema/, which needs no
database or static files.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.security.test_deploy import PRODUCTION_ENV

ROOT = Path(__file__).resolve().parents[2]
HOST = "desk.harbourcourier.news"
PROBE = "/api/v1/schema/"
SPOOFED = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Protocol": "ssl",
    "X-Forwarded-Ssl": "on",
    "X-Forwarded-Host": "evil.test",
    "X-Forwarded-Port": "443",
    "Forwarded": "proto=https;host=evil.test",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def gunicorn(behind_proxy: bool, tmp_path: Path) -> Iterator[int]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    env.update(
        PRODUCTION_ENV,
        ALLOWED_HOSTS=HOST,
        BEHIND_PROXY="1" if behind_proxy else "0",
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        DATABASE_URL=f"sqlite:///{tmp_path / 'unused.sqlite3'}",
    )
    env.pop("FORWARDED_ALLOW_IPS", None)
    command = [
        sys.executable, "-m", "gunicorn", "factcheck.wsgi", "-c", "gunicorn.conf.py"
    ]  # fmt: skip
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(server.stderr.read().decode() if server.stderr else "")
                time.sleep(0.1)
        else:
            pytest.fail("gunicorn did not start within 30 s")
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def get(port: int, headers: dict[str, str]) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    connection.request("GET", PROBE, headers={"Host": HOST, **headers})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


@pytest.mark.slow
def test_without_a_proxy_no_forwarded_header_changes_scheme_or_host(
    tmp_path: Path,
) -> None:
    with gunicorn(behind_proxy=False, tmp_path=tmp_path) as port:
        for name, value in [*SPOOFED.items(), ("all", "")]:
            headers = SPOOFED if name == "all" else {name: value}
            response = get(port, headers)
            # Still plain HTTP: redirected to https on the real host.
            assert response.status == 301, (name, response.status)
            assert response.getheader("Location") == f"https://{HOST}{PROBE}", name


@pytest.mark.slow
def test_behind_a_proxy_only_its_scheme_header_is_believed(tmp_path: Path) -> None:
    with gunicorn(behind_proxy=True, tmp_path=tmp_path) as port:
        assert get(port, {}).status == 301
        assert get(port, {"X-Forwarded-Proto": "https"}).status == 200
        # The host is never taken from a header.
        redirect = get(port, {"X-Forwarded-Host": "evil.test"})
        assert redirect.getheader("Location") == f"https://{HOST}{PROBE}"
