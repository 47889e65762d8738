"""Helpers for spreadsheet exports that people open in Excel or LibreOffice."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> str:
    """Text people typed, made safe for a spreadsheet cell: it can never start a formula (CSV/formula injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in FORMULA_STARTS else text
