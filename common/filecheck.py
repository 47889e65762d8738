"""Checks that an uploaded file is what its name says, by looking at its content.

Wagtail's document form only checks the extension, so an HTML page named ``.pdf`` would be served to
visitors. This module has no Django imports: it takes a file-like object and an extension.
"""

from __future__ import annotations

import io
import zipfile
from typing import BinaryIO

OOXML = {"docx": "word/", "pptx": "ppt/", "xlsx": "xl/"}
ODF = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "odp": b"application/vnd.oasis.opendocument.presentation",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
TEXT = {"txt", "csv", "vtt"}
MARKUP_SIGNS = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml", b"<body", b"<iframe")


def _looks_like_markup(head: bytes) -> bool:
    lowered = head.lstrip().lower()
    return any(lowered.startswith(sign) for sign in MARKUP_SIGNS) or b"<script" in lowered


def content_matches_extension(fileobj: BinaryIO, extension: str) -> bool:
    """True when the bytes of ``fileobj`` fit ``extension``. The file position is restored."""
    extension = extension.lower().lstrip(".")
    start = fileobj.tell() if hasattr(fileobj, "tell") else 0
    try:
        fileobj.seek(0)
        head = fileobj.read(4096)
        if extension == "pdf":
            return head.startswith(b"%PDF-")
        if extension == "mp4":
            return head[4:8] == b"ftyp"
        if extension == "webm":
            # An EBML header whose DocType is "webm" (a Matroska .mkv has the same header with "matroska").
            return head.startswith(b"\x1a\x45\xdf\xa3") and b"\x42\x82" in head[:64] and b"webm" in head[:64]
        if extension in TEXT:
            if b"\x00" in head or _looks_like_markup(head):
                return False
            try:
                head.decode("utf-8")
            except UnicodeDecodeError as exc:
                # A multi-byte character cut off at the end of the sample is still text.
                if exc.start < len(head) - 3:
                    try:
                        head.decode("cp1252")
                    except UnicodeDecodeError:
                        return False
            if extension == "vtt":
                # "WEBVTT" (after an optional byte order mark), then a space, a tab, a line break or the end.
                body = head.removeprefix(b"\xef\xbb\xbf")
                return body.startswith(b"WEBVTT") and body[6:7] in (b"", b" ", b"\t", b"\n", b"\r")
            return True
        if extension in OOXML or extension in ODF:
            if not head.startswith(b"PK\x03\x04"):
                return False
            fileobj.seek(0)
            data = fileobj.read()
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    names = archive.namelist()
                    if extension in OOXML:
                        return "[Content_Types].xml" in names and any(n.startswith(OOXML[extension]) for n in names)
                    return "mimetype" in names and archive.read("mimetype").strip() == ODF[extension]
            except zipfile.BadZipFile:
                return False
        # Unknown extensions are not allowed through.
        return False
    finally:
        fileobj.seek(start)
