"""The ``newsclean`` command: clean pages from files or stdin, or explain each verdict.

Only argument handling and presentation live here; every decision is the
library's, so the command and ``newsclean.clean`` never disagree.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .article import Article
from .cleaner import DEFAULT_CLEANER, Cleaner, Explained
from .errors import NewscleanError
from .input import InputKind
from .model import Action

STDIN = "-"
_GREEN, _RED, _DIM, _RESET = "\033[32m", "\033[31m", "\033[2m", "\033[0m"


class _UnreadableError(Exception):
    """One input could not be read or cleaned; report it and go on with the rest."""


def _parser() -> argparse.ArgumentParser:
    """The one argparse parser, so ``--help`` documents exactly what is accepted."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn scraped news pages (HTML or text dumps) into clean articles.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="page to clean; '-' is stdin")
    parser.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="output format (default: text; JSON Lines when several paths)",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="instead of the article, list every block as kept or dropped, and why",
    )
    parser.add_argument("--rules", action="store_true", help="list the rules and exit")
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="NAME",
        choices=DEFAULT_CLEANER.names,
        help="turn a rule off (repeatable; see --rules)",
    )
    parser.add_argument(
        "--kind",
        choices=[k.value for k in InputKind],
        default=InputKind.AUTO.value,
        help="read input as HTML or text, or decide by looking (default: auto)",
    )
    parser.add_argument("--url", help="the page's address, recorded in the article")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _label(path: str) -> str:
    """How messages and headers name an input."""
    return "<stdin>" if path == STDIN else path


def _read(path: str) -> bytes:
    """Raw bytes, so the library (not the locale) decides the encoding."""
    try:
        return sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except FileNotFoundError:
        raise _UnreadableError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise _UnreadableError(f"{path}: is a directory") from None
    except OSError as exc:
        raise _UnreadableError(f"{_label(path)}: cannot read: {exc.strerror or exc}") from None


def _explain_lines(explained: Explained, width: int, colour: bool) -> list[str]:
    """One line per block, cut to ``width`` so a terminal shows each verdict at a glance."""
    blocks, verdicts = explained.page.blocks, explained.decisions.verdicts
    rule_w = max([12, *(len(v.rule) for v in verdicts.values())])
    where_w = min(24, max((len(b.where) for b in blocks), default=0))
    lines = []
    for block in blocks:
        verdict = verdicts.get(block.index)
        rule, reason = (verdict.rule, verdict.reason) if verdict else ("", "")
        dropped = verdict is not None and verdict.action is Action.REMOVE
        mark, action = ("-", "DROP") if dropped else (" ", "KEEP")
        where = block.where
        if len(where) > where_w:  # keep the end of a long element path: it names the element
            where = "…" + where[len(where) - where_w + 1 :]
        head = f"{mark} {action} {rule:<{rule_w}} {where:<{where_w}}  "
        tail = f"  ({reason})" if reason else ""
        text = " ".join(block.text.split())
        room = max(1, width - len(head) - len(tail))
        if len(text) > room:
            text = text[: room - 1] + "…"
        if colour:
            paint = _RED if dropped else _GREEN
            head = f"{paint}{head[:6]}{_RESET}{head[6:]}"
            tail = f"{_DIM}{tail}{_RESET}" if tail else ""
        lines.append(head + text + tail)
    return lines


def _render(article: Article, fmt: str, several: bool) -> str:
    """The article in the chosen format, newline-terminated."""
    if fmt == "json":
        return article.to_json(indent=None if several else 2) + "\n"
    if fmt == "markdown":
        return article.to_markdown()
    return article.text + "\n" if article.text else ""


def _use_colour() -> bool:
    """Colour only for a person at a terminal who has not opted out (no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _run(args: argparse.Namespace, cleaner: Cleaner) -> int:
    """Clean each path in turn; a failed one is reported and the rest still run."""
    several = len(args.paths) > 1
    failed = False
    width = shutil.get_terminal_size().columns
    for number, path in enumerate(args.paths):
        try:
            explained = cleaner.explain(_read(path), url=args.url, kind=args.kind)
        except (_UnreadableError, NewscleanError) as exc:
            message = str(exc) if isinstance(exc, _UnreadableError) else f"{_label(path)}: {exc}"
            print(f"newsclean: error: {message}", file=sys.stderr)
            failed = True
            continue
        if several and (args.explain or args.format != "json"):
            print(("\n" if number else "") + f"==> {_label(path)} <==")
        if args.explain:
            print("\n".join(_explain_lines(explained, width, _use_colour())))
        else:
            sys.stdout.write(_render(explained.article, args.format, several))
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command and return its exit status (2 usage, 1 a failed input, 0 fine)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if not args.paths and not args.rules:
            parser.error("no input: give a PATH, or - for stdin")
    except SystemExit as exc:  # argparse exits for --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2
    cleaner = DEFAULT_CLEANER.without(*args.disable)
    # Library warnings (e.g. bs4 replacing undecodable bytes) get our prefix on stderr.
    logging.basicConfig(format="newsclean: warning: %(message)s", level=logging.WARNING)
    try:
        if args.rules:
            width = max((len(name) for name in cleaner.names), default=0)
            for name, summary in cleaner.catalogue():
                print(f"{name:<{width}}  {summary}")
            status = 0
        else:
            status = _run(args, cleaner)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (e.g. `| head`) has gone: stop quietly, as cat does, and keep
        # the interpreter's final flush from failing on the closed pipe too.
        with contextlib.suppress(OSError, ValueError):  # not a real file, e.g. in tests
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return status


if __name__ == "__main__":
    sys.exit(main())
