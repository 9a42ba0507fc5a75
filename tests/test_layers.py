"""The pipeline's layers, enforced: each stage imports only the stages below it, and no cycles.

Every import counts, at any depth (lazy imports inside functions and
``TYPE_CHECKING`` blocks included), so a forbidden dependency cannot hide.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsclean"

BASE = frozenset(("errors", "budget", "_version"))
"""Leaf modules any stage may use."""

ALLOWED: dict[str, frozenset[str]] = {
    "model": frozenset(),
    "evidence": frozenset({"model"}),
    "input": frozenset({"model", "evidence"}),
    "rules": frozenset({"model", "evidence"}),
    "decide": frozenset({"model", "evidence"}),
    "render": frozenset({"model", "markdown_escape"}),
    "markdown_escape": frozenset(),
    "article": frozenset({"model", "render"}),
    "build": frozenset({"model", "decide", "article"}),
    "valve": frozenset({"model", "evidence", "decide"}),
    "cleaner": frozenset({"model", "evidence", "input", "rules", "decide", "build", "article",
                          "valve"}),
    "testing": frozenset({"model", "input", "cleaner", "article", "valve"}),
}
"""Stage -> the stages it may import (besides itself and BASE). Stages not listed here
(the CLI, batch, contrib, the package's ``__init__``) sit on top and may import any."""


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(("newsclean", *parts)), path


MODULES = dict(_modules())


def _imports(name: str, path: Path) -> set[str]:
    """The newsclean modules ``name`` imports, anywhere in its body."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            targets = [module]
            targets += [f"{module}.{alias.name}" for alias in node.names
                        if f"{module}.{alias.name}" in MODULES]
        else:
            continue
        found.update(t for t in targets if t in MODULES and t != name)
    return found


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_each_stage_imports_only_what_is_below_it(module: str) -> None:
    """input, rules, decide, build, article and render never reach up the pipeline."""
    stage = _stage(module)
    if stage not in ALLOWED:
        return
    allowed = ALLOWED[stage] | BASE | {stage}
    forbidden = sorted(t for t in GRAPH[module] if _stage(t) not in allowed)
    assert not forbidden, f"{module} imports {forbidden}"


def test_the_package_has_no_import_cycles() -> None:
    """No module reaches itself through its imports, lazy ones included."""
    done: set[str] = set()
    path: list[str] = []

    def visit(module: str) -> None:
        if module in path:
            cycle = [*path[path.index(module):], module]
            raise AssertionError("import cycle: " + " -> ".join(cycle))
        if module in done:
            return
        path.append(module)
        for target in sorted(GRAPH[module]):
            if target.startswith(module + "."):
                continue  # a package importing its own modules is how packages are built
            visit(target)
        path.pop()
        done.add(module)

    for module in sorted(GRAPH):
        visit(module)


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    """The import scanner finds a lazy import inside a function (the check can fail)."""
    source = tmp_path / "probe.py"
    source.write_text("def f():\n    from ..rules import DEFAULT_RULES\n", encoding="utf-8")
    MODULES["newsclean.input.probe"] = source
    try:
        assert "newsclean.rules" in _imports("newsclean.input.probe", source)
    finally:
        del MODULES["newsclean.input.probe"]
