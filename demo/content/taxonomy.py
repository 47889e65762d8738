"""The themes and audiences as the dicts the bench uses. The data lives in ``demo/data/taxonomy.yaml``;
new code reads it with ``demo.content.loader.load()``."""

from dataclasses import asdict

from demo.content.loader import load

THEMES = [asdict(theme) for theme in load().themes]
AUDIENCES = [asdict(audience) for audience in load().audiences]
