"""Bytes to text: declared UTF-8 wins, cuts fall between characters, guesses are noted."""

from __future__ import annotations

import contextlib
import gzip
import io
import random
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Budget, Cleaner, DecodeError
from newsclean.input.decode import _replaced, decode_page

DE = ("Der Gemeinderat von Mühlbach stimmte am Dienstag für den Neubau der alten Brücke "
      "über den Fluss.")
FR = "Le maire a déjà annoncé que les travaux de la place commenceront à l'été, après la fête."
RU = "Городской совет проголосовал во вторник за восстановление старого каменного моста."
EN = ("The council voted on Tuesday to rebuild the old stone bridge over the river, and the "
      "work is expected to start next spring.")


def html(*paragraphs: str, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head>{head}<title>Brücke</title></head><body><article>{body}</article>"
            "</body></html>")


def guessed(article: newsclean.Article) -> bool:
    return any("guessed" in note or "NUL bytes say" in note for note in article.notes)


def lossy(article: newsclean.Article) -> bool:
    return any("became U+FFFD" in note for note in article.notes)


# --- UTF-8 --------------------------------------------------------------------------------


def test_declared_utf8_with_a_stray_latin1_byte_stays_utf8() -> None:
    """One Latin-1 byte in a page declaring UTF-8 becomes U+FFFD; every other paragraph is right."""
    raw = html(DE, EN + " Café", head='<meta charset="utf-8">').encode()
    raw = raw.replace("Café".encode(), b"Caf\xe9")
    article = newsclean.clean(raw)
    assert article.paragraphs[0] == DE
    assert article.paragraphs[1].endswith("Caf\ufffd")
    assert lossy(article)


def test_undeclared_mostly_utf8_stays_utf8() -> None:
    """Without a declaration, UTF-8 with a stray byte is still read as UTF-8, noted as lossy."""
    raw = (DE + "\n" + DE + "\n").encode() + b"Caf\xe9 au lait\n"
    article = newsclean.clean(raw)
    assert article.paragraphs[:2] == (DE, DE)
    assert lossy(article)


def test_truncated_last_character_is_dropped_with_a_note() -> None:
    """UTF-8 ending half-way through a character keeps every whole character."""
    raw = (DE + "\n" + EN + " Café").encode()[:-1]
    article = newsclean.clean(raw)
    assert article.paragraphs[0] == DE
    assert article.paragraphs[1].endswith(" Caf")
    assert any("middle of a character" in note for note in article.notes)


@pytest.mark.parametrize("cut", range(1, 6))
def test_budget_cut_falls_between_characters(cut: int) -> None:
    """Cutting a UTF-8 page at the byte budget, mid-character or not, keeps it UTF-8."""
    raw = ("\n".join([DE] * 40)).encode()
    limit = len(raw) // 2 + cut
    article = Cleaner(budget=Budget(max_bytes=limit)).clean(raw)
    assert all("Mühlbach" in p or DE.startswith(p) for p in article.paragraphs)
    assert not guessed(article)
    assert not lossy(article)
    assert any("read the first" in note for note in article.notes)


# --- single-byte encodings ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "encoding"), [(DE, "latin-1"), (FR, "cp1252"),
                                                (FR + " « Oui »", "iso-8859-15")])
def test_undeclared_western_text_is_guessed_right(text: str, encoding: str) -> None:
    """Undeclared Latin-1/cp1252 German and French come out right, with a note."""
    for raw in (html(text, text).encode(encoding), (text + "\n" + text).encode(encoding)):
        article = newsclean.clean(raw)
        assert article.paragraphs == (text, text)
        assert guessed(article)


def test_undeclared_cyrillic_is_not_read_as_western() -> None:
    """Undeclared cp1251 Russian is left to the detector, not read as accented Latin."""
    article = newsclean.clean((RU + "\n" + RU + "\n").encode("cp1251"))
    assert article.paragraphs == (RU, RU)
    assert guessed(article)


def test_declared_single_byte_charset_is_used() -> None:
    """ISO-8859-1 declared in the page is read as its browser superset, windows-1252."""
    raw = html(DE, head='<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    article = newsclean.clean(raw.encode("latin-1"))
    assert article.paragraphs == (DE,)
    assert not guessed(article)


# --- UTF-16 and hints ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_without_bom_is_detected(encoding: str) -> None:
    """UTF-16/32 with no byte-order mark is found by its NULs, for HTML and text alike."""
    for page in (html(DE, EN), DE + "\n" + EN + "\n"):
        article = newsclean.clean(page.encode(encoding))
        assert article.paragraphs == (DE, EN)
        assert "\x00" not in article.text


@pytest.mark.parametrize("hint", ["koi8-r", "text/plain; charset=KOI8-R"])
def test_encoding_hint_is_honoured(hint: str) -> None:
    """A charset name or a Content-Type value tells the encoding, no guessing."""
    article = newsclean.clean((RU + "\n" + EN).encode("koi8-r"), encoding=hint)
    assert article.paragraphs == (RU, EN)
    assert not guessed(article)


def test_encoding_hint_wins_over_the_page_declaration() -> None:
    """The caller's hint (an HTTP header) beats a wrong <meta charset>."""
    raw = html(DE, head='<meta charset="utf-8">').encode("cp1252")
    assert newsclean.clean(raw, encoding="windows-1252").paragraphs == (DE,)


def test_unknown_hint_is_noted_and_ignored() -> None:
    """A hint naming no charset leaves a note and decoding goes on without it."""
    article = newsclean.clean((DE + "\n").encode(), encoding="no-such-charset")
    assert article.paragraphs == (DE,)
    assert any("no-such-charset" in note for note in article.notes)


# --- not text -----------------------------------------------------------------------------


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.bin", random.Random(3).randbytes(5000))
    return out.getvalue()


BINARY = {
    "random": random.Random(5).randbytes(200_000),
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 9 >>\nstream\n\x00\x01\x02",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00@",
    "zip": _zip(),
    "gzip": gzip.compress(html(DE).encode()),
}


@pytest.mark.parametrize("name", list(BINARY))
def test_binary_input_is_refused(name: str) -> None:
    """Random bytes, a PDF, an image or an archive raise DecodeError (a ValueError)."""
    with pytest.raises(DecodeError, match="not a text or HTML page"):
        newsclean.clean(BINARY[name])


def test_text_with_a_binary_stretch_keeps_the_text_with_a_note() -> None:
    """Mostly text with some binary in the middle: the text is kept, the binary dropped."""
    text = ((EN + "\n" + DE + "\n") * 30).encode()
    article = newsclean.clean(text + random.Random(6).randbytes(300) + text)
    assert article.paragraphs.count(DE) >= 50
    assert any("binary data" in note for note in article.notes)


def test_text_starting_like_a_signature_is_still_text() -> None:
    """A dump that starts with 'ID3' is text: a signature counts only with binary after it."""
    assert newsclean.clean(b"ID3 tags hold the title of a song.\n" + EN.encode()).paragraphs


@pytest.mark.parametrize("raw", [BINARY["random"][:4000], b"\xff\xfe\x00\xd8" * 3,
                                 html(DE).encode()[:-3] + b"\xe9\xff"])
def test_decoding_prints_nothing(raw: bytes, capfd: pytest.CaptureFixture[str]) -> None:
    """Lossy or impossible decoding never writes to stdout or stderr."""
    with contextlib.suppress(DecodeError):
        newsclean.clean(raw)
    assert capfd.readouterr() == ("", "")


# --- properties ---------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=300)


@given(TEXT, st.integers(min_value=0, max_value=1200))
def test_utf8_cut_anywhere_is_a_prefix(text: str, cut: int) -> None:
    """UTF-8 cut at any byte decodes to a prefix of the text, whole characters only."""
    raw = text.encode()
    decoded = decode_page(raw[:cut], cut=cut < len(raw))
    assert text.startswith(decoded.text)
    assert len(decoded.text.encode()) > min(cut, len(raw)) - 4


@given(st.binary(max_size=3000), st.sampled_from([None, "utf-8", "latin-1", "utf-16", "x"]))
def test_any_bytes_decode_to_encodable_text(raw: bytes, hint: str | None) -> None:
    """Whatever the bytes and the hint, decoding gives text that encodes back to UTF-8."""
    decoded = decode_page(raw, hint=hint)
    decoded.text.encode("utf-8")


@given(st.binary(max_size=64), st.sampled_from(("utf-8", "windows-1252", "iso-8859-5")))
def test_replacement_count_skips_the_byte_scan_only_when_it_would_find_nothing(
        raw: bytes, name: str) -> None:
    """U+FFFD written in UTF-8 bytes always decodes to U+FFFD, so a text without one
    needs no count of the bytes: the short cut gives the full count's answer."""
    text = raw.decode(name, "replace")
    full = text.count("\ufffd") - (raw.count(b"\xef\xbf\xbd") if name == "utf-8" else 0)
    assert _replaced(text, raw, name) == full
    padded = raw + b"\xef\xbf\xbd"
    text = padded.decode("utf-8", "replace")
    assert _replaced(text, padded, "utf-8") == text.count("\ufffd") - padded.count(
        b"\xef\xbf\xbd")
