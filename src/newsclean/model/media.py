"""Values that findings carry and the Article holds: images and author contacts.

They live in the model, not in :mod:`newsclean.article`, so a rule can report
an image without depending on the output stage.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Image:
    """An image of the article: its source (when known), caption and credit."""

    src: str | None = None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    """A way to reach an author, moved out of the body."""

    kind: str
    value: str
    name: str | None = None
