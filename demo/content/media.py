"""The demo's media plan (demo/data/media.yaml): which film clip and which illustration each library item gets.

Read and checked without a database, like the rest of the demo data; ``demo.builders`` turns a plan into
documents and images.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from demo.content.loader import DATA_DIR, Content, ContentError

FILMS_DIR = Path(__file__).resolve().parent.parent / "media" / "films"
CLIP_FILES = ("{}.webm", "{}.nl.vtt", "{}.en.vtt", "{}.poster.png")
KEYS = {"films", "other_films", "illustrated_types"}
TYPES = {"elearning", "film", "lesson", "knowledge", "exercise", "training", "intervention"}


@dataclass(frozen=True)
class MediaPlan:
    films: dict[str, str]  # library item slug -> clip name
    other_films: str
    illustrated_types: frozenset[str]

    def clip_for(self, slug: str, resource_type: str) -> str:
        """The clip a library item plays ("" for what is not a film)."""
        if resource_type != "film":
            return ""
        return self.films.get(slug, self.other_films)

    def illustrated(self, resource_type: str) -> bool:
        return resource_type in self.illustrated_types


def _read(path: Path) -> tuple[MediaPlan | None, list[str]]:
    where = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        return None, [f"{where}: cannot be read ({error})"]
    problems = [f"{where}: unknown key {key!r}" for key in sorted(set(data) - KEYS)]
    films = data.get("films") or {}
    if not isinstance(films, dict) or not all(isinstance(v, str) for v in films.values()):
        return None, [*problems, f"{where}: films maps a library item's slug to a clip name"]
    types = data.get("illustrated_types") or []
    problems += [f"{where}: illustrated_types: unknown type {t!r}" for t in types if t not in TYPES]
    plan = MediaPlan(dict(films), str(data.get("other_films") or ""), frozenset(types))
    return plan, problems


def _check(plan: MediaPlan, content: Content | None, films_dir: Path) -> list[str]:
    problems = []
    clips = set(plan.films.values()) | ({plan.other_films} if plan.other_films else set())
    for clip in sorted(clips):
        for pattern in CLIP_FILES:
            if not (films_dir / pattern.format(clip)).is_file():
                problems.append(f"media.yaml: clip {clip!r}: {pattern.format(clip)} is missing in demo/media/films")
    if content is not None:
        types = {r.slug: r.type for r in content.resources}
        for slug in plan.films:
            if slug not in types:
                problems.append(f"media.yaml: films: unknown library item {slug!r}")
            elif types[slug] != "film":
                problems.append(f"media.yaml: films: {slug!r} is a {types[slug]}, not a film")
        if not plan.other_films and any(t == "film" and s not in plan.films for s, t in types.items()):
            problems.append("media.yaml: other_films: some demo films have no clip; name one for them")
    return problems


def validate(root: Path = DATA_DIR, content: Content | None = None, films_dir: Path = FILMS_DIR) -> list[str]:
    """Every problem with the media plan, one line each; empty when all is well."""
    plan, problems = _read(Path(root) / "media.yaml")
    if plan is None:
        return problems
    return problems + _check(plan, content, films_dir)


def load(root: Path = DATA_DIR, content: Content | None = None) -> MediaPlan:
    """The media plan; ContentError when ``validate`` finds a problem."""
    plan, problems = _read(Path(root) / "media.yaml")
    if plan is not None:
        problems += _check(plan, content, FILMS_DIR)
    if problems:
        raise ContentError(problems)
    return plan
