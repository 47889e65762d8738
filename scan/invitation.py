"""The round's invitation as a QR code: made on the server as inline SVG (no script, no image service, no network)."""

from __future__ import annotations

import re
from functools import lru_cache

import qrcode
import qrcode.image.svg
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@lru_cache(maxsize=64)
def _svg_body(url: str) -> tuple[str, str]:
    """The QR code's viewBox and path for ``url`` (medium error correction, a quiet zone of two modules)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2, box_size=10)
    code.add_data(url)
    code.make(fit=True)
    svg = code.make_image(image_factory=qrcode.image.svg.SvgPathImage).to_string(encoding="unicode")
    view_box = re.search(r'viewBox="([^"]+)"', svg).group(1)
    path = re.search(r'<path d="([^"]+)"', svg).group(1)
    return view_box, path


def qr_svg(url: str, *, label: str, css_class: str = "qr-code") -> SafeString:
    """An accessible inline SVG of ``url`` as a QR code: ``role="img"`` with ``label`` as its name, black on white
    so phone cameras and printers read it, sized by CSS (``css_class``)."""
    view_box, path = _svg_body(url)
    return mark_safe(
        f'<svg class="{escape(css_class)}" viewBox="{view_box}" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">'
        f'<rect width="100%" height="100%" fill="#fff"/><path d="{path}" fill="#000"/></svg>'
    )
