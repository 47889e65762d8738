"""The scans and partner types as the dicts the builders and the browser tests use. The data lives in
``demo/data/scans`` and ``demo/data/partner_types.yaml``; new code reads it with ``demo.content.loader.load()``."""

from dataclasses import asdict

from demo.content.loader import load

SCANS = [scan.as_dict() for scan in load().scans]
PARTNER_TYPES = [asdict(partner) for partner in load().partner_types]
