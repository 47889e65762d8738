"""A calm illustration per theme, drawn with Pillow when the demo loads (no files to keep in step).

Soft hills under a pale sky in the theme's colour (the marker colours of static/css/site.css), with a sun and
a few round shapes placed from the theme's slug, so each theme has its own picture and every run draws the
same one. Nothing in it needs reading: the alt text says which theme it belongs to.
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = (960, 540)
# The theme marker colours (static/css/site.css, .icon-*), by icon.
COLOURS = {
    "shield": (11, 85, 99),
    "knife": (179, 38, 30),
    "link": (122, 74, 0),
    "home": (164, 71, 26),
    "megaphone": (91, 42, 134),
    "split": (138, 31, 76),
    "people": (29, 78, 137),
    "heart": (194, 65, 107),
    "scale": (59, 74, 84),
    "calendar": (176, 125, 0),
    "lock": (30, 94, 43),
}


def _mix(colour, white: float):
    """``colour`` mixed with ``white`` (0 to 1) parts of white."""
    return tuple(round(c + (255 - c) * white) for c in colour)


def theme_png(slug: str, icon: str) -> bytes:
    """The illustration of a theme as PNG bytes (960 x 540)."""
    rng = random.Random(slug)
    base = COLOURS.get(icon, COLOURS["shield"])
    width, height = SIZE
    picture = Image.new("RGB", SIZE, _mix(base, 0.9))
    draw = ImageDraw.Draw(picture)
    # The sky: a few horizontal bands, lighter towards the top.
    for band in range(6):
        top = band * height // 10
        draw.rectangle([0, top, width, top + height // 10], fill=_mix(base, 0.93 - band * 0.015))
    # The sun, and two or three soft round shapes.
    sun_x, sun_y, sun_r = rng.randint(560, 820), rng.randint(90, 170), rng.randint(55, 80)
    draw.ellipse([sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r], fill=(248, 226, 170))
    for _ in range(rng.randint(2, 3)):
        x, y, r = rng.randint(60, 480), rng.randint(60, 200), rng.randint(25, 50)
        draw.ellipse([x - r, y - r // 2, x + r * 2, y + r // 2], fill=_mix(base, 0.97))
    # Three rows of hills, darker towards the front.
    for row, white in enumerate((0.72, 0.55, 0.38)):
        crest = height * (0.52 + row * 0.12)
        points = [(0, height)]
        phase = rng.uniform(0, 6.28)
        for step in range(0, width + 40, 40):
            wave = rng.uniform(-8, 8) + 28 * math.sin(step / (170 + row * 40) + phase)
            points.append((step, crest + wave))
        points.append((width, height))
        draw.polygon(points, fill=_mix(base, white))
    picture = picture.filter(ImageFilter.GaussianBlur(1.2))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()
