"""The library items as the dicts the bench and older tests use (``title_nl``, ``body_en`` ...).

The texts live in ``demo/data/resources``; new code reads them with ``demo.content.loader.load()``.
"""

from demo.content.loader import load

RESOURCES = [resource.as_dict() for resource in load().resources]
