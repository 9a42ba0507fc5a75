"""The ``newsclean`` command: clean one page or a batch, or explain each verdict.

Only argument handling and presentation live here; reading inputs and the
worker pool are :mod:`newsclean.batch`, and every decision is the library's,
so the command and ``newsclean.clean`` never disagree.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import logging
import os
import shutil
import sys
from collections.abc import Iterable, Sequence
from typing import TextIO

from . import __version__
from .batch.pool import outcomes
from .batch.progress import Progress, Tally
from .batch.records import parse_fields
from .batch.sources import DEFAULT_GLOBS, Discovery, is_batch, iter_tasks
from .batch.tasks import STDIN, PageTask
from .batch.worker import Job, OutputFormat
from .cleaner import DEFAULT_CLEANER, Cleaner, Explained
from .decide import Preempted
from .errors import NewscleanError
from .input import InputKind
from .model import Action

_GREEN, _RED, _DIM, _RESET = "\033[32m", "\033[31m", "\033[2m", "\033[0m"
NO_LIMIT = sys.maxsize
"""``--explain`` width when nothing asks for a limit (a pipe or a file)."""


def _parser() -> argparse.ArgumentParser:
    """The one argparse parser, so ``--help`` documents exactly what is accepted."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn scraped news pages (HTML or text dumps) into clean articles.",
        epilog="Exit status: 0 all pages cleaned, 1 some page failed, 2 usage error.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="a page, a directory of pages, a JSON Lines or WARC file (gzipped or not); "
        "'-' is stdin",
    )
    parser.add_argument(
        "--format", choices=[f.value for f in OutputFormat], default=None,
        help="output format (default: text for one page, jsonl for a batch; "
        "json is indented for one page, JSON Lines for a batch)",
    )
    parser.add_argument(
        "--fields", metavar="LIST",
        help="article fields in JSON, e.g. 'title,text', or --fields=-removed,-body to leave "
        "some out",
    )
    parser.add_argument(
        "--explain", action="store_true",
        help="instead of the article, list every block as kept or dropped, and why",
    )
    parser.add_argument(
        "--width", type=int, metavar="N",
        help="cut --explain lines to N columns (default: the terminal's width; no cut "
        "into a pipe or file; 0 for no cut)",
    )
    parser.add_argument("--rules", action="store_true", help="list the rules and exit")
    parser.add_argument(
        "--disable", action="append", default=[], metavar="NAME", choices=DEFAULT_CLEANER.names,
        help="turn a rule off (repeatable; see --rules)",
    )
    parser.add_argument(
        "--kind", choices=[k.value for k in InputKind], default=InputKind.AUTO.value,
        help="read input as HTML or text, or decide by looking (default: auto)",
    )
    parser.add_argument("--url", help="the page's address, recorded in the article (one page)")
    parser.add_argument(
        "--encoding", metavar="CHARSET",
        help="the pages' charset, or an HTTP Content-Type value such as "
        "'text/html; charset=iso-8859-1' (files and stdin; WARC records carry their own)",
    )
    batch = parser.add_argument_group("batches")
    batch.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N",
        help="worker processes (default: 1; 0 for one per CPU)",
    )
    batch.add_argument(
        "--unordered", action="store_true", help="write records as they finish, not in input order"
    )
    batch.add_argument(
        "--glob", action="append", metavar="PATTERN",
        help=f"files a directory yields (repeatable; default: {' '.join(DEFAULT_GLOBS)})",
    )
    batch.add_argument(
        "--html-field", default="html", metavar="NAME",
        help="JSON Lines field holding the page (default: html)",
    )
    batch.add_argument(
        "--url-field", default="url", metavar="NAME",
        help="JSON Lines field holding the page's URL (default: url)",
    )
    batch.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _explain_lines(explained: Explained, width: int, colour: bool) -> list[str]:
    """One line per block, cut to ``width`` so a terminal shows each verdict at a glance."""
    blocks, verdicts = explained.page.blocks, explained.decisions.verdicts
    rule_w = max([12, *(len(v.rule) for v in verdicts.values())])
    where_w = min(24, max((len(b.where) for b in blocks), default=0))
    preempted: dict[int, list[Preempted]] = {}
    for late in explained.preempted:
        preempted.setdefault(late.index, []).append(late)
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
        for cut in explained.decisions.cuts.get(block.index, ()):
            piece = block.text[cut.start:cut.end]
            lines.append(f"  CUT  {cut.rule:<{rule_w}} chars {cut.start}-{cut.end}: {piece!r}"
                         f"  ({cut.reason})")
        for late in preempted.get(block.index, ()):
            lines.append(f"       {late.rule} would remove it too ({late.reason}): "
                         f"pre-empted by {late.by}")
    return lines + _provenance_lines(explained, width)


def _provenance_lines(explained: Explained, width: int) -> list[str]:
    """Each metadata value, with the source it came from."""
    article = explained.article
    lines = ["", "metadata:"] if article.provenance else []
    for name, source in article.provenance:
        value = getattr(article, name, None)
        shown = ", ".join(value) if isinstance(value, tuple) else str(value)
        line = f"  {name:<13} {shown}  <- {source}"
        lines.append(line if len(line) <= width else line[: max(1, width - 1)] + "…")
    return lines


def _explain_width(requested: int | None) -> int:
    """``--width``, else the terminal's (or an exported ``COLUMNS``), else no limit."""
    if requested is not None:
        return requested if requested > 0 else NO_LIMIT
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return shutil.get_terminal_size().columns
    return NO_LIMIT


def _use_colour() -> bool:
    """Colour only for a person at a terminal who has not opted out (no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _error(message: str) -> None:
    print(f"newsclean: error: {message}", file=sys.stderr)


def _header(number: int, label: str) -> str:
    """The ``==> PATH <==`` line that separates pages in text output, as ``head`` does."""
    return ("\n" if number else "") + f"==> {label} <==\n"


def _run_explain(args: argparse.Namespace, cleaner: Cleaner, tasks: Iterable[PageTask],
                 several: bool) -> int:
    """``--explain``: every page in turn, in this process (it is for reading, not for speed)."""
    failed = False
    width, colour = _explain_width(args.width), _use_colour()
    for number, task in enumerate(tasks):
        try:
            if task.error is not None:
                raise NewscleanError(task.error)
            explained = cleaner.explain(
                task.page, url=task.source.url, kind=args.kind, encoding=task.encoding
            )
        except NewscleanError as exc:
            _error(f"{task.source.label}: {exc}")
            failed = True
            continue
        if several:
            sys.stdout.write(_header(number, task.source.label))
        print("\n".join(_explain_lines(explained, width, colour)))
    return 1 if failed else 0


def _run_clean(args: argparse.Namespace, job: Job, tasks: Iterable[PageTask],
               several: bool) -> int:
    """Clean every page (in ``--jobs`` processes), write each result, then the summary."""
    tally = Tally()
    jobs = args.jobs or os.cpu_count() or 1
    headers = several and job.output in (OutputFormat.TEXT, OutputFormat.MARKDOWN)
    with Progress(_quiet_stream() if args.quiet else None) as bar:
        for outcome in outcomes(job, tasks, jobs=jobs, ordered=not args.unordered):
            if outcome.error is not None:
                _error(f"{outcome.source.label}: {outcome.error}")
            elif headers:
                sys.stdout.write(_header(tally.pages, outcome.source.label))
            sys.stdout.write(outcome.output)
            tally.add(outcome)
            bar.update(outcome)
    if several and not args.quiet:
        print(f"newsclean: {tally.summary(jobs)}", file=sys.stderr)
    return 1 if tally.failed else 0


def _quiet_stream() -> TextIO:
    """A stream that is never a terminal, so ``--quiet`` draws no bar."""
    import io

    return io.StringIO()


def _ascii_only_stdout() -> bool:
    """Make a non-UTF-8 stdout safe: text gets '?' for what it cannot show, JSON gets escapes."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        utf8 = False
    if not utf8:
        with contextlib.suppress(AttributeError, ValueError):  # not a TextIOWrapper
            sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]
    return not utf8


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Check the options against the inputs, then explain or clean every page."""
    several = is_batch(args.paths)
    if several and args.url:
        parser.error("--url names one page; a batch takes URLs from JSON Lines or WARC records")
    if args.jobs < 0:
        parser.error("--jobs must be 0 or more")
    try:
        fields = parse_fields(args.fields)
    except ValueError as exc:
        parser.error(str(exc))
    output = OutputFormat(args.format or ("jsonl" if several else "text"))
    if several and output is OutputFormat.JSON:
        output = OutputFormat.JSONL  # a batch is JSON Lines, one compact record per page
    cleaner = DEFAULT_CLEANER.without(*args.disable)
    discovery = Discovery(
        tuple(args.glob or DEFAULT_GLOBS), args.html_field, args.url_field, args.url, args.encoding
    )
    tasks = iter_tasks(args.paths, discovery)
    if args.explain:
        return _run_explain(args, cleaner, tasks, several)
    job = Job(cleaner, args.kind, output, fields, ascii_only=_ascii_only_stdout())
    return _run_clean(args, job, tasks, several)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command and return its exit status (2 usage, 1 a failed input, 0 fine)."""
    parser = _parser()
    # Library warnings (e.g. bs4 replacing undecodable bytes) get our prefix on stderr.
    logging.basicConfig(format="newsclean: warning: %(message)s", level=logging.WARNING)
    try:
        args = parser.parse_args(argv)
        if not args.paths and not args.rules:
            parser.error(f"no input: give a PATH, or {STDIN} for stdin")
        if args.rules:
            cleaner = DEFAULT_CLEANER.without(*args.disable)
            width = max((len(name) for name in cleaner.names), default=0)
            for name, summary in cleaner.catalogue():
                print(f"{name:<{width}}  {summary}")
            status = 0
        else:
            status = _run(args, parser)
        sys.stdout.flush()
    except SystemExit as exc:  # argparse exits for --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2
    except BrokenPipeError:
        # The reader (e.g. `| head`) has gone: stop quietly, as cat does, and keep
        # the interpreter's final flush from failing on the closed pipe too.
        with contextlib.suppress(OSError, ValueError):  # not a real file, e.g. in tests
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":
    sys.exit(main())
