"""Films in the page: which provider addresses we can play, and as what player address.

An embedded player from YouTube or Vimeo sets cookies and reports the visit to the provider the moment it
loads, so the page never loads it by itself: it shows a placeholder, and the player (the privacy-friendly
address below) loads only after the visitor chooses to (static/js/film-consent.js). Pure: no Django.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

VIDEO_TYPES = {"webm": "video/webm", "mp4": "video/mp4"}

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{6,12}$")
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}

# The hosts these players load from: keep in step with the frame-src of CONTENT_SECURITY_POLICY.
PLAYER_ORIGINS = ("https://www.youtube-nocookie.com", "https://player.vimeo.com")


def embed_src(url: str) -> str | None:
    """The player address for a YouTube or Vimeo film address, or None when ``url`` is not one."""
    if not url:
        return None
    try:
        parts = urlparse(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    segments = [s for s in parts.path.split("/") if s]
    if host == "youtu.be" and segments:
        video_id = segments[0]
    elif host in YOUTUBE_HOSTS:
        if segments[:1] == ["watch"]:
            video_id = (parse_qs(parts.query).get("v") or [""])[0]
        elif len(segments) >= 2 and segments[0] in ("embed", "shorts", "live", "v"):
            video_id = segments[1]
        else:
            return None
    elif host in VIMEO_HOSTS:
        numbers = [s for s in segments if VIMEO_ID.match(s)]
        if not numbers:
            return None
        return f"https://player.vimeo.com/video/{numbers[0]}?dnt=1"
    else:
        return None
    if not YOUTUBE_ID.match(video_id):
        return None
    return f"https://www.youtube-nocookie.com/embed/{video_id}"


def provider_name(url: str) -> str:
    """The name of the provider whose player ``embed_src`` gives for ``url`` ("" when none)."""
    src = embed_src(url) or ""
    if src.startswith("https://www.youtube-nocookie.com/"):
        return "YouTube"
    if src.startswith("https://player.vimeo.com/"):
        return "Vimeo"
    return ""
