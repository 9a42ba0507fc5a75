"""Making many frozen dataclass instances cheaply.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``,
which looks the attribute up by name every time. A slotted class's fields are
descriptors that can set their slot directly: calling them is about twice as fast,
and the instance is as immutable afterwards (assignment still raises). The
pipeline makes a :class:`~.blocks.Block` per dump line, a finding per removed
line and an output piece per block, so this is where that cost adds up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

Setter = Callable[[Any, object], None]
"""Sets one slot of an instance, bypassing the frozen ``__setattr__``."""


def setters(cls: type, *names: str) -> tuple[Setter, ...]:
    """The slot setters of ``cls``'s fields ``names``, in that order.

    Only for code that builds a complete, valid instance itself (every slot set once,
    right after ``object.__new__``), never to change an instance that is in use.

    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True, slots=True)
    ... class Pair:
    ...     left: int
    ...     right: int
    >>> set_left, set_right = setters(Pair, "left", "right")
    >>> pair = object.__new__(Pair)
    >>> set_left(pair, 1); set_right(pair, 2)
    >>> pair == Pair(1, 2)
    True
    """
    # A slot's member descriptor, or (a class compiled by mypyc) its attribute's getset one.
    if missing := [name for name in names if not hasattr(getattr(cls, name, None), "__set__")]:
        raise TypeError(f"{cls.__name__} has no slot {', '.join(missing)}")
    return tuple(cast(Setter, getattr(cls, name).__set__) for name in names)


def draft(cls: type) -> Any:
    """A mutable class with the slots of the slotted class ``cls``, to build its instances.

    An instance of the draft takes plain attribute stores (the interpreter's fastest
    kind), and then ``cls`` as its ``__class__``: it is a ``cls`` instance from then on,
    as immutable as any. CPython allows that change only between classes of the same
    layout (the same slots, in the same order) and raises ``TypeError`` otherwise. Half
    the cost of the slot setters of :func:`setters`; the same rule applies (a complete
    instance, every slot set once, right after ``object.__new__``).

    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True, slots=True)
    ... class Pair:
    ...     left: int
    ...     right: int
    >>> pair = object.__new__(draft(Pair))
    >>> pair.left, pair.right = 1, 2
    >>> pair.__class__ = Pair
    >>> pair == Pair(1, 2), type(pair) is Pair
    (True, True)
    """
    slots = cls.__dict__.get("__slots__")
    if not isinstance(slots, tuple) or "__weakref__" in slots:
        raise TypeError(f"{cls.__name__} is not a class with slots only")
    return type(f"{cls.__name__}Draft", (), {"__slots__": slots, "__module__": cls.__module__})
