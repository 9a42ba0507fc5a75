#!/usr/bin/env python3
"""Coverage-guided fuzzing of ``newsclean.clean()`` with atheris (libFuzzer for Python).

    pip install -e ".[fuzz]"
    python scripts/fuzz_atheris.py --make-seeds fuzz-seeds          # once: seed corpus
    python scripts/fuzz_atheris.py --out fuzz-out fuzz-work fuzz-seeds -- -max_total_time=3600
    scripts/fuzz_atheris.py -minimize_crash=1 -runs=5000 -exact_artifact_path=min.bin CRASH

Flags of the form ``-name=value`` go to libFuzzer (``-max_total_time``, ``-runs``,
``-max_len``...); the positional directories are libFuzzer's corpus directories (the first
one is written to), or one input file to run or minimise. Minimising needs the script to
be executable: libFuzzer runs it again by its path, with its own flags only.

One input drives one call. Its first byte picks how the rest reaches ``clean()``
(``MODES`` of tests/fuzz/properties.py): as bytes, as bytes declared HTML, as a ``str``
decoded with ``surrogateescape`` (so invalid UTF-8 becomes lone surrogates, as in issue 11)
read by sniffing, as text or as HTML, or as a BeautifulSoup object; the second byte picks
a page URL, malformed ones included. The seed corpus is every golden source under
``tests/golden`` in each mode, so mutations start from realistic pages, and a dictionary
of markup and URL tokens (:data:`DICTIONARY`) is passed unless ``-dict=`` is given.

What counts as a failure is what the hypothesis targets and the regression corpus check
(``check`` in tests/fuzz/properties.py), so a find can go straight into the corpus:

* any exception that is not a :class:`newsclean.errors.NewscleanError`;
* a result that is not an ``Article``, whose ``to_json()`` cannot be encoded as UTF-8, or
  that does not rebuild from its ``to_dict()``;
* a call slower than ``--slow`` seconds, measured twice (inputs are at most
  ``-max_len`` bytes, so anything that slow is super-linear, not big).

By default a failure is recorded and fuzzing goes on (``--out``: one file per distinct
failure class, the smallest input kept, and ``failures.jsonl``), because a fuzzer that
stops at the first known crash finds nothing else. ``--strict`` re-raises instead, which
is what libFuzzer's ``-minimize_crash=1`` needs to shrink one input.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import atheris  # the optional "fuzz" extra; never a runtime dependency of newsclean

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the properties live with the tests, shared with hypothesis

with atheris.instrument_imports(include=["newsclean"]):
    from tests.fuzz.properties import MODES, check_payload, known_failure

GOLDEN = ROOT / "tests" / "golden"

URLS: tuple[str | None, ...] = (
    None,
    "https://news.example/world/2024/story.html",
    "http://[x",
    "http://[::1/x",
    "",
    "//cdn.example/a",
    "not a url \x00",
    "https://news.example:99999/",
)
"""Page URLs the second byte picks from: ordinary, empty, relative, and malformed."""

KNOWN_HITS_EVERY = 1000
"""With ``--skip-known``, how often (in runs) ``known-hits.json`` is rewritten."""

SLOW_SECONDS = 10.0
"""A call slower than this on an input of at most ``-max_len`` bytes is reported. Coverage
instrumentation makes calls several times slower than in production (a linear 8 KB page
that takes 0.1 s plain took 3.5 s under the fuzzer on a busy machine), so time a find again
without the harness (benchmarks/adversarial.py) before calling it super-linear."""

DEFAULT_LIBFUZZER_ARGS = ("-max_len=16384", "-timeout=60", "-rss_limit_mb=2048",
                          "-print_final_stats=1")
"""libFuzzer settings unless overridden after ``--``: pages up to 16 KB, a hard 60 s hang
limit (far above ``--slow``, so slow inputs are recorded, not fatal)."""


DICTIONARY: tuple[bytes, ...] = (
    b"<p>", b"</p>", b"<div>", b"</div>", b"<img src=", b"<base href=", b"<a href=", b"<pre>",
    b"<meta charset=", b'<meta property="og:url" content=', b"<table><tr><td>", b"&nbsp;",
    b"&#", b"&#x", b"http://[", b"]", b"//", b"<!--", b"-->", b"<![CDATA[", b"<script>",
    b"<noframes>", b"\xed\xa0\xbd", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"# ", b"- ",
    b"Email: ", b"@", b"Photo: ", b"By ", b"Advertisement", b"\xc2\xa9 2024", b" | ", b"\r\n",
    b"%PDF-", b"<?xml", b"<rss>", b'{"', b'style="display:none"', b'class="', b"hidden",
    b"<h1>", b"<li>", b"<br>",
)
"""libFuzzer dictionary tokens: markup, URL and encoding pieces newsclean branches on."""


def _dict_entry(token: bytes) -> str:
    """One token in libFuzzer's dictionary syntax: quoted, non-printable bytes as \\xNN."""
    out = "".join(chr(b) if 32 <= b < 127 and b not in b'"\\' else f"\\x{b:02x}"
                  for b in token)
    return f'"{out}"\n'


def write_dictionary(path: Path) -> Path:
    """Write :data:`DICTIONARY` as a libFuzzer dictionary file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(map(_dict_entry, DICTIONARY)), encoding="ascii")
    return path


MODE_NAMES = tuple(MODES)
"""How the payload reaches ``clean()`` (see tests/fuzz/properties.py), by first byte."""


def split_input(data: bytes) -> tuple[str, str | None, bytes]:
    """``(mode name, url, payload)`` for one fuzzer input."""
    mode = MODE_NAMES[data[0] % len(MODE_NAMES)] if data else MODE_NAMES[0]
    url = URLS[data[1] % len(URLS)] if len(data) > 1 else None
    return mode, url, data[2:]


def check(data: bytes) -> None:
    """Run one input through the shared fuzz properties; raise on any violation."""
    mode, url, payload = split_input(data)
    check_payload(payload, mode, url)


class SlowInputError(Exception):
    """A call took longer than the slow limit (twice in a row)."""


def signature(exc: BaseException) -> str:
    """A failure class: exception type, innermost newsclean frame, innermost frame."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "newsclean" in f.filename]
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "-"
    top = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "-"
    return f"{type(exc).__name__}@{where}@{top}"


@dataclass
class Recorder:
    """Keeps the smallest input of each failure class under ``out`` and logs each find."""

    out: Path
    slow: float
    strict: bool
    skip_known: bool = False
    runs: int = 0
    started: float = 0.0
    known_hits: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        self.started = time.monotonic()
        self.best: dict[str, int] = {}
        for path in self.out.glob("*.bin"):
            self.best[path.stem] = path.stat().st_size

    def record(self, data: bytes, exc: BaseException, seconds: float) -> None:
        sig = f"{split_input(data)[0]}:{signature(exc)}"
        slug = hashlib.sha1(sig.encode()).hexdigest()[:12]
        if slug in self.best and self.best[slug] <= len(data):
            return
        self.best[slug] = len(data)
        (self.out / f"{slug}.bin").write_bytes(data)
        mode, url, _ = split_input(data)
        entry = {
            "signature": sig, "file": f"{slug}.bin", "size": len(data), "mode": mode,
            "url": url, "message": str(exc)[:200], "seconds": round(seconds, 3),
            "run": self.runs, "elapsed_s": round(time.monotonic() - self.started, 1),
            "stack": traceback.format_exception(exc)[-6:],
        }
        with (self.out / "failures.jsonl").open("a", encoding="utf-8") as log:
            log.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def one_input(self, data: bytes) -> None:
        self.runs += 1
        start = time.perf_counter()
        try:
            check(data)
        except Exception as exc:
            if self.strict:
                raise
            known = known_failure(exc) if self.skip_known else None
            if known is None:
                self.record(data, exc, time.perf_counter() - start)
                return
            # A reported class: count it and let libFuzzer keep the input's coverage.
            self.known_hits[known.name] = self.known_hits.get(known.name, 0) + 1
            if self.runs % KNOWN_HITS_EVERY == 0 or sum(self.known_hits.values()) == 1:
                (self.out / "known-hits.json").write_text(
                    json.dumps({"runs": self.runs, **self.known_hits}) + "\n", "utf-8")
        seconds = time.perf_counter() - start
        if seconds > self.slow:
            again = time.perf_counter()
            check(data)
            if time.perf_counter() - again > self.slow:
                slow = SlowInputError(f"{seconds:.1f} s for {len(data)} bytes")
                if self.strict:
                    raise slow
                self.record(data, slow, seconds)


def summarise(out: Path) -> str:
    """One line per failure class recorded under ``out``: smallest size, first found, message."""
    classes: dict[str, dict[str, object]] = {}
    log = out / "failures.jsonl"
    for line in log.read_text(encoding="utf-8").splitlines() if log.exists() else ():
        entry = json.loads(line)
        first = classes.setdefault(entry["signature"], {**entry, "first_s": entry["elapsed_s"]})
        if entry["size"] <= first["size"]:  # type: ignore[operator]
            classes[entry["signature"]] = {**entry, "first_s": first["first_s"]}
    return "\n".join(
        f"{sig}  smallest {e['size']} B ({e['file']}), first after {e['first_s']} s: "
        f"{str(e['message'])[:90]}" for sig, e in sorted(classes.items())) or "no failures"


def make_seeds(target: Path) -> int:
    """Write every golden source, once per mode, as a seed; return how many."""
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for number, source in enumerate(sorted(GOLDEN.glob("*/*/source.*"))):
        raw = source.read_bytes()
        for index, name in enumerate(MODE_NAMES):
            seed = bytes([index, (number + index) % len(URLS)]) + raw
            (target / f"{source.parent.name}-{name}").write_bytes(seed)
            count += 1
    return count


LIBFUZZER_FLAG = re.compile(r"^-[a-z_]+=")
MINIMISING = ("-minimize_crash", "-minimize_crash_internal_step")
"""Flags with which libFuzzer shrinks one crash: it needs a crash, so they imply strict."""


def main(argv: list[str]) -> int:
    # libFuzzer flags look like -name=value; it re-runs this script with only those (and
    # file paths) when it minimises, so they are told apart by form, "--" being optional.
    libfuzzer = [a for a in argv if LIBFUZZER_FLAG.match(a)]
    own = [a for a in argv if a != "--" and not LIBFUZZER_FLAG.match(a)]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*", type=Path, help="libFuzzer corpus directories")
    parser.add_argument("--make-seeds", type=Path, metavar="DIR",
                        help="write the seed corpus from tests/golden into DIR and stop")
    parser.add_argument("--out", type=Path, default=Path("fuzz-out"),
                        help="where failures are kept (default: fuzz-out)")
    parser.add_argument("--summary", action="store_true",
                        help="print the failure classes recorded under --out and stop")
    parser.add_argument("--slow", type=float, default=SLOW_SECONDS,
                        help=f"seconds that make a call a failure (default {SLOW_SECONDS})")
    parser.add_argument("--skip-known", action="store_true",
                        help="count the failure classes already reported (KNOWN in "
                        "tests/fuzz/properties.py) in known-hits.json instead of recording "
                        "them, so inputs that hit them still guide the search")
    parser.add_argument("--strict", action="store_true",
                        help="stop at the first failure (for -minimize_crash=1)")
    args = parser.parse_args(own)
    # Running given files (reproducing, or libFuzzer re-running one while it minimises)
    # must crash on a failure, not record it.
    args.strict = (args.strict or any(a.startswith(MINIMISING) for a in libfuzzer)
                   or any(path.is_file() for path in args.corpus))
    if args.summary:
        print(summarise(args.out))
        return 0
    if args.make_seeds:
        print(f"{make_seeds(args.make_seeds)} seeds written to {args.make_seeds}")
        return 0
    recorder = Recorder(args.out, args.slow, args.strict, args.skip_known)
    if args.corpus and not args.corpus[0].is_file():  # a file: one input to run or minimise
        args.corpus[0].mkdir(parents=True, exist_ok=True)
    given = {a.split("=")[0] for a in libfuzzer}
    defaults = [a for a in DEFAULT_LIBFUZZER_ARGS if a.split("=")[0] not in given]
    if "-dict" not in given:
        defaults.append(f"-dict={write_dictionary(args.out / 'newsclean.dict')}")
    atheris.Setup([sys.argv[0], *defaults, *libfuzzer, *map(str, args.corpus)],
                  recorder.one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
