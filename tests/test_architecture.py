"""Which way imports point (docs/architecture.md), checked by import-linter's contracts in pyproject.toml.

The first test runs the contracts over the real code; the second proves they can fail, on a tiny copy of the
project's package names in which the search app imports core.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = [
    "config",
    "demo",
    "dashboard",
    "alerts",
    "folders",
    "library",
    "scan",
    "forum",
    "community",
    "core",
    "search",
    "common",
]


def _lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", "pyproject.toml", "--no-cache"],
        cwd=cwd,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_code_keeps_every_import_contract():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_contracts_catch_the_search_app_importing_a_feature(tmp_path):
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for name in PACKAGES:
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
    for module in ("views", "models", "admin_views", "highlight"):  # named by the forbidden contract
        (tmp_path / "search" / f"{module}.py").write_text("")
    (tmp_path / "search" / "selectors.py").write_text("import core\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "search is not allowed to import core" in result.stdout
