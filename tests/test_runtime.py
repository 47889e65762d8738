"""The app processes run with the garbage collector tuned as config/runtime.py says (measured in bench/)."""

import gc
import runpy
from pathlib import Path

from config.runtime import DEFAULT_GEN0_THRESHOLD, tune_garbage_collector

ROOT = Path(__file__).resolve().parent.parent


def test_tuning_freezes_what_is_loaded_and_makes_young_collections_rarer(monkeypatch):
    monkeypatch.delenv("GC_GEN0_THRESHOLD", raising=False)
    before = gc.get_threshold()
    try:
        tune_garbage_collector()
        assert gc.get_freeze_count() > 10_000  # Django, Wagtail and the test suite's modules
        assert gc.get_threshold() == (DEFAULT_GEN0_THRESHOLD, before[1], before[2])
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_gunicorn_workers_tune_it_after_loading_the_app():
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    before = gc.get_threshold()
    try:
        config["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == DEFAULT_GEN0_THRESHOLD
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
