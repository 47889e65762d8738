"""gunicorn settings of the web containers (the Dockerfile's CMD) and of the load bench (bench/load.py).

Sized for a small two-core host (docs/scaling.md): ``WEB_WORKERS`` processes (default 3: one per core and one
spare, so a worker stuck in a slow request never leaves a core idle) of ``WEB_THREADS`` threads each (default
4). Threaded workers (gthread) keep serving while a thread waits for the database, and hold idle keep-alive
connections without tying up a thread; sync workers served one request per process, so 50 visitors at once
queued behind 3 requests. Each thread keeps its own persistent database connection: a container holds at most
WEB_WORKERS x WEB_THREADS connections (12 by default).
"""

import os

bind = os.environ.get("WEB_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_WORKERS", "3"))
threads = int(os.environ.get("WEB_THREADS", "4"))
worker_class = "gthread"
# Idle keep-alive connections wait in the worker's poller (not in a thread); behind nginx the proxy reuses them.
keepalive = int(os.environ.get("WEB_KEEPALIVE", "5"))
# A request still running after this long is killed and its worker replaced (the proxy answers 502).
timeout = int(os.environ.get("WEB_TIMEOUT", "30"))
graceful_timeout = 20
accesslog = os.environ.get("WEB_ACCESS_LOG", "-") or None
errorlog = "-"


def post_worker_init(worker):
    """The app is loaded in this worker: freeze what it loaded and make young collections rarer (config/runtime.py)."""
    from config.runtime import tune_garbage_collector

    tune_garbage_collector()
