"""How an app process runs once it has loaded: the garbage collector tuned for a long-lived web worker.

A worker holds a large heap of objects that live as long as it does (Django, Wagtail, the URL and template
caches, the library's facet index). CPython's collector walks the older generations now and then, and a search
that handles its 500 matches allocates enough to trigger it: at 20,000 resources such collections put the p95
of a results page at about twice its median (measured with ``python -m bench.search``). So, after loading:

- ``gc.freeze()`` moves everything that exists now to a permanent generation the collector no longer walks
  (what Instagram and others do for forked web workers; it also keeps those pages shared after ``fork``);
- a larger first-generation threshold (``GC_GEN0_THRESHOLD``, default 20,000 instead of 700) makes young
  collections rarer; each costs about the same, and the requests' short-lived objects are freed by reference
  counting anyway.

Called from gunicorn's ``post_worker_init`` (gunicorn.conf.py) and by the benchmarks before they measure, so
they measure what production runs.
"""

from __future__ import annotations

import gc
import os

DEFAULT_GEN0_THRESHOLD = 20_000


def tune_garbage_collector() -> None:
    gc.collect()
    gc.freeze()
    threshold = int(os.environ.get("GC_GEN0_THRESHOLD", DEFAULT_GEN0_THRESHOLD))
    _gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(threshold, gen1, gen2)
