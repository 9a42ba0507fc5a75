"""Frozen model objects built from drafts are the objects their constructors make."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, dataclass

import pytest

from newsclean.input import read_page
from newsclean.model import Block, DomEvidence, DomNode
from newsclean.model.frozen import draft


def test_the_walk_makes_real_frozen_objects() -> None:
    """Blocks, their evidence and the nodes of an HTML page are instances of the frozen
    classes, equal to what the constructors make, immutable, and they pickle."""
    page = read_page('<html><body><div class="story"><p>The council voted <a href="/v">'
                     "late</a> on Monday.</p></div></body></html>")
    block = page.blocks[0]
    dom = block.dom
    assert dom is not None
    assert type(block) is Block and type(dom) is DomEvidence
    assert all(type(node) is DomNode for node in page.nodes)
    assert block == Block(block.index, block.text, block.raw, block.kind, block.where,
                          block.level, dom, block.src)
    assert dom == DomEvidence(dom.tag, dom.path, dom.tokens, dom.link_chars, dom.hidden,
                              dom.ancestors)
    assert (block.words, block.head, dom.link_chars) == (6, "the", 4)
    with pytest.raises(FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(page)) == page


def test_a_draft_needs_a_class_of_slots_only() -> None:
    """A class without slots, or with a weak-reference slot, has no draft."""

    @dataclass(frozen=True)
    class Plain:
        value: int

    @dataclass(frozen=True, slots=True, weakref_slot=True)
    class Weak:
        value: int

    for cls in (Plain, Weak):
        with pytest.raises(TypeError):
            draft(cls)
