"""The batch command line: directories, gzip, JSON Lines, WARC, records, errors and jobs.

Every test runs ``main(argv)`` (or the installed command, where the process's
own stdout matters) on inputs it writes to a temporary directory.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsclean.batch.progress import Progress
from newsclean.batch.tasks import Source
from newsclean.batch.worker import Outcome
from newsclean.cli import main
from tests.batch_pages import html_page, story

CYRILLIC = "Городской совет проголосовал во вторник за восстановление старого моста."
"""cp1251 bytes of this are misread without a hint, so it shows the hint reaching the core."""


def _records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A directory tree: plain and gzipped pages, a text dump, and files that are not pages."""
    root = tmp_path / "site"
    (root / "2024" / "03").mkdir(parents=True)
    (root / "a.html").write_text(html_page(1), encoding="utf-8")
    (root / "2024" / "b.htm.gz").write_bytes(gzip.compress(html_page(2).encode()))
    (root / "2024" / "03" / "c.txt").write_text("\n".join(story(3)) + "\n", encoding="utf-8")
    (root / "2024" / "logo.png").write_bytes(b"\x89PNG\r\n")
    (root / "README.md").write_text("# notes\n", encoding="utf-8")
    return root


def test_directory_gives_one_json_line_per_page(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory is walked recursively, in path order, and each page is one JSON line."""
    assert main([str(site)]) == 0
    captured = capsys.readouterr()
    records = _records(captured.out)
    assert [r["source"] for r in records] == [
        {"path": str(site / "2024" / "03" / "c.txt"), "url": None},
        {"path": str(site / "2024" / "b.htm.gz"), "url": None},
        {"path": str(site / "a.html"), "url": None},
    ]
    assert [r["text"].split(":")[0] for r in records] == ["Story 3", "Story 2", "Story 1"]
    assert "removed" in records[0]
    (summary,) = captured.err.splitlines()
    assert summary.startswith("newsclean: 3 pages, 3 articles, 0 failed in ")
    assert summary.endswith("pages/s, 1 job)")


def test_glob_chooses_the_files(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--glob replaces the default patterns (repeatable)."""
    assert main(["--glob", "*.txt", "--glob", "*.html", str(site)]) == 0
    paths = [r["source"]["path"] for r in _records(capsys.readouterr().out)]
    assert paths == [str(site / "2024" / "03" / "c.txt"), str(site / "a.html")]


def test_gzip_is_found_by_its_magic_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A gzipped page is cleaned as a page whatever its name, never as mojibake text."""
    for name in ("page.html.gz", "misnamed.html"):
        path = tmp_path / name
        path.write_bytes(gzip.compress(html_page(5).encode()))
        assert main([str(path)]) == 0
        assert capsys.readouterr().out == "\n\n".join(story(5)) + "\n"


def test_fields_choose_what_a_record_holds(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--fields keeps the named fields, or leaves out the ones given with '-'."""
    assert main(["--fields", "title,text", str(site)]) == 0
    records = _records(capsys.readouterr().out)
    assert all(list(r) == ["source", "title", "text"] for r in records)
    assert main(["--fields=-removed,-body", str(site)]) == 0
    records = _records(capsys.readouterr().out)
    assert all("removed" not in r and "body" not in r and "text" in r for r in records)


def test_unknown_field_is_a_usage_error(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --fields name exits 2 and lists the known ones."""
    assert main(["--fields", "title,bogus", str(site)]) == 2
    err = capsys.readouterr().err
    assert "unknown field: bogus" in err and "removed" in err


def test_url_with_a_batch_is_a_usage_error(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--url names one page, so with a batch it is refused instead of stamped on every page."""
    assert main(["--url", "https://example.com/", str(site)]) == 2
    assert "--url names one page" in capsys.readouterr().err


def test_jsonl_input_with_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each JSON line is a page; a bad line is an error record at its line number, exit 1."""
    lines = [
        json.dumps({"body": html_page(1), "link": "https://example.com/1"}),
        "",
        "{not json",
        json.dumps({"link": "https://example.com/3"}),
        json.dumps({"body": html_page(4), "link": "https://example.com/4"}),
    ]
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    argv = ["--html-field", "body", "--url-field", "link", "--fields", "url,title", str(path)]
    assert main(argv) == 1
    captured = capsys.readouterr()
    records = _records(captured.out)
    assert [r["source"].get("line") for r in records] == [1, 3, 4, 5]
    assert records[0] == {
        "source": {"path": str(path), "line": 1, "url": "https://example.com/1"},
        "url": "https://example.com/1",
        "title": "Story 1",
    }
    assert records[1]["error"].startswith("not JSON")
    assert records[2] == {
        "source": {"path": str(path), "line": 4, "url": "https://example.com/3"},
        "error": "no text in field 'body'",
    }
    assert records[3]["title"] == "Story 4"
    assert f"newsclean: error: {path}:3: not JSON" in captured.err
    assert "4 pages, 2 articles, 2 failed" in captured.err


def _write_warc(path: Path) -> None:
    """A gzipped WARC: two HTML responses, and records that are not pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)

        def response(url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
            fields = [("Content-Type", content_type)]
            headers = StatusAndHeaders(status, fields, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)

        request = writer.create_warc_record(
            "https://example.com/1", "request", payload=io.BytesIO(b"GET /1 HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        response("https://example.com/1", html_page(1).encode(), "text/html; charset=utf-8")
        response("https://example.com/logo.png", b"\x89PNG\r\n", "image/png")
        gone = b"<html>Not found</html>"
        response("https://example.com/gone", gone, "text/html", "404 Not Found")
        page = html_page(2, charset=None, extra=f"<p>{CYRILLIC}</p>").encode("cp1251")
        response("https://example.com/2", page, "text/html; charset=windows-1251")


def test_warc_responses_with_their_charset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only 2xx HTML responses are pages; each names its record and URL; the charset is used."""
    pytest.importorskip("warcio")
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    assert main(["--fields", "url,paragraphs,text", str(path)]) == 2  # no such field
    capsys.readouterr()
    assert main(["--fields", "url,text", str(path)]) == 0
    records = _records(capsys.readouterr().out)
    assert [r["url"] for r in records] == ["https://example.com/1", "https://example.com/2"]
    for record in records:
        assert record["source"]["path"] == str(path)
        assert record["source"]["record"].startswith("<urn:uuid:")
        assert record["source"]["url"] == record["url"]
    assert records[1]["text"].endswith(CYRILLIC)


def test_encoding_option_for_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--encoding takes a charset or a Content-Type, and wins over a wrong declaration."""
    path = tmp_path / "page.html"
    page = html_page(7, charset="iso-8859-1", extra=f"<p>{CYRILLIC}</p>")
    path.write_bytes(page.encode("cp1251"))
    assert main([str(path)]) == 0
    assert not capsys.readouterr().out.endswith(CYRILLIC + "\n")  # the declaration is wrong
    for hint in ("cp1251", "text/html; charset=windows-1251"):
        assert main(["--encoding", hint, str(path)]) == 0
        assert capsys.readouterr().out.endswith(CYRILLIC + "\n")


def test_unreadable_gzip_is_an_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A truncated gzip file is an error record for that file; the rest still run."""
    bad = tmp_path / "a-bad.html.gz"
    bad.write_bytes(gzip.compress(html_page(1).encode())[:40])
    (tmp_path / "b-good.html").write_text(html_page(2), encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    records = _records(capsys.readouterr().out)
    assert records[0]["source"]["path"] == str(bad) and "error" in records[0]
    assert records[1]["title"] == "Story 2"


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """Forty pages, enough for two workers to interleave."""
    for number in range(40):
        (tmp_path / f"page-{number:02d}.html").write_text(html_page(number), encoding="utf-8")
    return tmp_path


def test_two_jobs_give_the_same_records_in_order(
    many: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--jobs 2 writes exactly what --jobs 1 writes; --unordered the same records in any order."""
    assert main(["--jobs", "1", str(many)]) == 0
    one = capsys.readouterr().out
    assert main(["--jobs", "2", str(many)]) == 0
    captured = capsys.readouterr()
    assert captured.out == one
    assert "40 pages, 40 articles, 0 failed" in captured.err and "2 jobs" in captured.err
    assert main(["--jobs", "2", "--unordered", str(many)]) == 0
    assert sorted(capsys.readouterr().out.splitlines()) == sorted(one.splitlines())


def test_single_json_page_stays_pretty(many: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One page with --format json is one indented document without a source, as before."""
    assert main(["--format", "json", str(many / "page-01.html")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")
    assert json.loads(out)["title"] == "Story 1"


def test_jsonl_format_for_one_page(many: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format jsonl gives the batch record even for a single page."""
    assert main(["--format", "jsonl", "--fields", "title", str(many / "page-01.html")]) == 0
    source = {"path": str(many / "page-01.html"), "url": None}
    assert _records(capsys.readouterr().out) == [{"source": source, "title": "Story 1"}]


class _Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal() -> None:
    """The bar draws on a terminal and writes nothing to a pipe or file."""
    outcome = Outcome(Source("a.html"), "", article=True)
    pipe, terminal = io.StringIO(), _Terminal()
    for stream in (pipe, terminal):
        with Progress(stream) as bar:
            bar.update(outcome)
            bar.update(outcome)
    assert pipe.getvalue() == ""
    assert "page/s" in terminal.getvalue()


def _command(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )


def test_non_utf8_stdout_does_not_crash(tmp_path: Path) -> None:
    """With an ASCII stdout, text gets '?' for what it cannot show and JSON gets \\u escapes."""
    path = tmp_path / "page.html"
    path.write_text(html_page(1, extra=f"<p>{CYRILLIC}</p>"), encoding="utf-8")
    env = {"PYTHONIOENCODING": "ascii"}
    text = _command(str(path), env=env)
    assert text.returncode == 0, text.stderr
    shown = CYRILLIC.encode("ascii", errors="replace").decode("ascii")
    assert text.stdout.decode("ascii") == "\n\n".join([*story(1), shown]) + "\n"
    as_json = _command("--format", "jsonl", str(path), env=env)
    assert as_json.returncode == 0, as_json.stderr
    (record,) = _records(as_json.stdout.decode("ascii"))
    assert record["text"].endswith(CYRILLIC)
