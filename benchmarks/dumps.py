"""Make text dumps of benchmark HTML pages in several flavours, into a cache folder.

    python benchmarks/dumps.py PATH/scrapinghub [--out /work/cache/dumps] [--flavour NAME ...]
        [--mercury PATH/mercury] [--limit N]

Each flavour is what a real tool writes when it flattens a whole page:

- ``html-text-layout``: html-text's ``extract_text(html, guess_layout=True)``;
- ``html-text``: the same without ``guess_layout`` (one line per page, mostly);
- ``inscriptis``: inscriptis's ``get_text`` (tables and indentation kept);
- ``lynx``: ``lynx -dump`` (numbered links and a "References" list at the end);
- ``w3m``: ``w3m -dump`` with link numbers;
- ``chromium``: headless Chromium's ``document.body.innerText`` (what select-all copy gives);
- ``aggregator``: an approximation of the seed's aggregator style: a masthead, a date and
  location line, sponsor and navigation lines, then ``NextImg:`` and the title, then the
  html-text paragraphs with blank lines between them.

Dumps go to ``OUT/<flavour>/<id>.txt`` (and ``OUT/mercury-<flavour>/<name>.txt`` with
``--mercury``). A dump already there is not made again. The benchmark folders are only read;
none of this is ever written into the repository. A flavour whose tool is missing is skipped
with a warning.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

DumpFn = Callable[[str], str]

DEFAULT_OUT = Path("/work/cache/dumps")
TOOL_TIMEOUT = 60
"""Seconds a command-line browser may take on one page before the page is skipped."""
FLAVOURS = ("html-text-layout", "html-text", "inscriptis", "lynx", "w3m", "chromium", "aggregator")


def _html_text(layout: bool) -> DumpFn:
    import html_text

    def dump(html: str) -> str:
        return str(html_text.extract_text(html, guess_layout=layout))

    return dump


def _inscriptis() -> DumpFn:
    import inscriptis

    def dump(html: str) -> str:
        return str(inscriptis.get_text(html))

    return dump


def _command(argv: Sequence[str]) -> DumpFn:
    if shutil.which(argv[0]) is None:
        raise ImportError(f"{argv[0]} is not installed")

    def dump(html: str) -> str:
        proc = subprocess.run(
            list(argv),
            input=html.encode("utf-8"),
            capture_output=True,
            timeout=TOOL_TIMEOUT,
            check=False,
        )
        return proc.stdout.decode("utf-8", "replace")

    return dump


LYNX = (
    "lynx",
    "-dump",
    "-stdin",
    "-force_html",
    "-width=100",
    "-assume_charset=utf-8",
    "-display_charset=utf-8",
    "-nomargins",
)
W3M = (
    "w3m",
    "-dump",
    "-T",
    "text/html",
    "-I",
    "utf-8",
    "-O",
    "utf-8",
    "-cols",
    "100",
    "-o",
    "display_link_number=1",
)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def _chromium() -> DumpFn:
    """innerText through the DOM dump: a script in the page writes innerText into a <pre>."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        raise ImportError("chromium is not installed")
    import html as html_lib
    import re
    import tempfile

    marker = "NEWSCLEAN-INNERTEXT"
    script = (
        "<script>addEventListener('load',function(){var t=document.body?document.body.innerText:'';"
        f"var p=document.createElement('pre');p.id='{marker}';p.textContent=t;"
        "document.documentElement.appendChild(p);});</script>"
    )
    found = re.compile(f'<pre id="{marker}">(.*?)</pre>', re.S)
    strip_scripts = re.compile(r"<script\b.*?</script\s*>", re.S | re.I)

    def dump(html: str) -> str:
        page = strip_scripts.sub("", html) + script
        with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as f:
            f.write(page)
            f.flush()
            proc = subprocess.run(
                [
                    binary,
                    *CHROMIUM_FLAGS,
                    "--virtual-time-budget=3000",
                    "--dump-dom",
                    f"file://{f.name}",
                ],
                capture_output=True,
                timeout=TOOL_TIMEOUT,
                check=False,
            )
        match = found.search(proc.stdout.decode("utf-8", "replace"))
        return html_lib.unescape(match.group(1)) if match else ""

    return dump


def _aggregator() -> DumpFn:
    """The seed's style, approximated around html-text's paragraphs (invented chrome)."""
    import re

    import html_text

    title_re = re.compile(r"<title[^>]*>(.*?)</title", re.S | re.I)

    def dump(html: str) -> str:
        found = title_re.search(html)
        title = " ".join(found.group(1).split()) if found else ""
        body = str(html_text.extract_text(html, guess_layout=True))
        paragraphs = [line for line in body.splitlines() if line.strip()]
        head = [
            "THE DAILY AGGREGATE",
            "Mar 3, 2025  |  ",
            "0",
            " | Springfield,IL",
            "Sponsor:  EXAMPLE AI ",
            "back  ",
            "topic",
            "",
            "",
            f"NextImg:{title}",
            "",
        ]
        return "\n".join(head) + "\n" + "\n\n".join(paragraphs) + "\n"

    return dump


def make_dumper(flavour: str) -> DumpFn:
    """The dump function of a flavour (ImportError when its tool is missing)."""
    makers: dict[str, Callable[[], DumpFn]] = {
        "html-text-layout": lambda: _html_text(True),
        "html-text": lambda: _html_text(False),
        "inscriptis": _inscriptis,
        "lynx": lambda: _command(LYNX),
        "w3m": lambda: _command(W3M),
        "chromium": _chromium,
        "aggregator": _aggregator,
    }
    return makers[flavour]()


def load_html(root: Path, limit: int | None = None) -> dict[str, str]:
    """Page name -> decoded HTML of a benchmark folder (``html/<name>.html.gz``)."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for name in sorted(truth)[:limit]:
        raw = gzip.decompress((root / "html" / f"{name}.html.gz").read_bytes())
        pages[name] = raw.decode("utf-8", "replace")
    return pages


def write_dumps(pages: dict[str, str], flavour: str, folder: Path, workers: int = 2) -> int:
    """Dump every page not already in ``folder``; returns how many were made."""
    try:
        dumper = make_dumper(flavour)
    except ImportError as exc:
        print(f"warning: skipping {flavour}: {exc}", file=sys.stderr)
        return 0
    folder.mkdir(parents=True, exist_ok=True)
    todo = [name for name in pages if not (folder / f"{name}.txt").exists()]

    def one(name: str) -> None:
        try:
            text = dumper(pages[name])
        except Exception as exc:  # one failing page must not stop the rest
            print(f"warning: {flavour} {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            return
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, todo))
    return len(todo)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("path", type=Path, help="checkout of the scrapinghub benchmark")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="cache folder")
    parser.add_argument("--flavour", nargs="+", choices=FLAVOURS, default=list(FLAVOURS))
    parser.add_argument("--mercury", type=Path, help="also dump the Mercury pages")
    parser.add_argument(
        "--mercury-flavour", nargs="+", choices=FLAVOURS, default=["html-text-layout"]
    )
    parser.add_argument("--limit", type=int, help="only the first N pages (sorted by name)")
    args = parser.parse_args(argv)
    pages = load_html(args.path, args.limit)
    for flavour in args.flavour:
        made = write_dumps(pages, flavour, args.out / flavour)
        print(f"{flavour}: {made} dumps made")
    if args.mercury is not None:
        merc = load_html(args.mercury, args.limit)
        for flavour in args.mercury_flavour:
            made = write_dumps(merc, flavour, args.out / f"mercury-{flavour}")
            print(f"mercury-{flavour}: {made} dumps made")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
