"""Page bytes decode by BOM, then declared charset, then UTF-8; binary junk is refused by name."""

from __future__ import annotations

import codecs
import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit.errors import ParseError
from beritakit.parsing.decode import decode_html, looks_binary, utf8_bytes

PAGE = "<html><body><p>Harga cabai © naik</p></body></html>"


class TestDecodeHtml:
    @pytest.mark.parametrize(
        ("bom", "codec"),
        [
            (codecs.BOM_UTF8, "utf-8"),
            (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"),
            (codecs.BOM_UTF32_LE, "utf-32-le"),
        ],
    )
    def test_byte_order_mark_decides_the_encoding(self, bom: bytes, codec: str) -> None:
        """A byte-order mark wins over everything, and is not part of the text."""
        assert decode_html(bom + PAGE.encode(codec)) == PAGE

    @pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
    def test_utf16_without_a_byte_order_mark_is_recognised(self, codec: str) -> None:
        """UTF-16 saved without a BOM is read as UTF-16, not refused as binary for its NUL bytes."""
        assert decode_html(PAGE.encode(codec)) == PAGE
        assert utf8_bytes(PAGE.encode(codec)) is None

    def test_latin_declaration_over_utf8_bytes_is_utf8(self) -> None:
        """A page that declares iso-8859-1 but holds valid multi-byte UTF-8 was written in UTF-8."""
        page = '<meta charset="iso-8859-1"><p>© KapanLagi.com®</p>'
        assert decode_html(page.encode("utf-8")).endswith("© KapanLagi.com®</p>")

    def test_latin_bytes_that_are_not_utf8_are_windows_1252(self) -> None:
        """Invalid UTF-8 under a Latin declaration is the legacy code page browsers assume."""
        page = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>caf\xe9 “x”</p>'
        assert decode_html(page.encode("cp1252")).endswith("café “x”</p>")

    def test_a_legacy_paragraph_leaves_the_utf8_text_intact(self) -> None:
        """An old article in a new template: its windows-1252 bytes are read as such, and the
        page's UTF-8 curly quotes stay curly quotes instead of turning into "â€œ"."""
        page = '<meta charset="utf-8"><p>“Kopi” naik</p>'.encode() + "<p>Harga café – naik</p>".encode(
            "cp1252"
        )
        assert decode_html(page).endswith("<p>“Kopi” naik</p><p>Harga café – naik</p>")

    def test_other_declared_charset_is_honoured(self) -> None:
        """A declared non-Latin charset (here Shift JIS) decodes the page."""
        page = '<meta charset="shift_jis"><p>東京</p>'
        assert decode_html(page.encode("shift_jis")).endswith("東京</p>")

    def test_unknown_charset_label_falls_back_to_utf8(self) -> None:
        """A label no codec knows is no declaration at all."""
        page = '<meta charset="x-nonsense"><p>Jum’at</p>'
        assert decode_html(page.encode("utf-8")).endswith("Jum’at</p>")

    @pytest.mark.parametrize("junk", [b"\x00\x01\x02\x03" * 50, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20])
    def test_binary_bytes_raise_parse_error(self, junk: bytes) -> None:
        """NUL bytes and control characters are binary data, refused as not a text document."""
        with pytest.raises(ParseError, match="binary"):
            decode_html(junk)


class TestUtf8Bytes:
    def test_valid_utf8_is_passed_on_without_its_bom(self) -> None:
        """UTF-8 bytes go to the parser as they are, minus a byte-order mark."""
        assert utf8_bytes(codecs.BOM_UTF8 + b"<p>a</p>") == b"<p>a</p>"

    def test_other_encodings_are_left_to_decode_html(self) -> None:
        """UTF-16 and declared non-Latin charsets are not passed through."""
        assert utf8_bytes(codecs.BOM_UTF16_LE + "<p>a</p>".encode("utf-16-le")) is None
        assert utf8_bytes(b'<meta charset="koi8-r"><p>a</p>') is None


class TestLooksBinary:
    def test_ordinary_text_is_not_binary(self) -> None:
        """Tabs, newlines and typographic characters are text."""
        assert not looks_binary("<p>Baris\tsatu\r\nbaris “dua”</p>")

    def test_nul_near_the_start_is_binary(self) -> None:
        """A NUL character among the first bytes marks binary data."""
        assert looks_binary("\x00<p>x</p>")


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_raise_parse_error(data: bytes) -> None:
    """Whatever the bytes, decoding gives text or ParseError, never a codec exception."""
    with contextlib.suppress(ParseError):
        assert isinstance(decode_html(data), str)


# Non-ASCII text in UTF-8, and single windows-1252 letters and marks: a lone byte of 0x80 or
# above before an ASCII one is never UTF-8, so each piece can only be read one way.
UTF8_PIECES = ["Harga cabai ", "“Kopi” ", "Jum’at – ", "café ", "東京 ", "<p>", "</p>", "\n"]
LEGACY_LETTERS = ["é", "“", "”", "–", "©", "’", "ñ", "€"]


@given(
    st.lists(
        st.one_of(
            st.sampled_from(UTF8_PIECES).map(lambda text: (text, text.encode("utf-8"))),
            st.sampled_from(LEGACY_LETTERS).map(
                lambda letter: (letter + " ", (letter + " ").encode("cp1252"))
            ),
        ),
        max_size=20,
    )
)
def test_each_piece_reads_as_it_was_written(pieces: list[tuple[str, bytes]]) -> None:
    """UTF-8 pieces and windows-1252 letters, in any mix: the page reads as its authors wrote it."""
    text = "".join(piece for piece, _ in pieces)
    assert decode_html(b"".join(data for _, data in pieces)) == text
