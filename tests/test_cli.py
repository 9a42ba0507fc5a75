"""The ``newsclean`` command, driven through ``main(argv)`` as a user would run it."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsclean import __version__
from newsclean.cli import main

SEED = Path("/work/shared/seeds/america-one-news.txt")

PARAGRAPHS = (
    "The city council voted on Tuesday evening to rebuild the old stone bridge over the river, "
    "ending a debate that had divided residents for nearly a decade.",
    "Engineers told the council that the bridge, built in 1887, could no longer carry buses "
    "safely and that repairs would cost almost as much as a new crossing.",
    "Work is expected to begin next spring and to last about two years, during which a "
    "temporary footbridge will link the two halves of the town.",
)
DUMP = "\n".join(
    [
        "THE DAILY EXAMPLE",
        "Mar 3, 2024 | ",
        "Sponsored by Acme",
        "",
        PARAGRAPHS[0],
        "Advertisement",
        *PARAGRAPHS[1:],
    ]
)


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    """A small flattened news page with a masthead, a dateline, an ad and a sponsor line."""
    path = tmp_path / "daily.txt"
    path.write_text(DUMP + "\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the terminal width so --explain truncation does not depend on where tests run."""
    monkeypatch.setenv("COLUMNS", "200")


def test_text_output_is_the_body_only(dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Plain text output is the kept paragraphs, without the page chrome."""
    assert main([str(dump)]) == 0
    out = capsys.readouterr().out
    assert out == "\n\n".join(PARAGRAPHS) + "\n"


def test_json_output_is_one_pretty_article(dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints the article as indented JSON with the removals explained."""
    assert main(["--format", "json", str(dump)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")
    data = json.loads(out)
    assert data["text"] == "\n\n".join(PARAGRAPHS)
    assert data["published"] == "2024-03-03"
    rules = {r["text"]: r["rule"] for r in data["removed"]}
    assert rules["Advertisement"] == "ad-marker"
    assert rules["Sponsored by Acme"] == "sponsor"


def test_markdown_output(dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format markdown prints the library's Markdown, byline and body included."""
    assert main(["--format", "markdown", str(dump)]) == 0
    out = capsys.readouterr().out
    assert "2024-03-03" in out
    assert PARAGRAPHS[0] in out
    assert "Advertisement" not in out


def test_url_is_recorded(dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--url is passed to the library and shows up in the article."""
    assert main(["--format", "json", "--url", "https://example.com/a", str(dump)]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == "https://example.com/a"


def _blocks_and_metadata(out: str) -> tuple[list[str], list[str]]:
    """--explain's block lines, and the metadata lines after them."""
    blocks, _, metadata = out.partition("\n\nmetadata:\n")
    return blocks.splitlines(), metadata.splitlines()


def test_explain_shows_keep_and_drop(dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--explain prints one line per block, kept or dropped, with the rule and reason."""
    assert main(["--explain", str(dump)]) == 0
    lines, _ = _blocks_and_metadata(capsys.readouterr().out)
    assert len(lines) == 7
    assert lines[2].startswith("- DROP sponsor ") and "(sponsor banner)" in lines[2]
    assert lines[3].startswith("  KEEP ") and "line 5" in lines[3]
    assert lines[4].startswith("- DROP ad-marker ")
    assert "line 6" in lines[4] and lines[4].endswith("(advertisement marker)")
    assert "\033[" not in "".join(lines)  # not a terminal: no colour


def test_explain_shows_where_metadata_came_from(
        dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After the blocks, --explain lists each metadata value and its source."""
    assert main(["--explain", str(dump)]) == 0
    _, metadata = _blocks_and_metadata(capsys.readouterr().out)
    assert any(line.split()[:2] == ["published", "2024-03-03"] and "<- dateline line 1" in line
               for line in metadata)
    assert any(line.split()[:1] == ["site_name"] and "<- masthead line 0" in line
               for line in metadata)


def test_explain_truncates_to_terminal_width(
    dump: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long blocks are cut with an ellipsis so each --explain line fits the terminal."""
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["--explain", str(dump)]) == 0
    out = capsys.readouterr().out
    assert all(len(line) <= 60 for line in out.splitlines())
    assert _blocks_and_metadata(out)[0][-1].endswith("…")


def test_explain_width_option(dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--width N cuts --explain lines to N columns, whatever COLUMNS says."""
    assert main(["--explain", "--width", "60", str(dump)]) == 0
    out = capsys.readouterr().out
    assert all(len(line) <= 60 for line in out.splitlines())
    assert _blocks_and_metadata(out)[0][-1].endswith("…")


def test_explain_into_a_pipe_is_not_cut(
    dump: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a terminal, COLUMNS or --width, --explain lines keep the whole block text."""
    monkeypatch.delenv("COLUMNS")
    assert main(["--explain", str(dump)]) == 0
    lines, _ = _blocks_and_metadata(capsys.readouterr().out)
    assert max(len(line) for line in lines) > 80
    assert lines[-1].endswith(PARAGRAPHS[2])


def test_rules_lists_names_and_summaries(capsys: pytest.CaptureFixture[str]) -> None:
    """--rules lists every rule with its summary and exits 0 without needing a path."""
    assert main(["--rules"]) == 0
    out = capsys.readouterr().out
    names = [line.split()[0] for line in out.splitlines()]
    assert {"ad-marker", "sponsor", "masthead", "dateline"} <= set(names)
    assert "Advertisement" in out


def test_disable_keeps_what_the_rule_would_remove(
    dump: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--disable ad-marker (and dump-region, which would trim the line above the article
    otherwise) leaves the 'Advertisement' line in the body."""
    assert main([str(dump)]) == 0
    assert "Advertisement" not in capsys.readouterr().out
    assert main(["--disable", "ad-marker", str(dump)]) == 0
    assert "\n\nAdvertisement\n\n" in capsys.readouterr().out


def test_unknown_disable_is_a_usage_error(dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --disable name exits 2 and lists the known rule names."""
    assert main(["--disable", "no-such-rule", str(dump)]) == 2
    err = capsys.readouterr().err
    assert "newsclean: error:" in err and "no-such-rule" in err
    assert "ad-marker" in err and "sponsor" in err


def test_no_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Running without a path (and without --rules) exits 2 with a message."""
    assert main([]) == 2
    assert "newsclean: error:" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and exits 0."""
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_missing_file_is_reported_and_others_still_run(
    dump: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file gives a one-line error, an error record and exit 1; the others still run."""
    missing = tmp_path / "nope.txt"
    assert main([str(missing), str(dump)]) == 1
    captured = capsys.readouterr()
    error_line, summary = captured.err.splitlines()
    assert error_line == f"newsclean: error: {missing}: no such file"
    assert summary.startswith("newsclean: 2 pages, 1 articles, 1 failed in ")
    first, second = (json.loads(line) for line in captured.out.splitlines())
    assert first == {"source": {"path": str(missing), "url": None}, "error": "no such file"}
    assert second["text"].startswith(PARAGRAPHS[0])


def test_one_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A single missing file is one error line on stderr and exit 1, with no summary."""
    missing = tmp_path / "nope.html"
    assert main([str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"newsclean: error: {missing}: no such file\n"
    assert captured.out == ""


def test_empty_directory_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """A directory without pages is a warning; nothing failed, so the exit status is 0."""
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{tmp_path}: no file matches *.html" in caplog.text
    assert "0 pages, 0 articles, 0 failed" in captured.err


def test_undecodable_bytes_do_not_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes in no sensible encoding are decoded best-effort by the library, not a crash."""
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\xff\xfe\x00\xd8" * 3)
    assert main(["--format", "json", str(path)]) == 0
    captured = capsys.readouterr()
    assert isinstance(json.loads(captured.out)["text"], str)
    assert "Traceback" not in captured.err


def test_stdin_dash_reads_bytes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'-' reads the page as bytes from stdin, so UTF-8 text survives intact."""
    page = (DUMP + "\nIt cost €3 million, said the mayor’s office in a statement.\n").encode()
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(page)))
    assert main(["-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(PARAGRAPHS[0])
    assert "€3 million, said the mayor’s office" in out


def test_several_paths_give_json_lines(
    dump: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several paths with --format json print one compact JSON object per line."""
    other = tmp_path / "other.txt"
    other.write_text("Advertisement\n" + PARAGRAPHS[2] + "\n", encoding="utf-8")
    assert main(["--format", "json", str(dump), str(other)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["text"] == "\n\n".join(PARAGRAPHS)
    assert second["text"] == PARAGRAPHS[2]


def test_several_paths_in_text_are_labelled(
    dump: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several paths in text format are separated by a line naming each file."""
    other = tmp_path / "other.txt"
    other.write_text(PARAGRAPHS[1] + "\n", encoding="utf-8")
    assert main(["--format", "text", str(dump), str(other)]) == 0
    out = capsys.readouterr().out
    assert out.index(f"==> {dump} <==") < out.index(PARAGRAPHS[0])
    assert out.index(f"==> {other} <==") < out.rindex(PARAGRAPHS[1])


@pytest.mark.skipif(not SEED.exists(), reason="seed page not in this checkout")
def test_seed_page_explained(capsys: pytest.CaptureFixture[str]) -> None:
    """On the real seed dump, --explain drops the sponsor banner and keeps the story."""
    assert main(["--explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert any(
        line.startswith("- DROP sponsor ") and "Sponsor: QWIKET AI" in line
        for line in out.splitlines()
    )
    assert any(
        line.startswith("  KEEP ") and "Russian President Vladimir" in line
        for line in out.splitlines()
    )
