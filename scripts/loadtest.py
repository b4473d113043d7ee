"""`make loadtest`: gunicorn on PostgreSQL, driven from a second process on loopback.

Builds the review10k fixture (a 10,000-word article with 500 claims), starts
gunicorn with production settings (DEBUG off, 2 workers), then fires a bounded
number of requests per scenario from a thread pool in this process and prints
requests/s, p50/p90/p99 latency, errors and response size. Only 127.0.0.1 is
ever contacted. Timings are reported, never asserted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import signal
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def env_for(database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        CONN_MAX_AGE="60",
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="WARNING",
        GUNICORN_ACCESS_LOG="/dev/null",
    )
    return env


def ensure_database(name: str) -> None:
    import psycopg

    with psycopg.connect(
        "postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True
    ) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PY, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def wait_for(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/accounts/login/")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    sys.exit("gunicorn did not come up")


def one_request(
    port: int, path: str, headers: dict[str, str]
) -> tuple[float, int, int]:
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        return time.perf_counter() - started, response.status, len(body)
    except OSError:
        return time.perf_counter() - started, 0, 0
    finally:
        conn.close()


def run_scenario(
    port: int, path: str, headers: dict[str, str], requests: int, concurrency: int
) -> dict[str, float]:
    for _ in range(10):  # warm-up, not measured
        one_request(port, path, headers)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(
            pool.map(lambda _: one_request(port, path, headers), range(requests))
        )
    elapsed = time.perf_counter() - started
    latencies = sorted(r[0] * 1000 for r in results)
    q = statistics.quantiles(latencies, n=100)
    return {
        "requests": requests,
        "errors": sum(1 for r in results if not 200 <= r[1] < 300),
        "rps": requests / elapsed,
        "p50": q[49],
        "p90": q[89],
        "p99": q[98],
        "kb": statistics.mean(r[2] for r in results) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    # One request in flight per gunicorn worker; raise it to measure queueing.
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--database", default="factcheck_loadtest")
    args = parser.parse_args()

    ensure_database(args.database)
    env = env_for(f"postgres://postgres@127.0.0.1:5432/{args.database}")
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    fixture = json.loads(manage(env, "make_fixture").strip().splitlines()[-1])
    print(
        f"fixture: article {fixture['article']}, {fixture['words']} words, "
        f"{fixture['claims']} claims, {fixture['verdicts']} verdicts"
    )
    env.update(PORT=str(args.port), WEB_CONCURRENCY="2")
    server = subprocess.Popen(
        [str(Path(PY).parent / "gunicorn"), "factcheck.wsgi", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    try:
        wait_for(args.port)
        article = fixture["article"]
        session = {"Cookie": f"__Host-sessionid={fixture['session']}"}
        token = {"Authorization": f"Token {fixture['token']}"}
        scenarios = [
            ("review page", f"/articles/{article}/", session),
            ("claims list API", f"/api/v1/claims/?article={article}", token),
            ("CSV export", f"/api/v1/export/verdicts.csv?article={article}", token),
        ]
        print(
            f"\n{args.requests} requests per scenario, {args.concurrency} concurrent, "
            f"gunicorn 2 workers, PostgreSQL, {os.cpu_count()} cores shared with the "
            "load generator\n"
        )
        header = f"{'scenario':<18}{'req/s':>8}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'errors':>8}{'KB':>9}"
        print(header)
        print("-" * len(header))
        for name, path, headers in scenarios:
            r = run_scenario(args.port, path, headers, args.requests, args.concurrency)
            print(
                f"{name:<18}{r['rps']:>8.1f}{r['p50']:>9.1f}{r['p90']:>9.1f}"
                f"{r['p99']:>9.1f}{r['errors']:>8}{r['kb']:>9.1f}"
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
