"""The short story the metadata tests wrap in markup: three sentences of prose, so the
body is an article and every test varies only the metadata around it."""

from __future__ import annotations

SENTENCES = (
    "The council voted on Tuesday to close the old harbour bridge for two years of repairs.",
    "Engineers said the bridge could no longer carry buses safely, and the work is urgent.",
    "A temporary footbridge will link the two halves of the town while the work goes on.",
)

BODY = "".join(f"<p>{s}</p>" for s in SENTENCES)
"""The story as ``<p>`` elements."""
