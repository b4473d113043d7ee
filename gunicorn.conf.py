"""gunicorn settings for `make serve-prod`; every value can be set by environment.

Proxy headers follow BEHIND_PROXY, as Django's settings do: only behind a
proxy is X-Forwarded-Proto believed (from FORWARDED_ALLOW_IPS, the proxy's
addresses); otherwise no X-Forwarded-* header changes the scheme, whoever
sends it, the loopback address included.
"""

import multiprocessing
import os

BEHIND_PROXY = os.environ.get("BEHIND_PROXY", "0").strip().lower() in {
    "1",
    "true",
    "yes",
    "on",
}

bind = os.environ.get("BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
if BEHIND_PROXY:
    forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
    secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}
else:
    forwarded_allow_ips = ""
    secure_scheme_headers = {}
    forwarder_headers = ""
