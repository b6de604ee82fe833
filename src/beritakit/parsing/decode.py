"""Bytes to text for HTML pages: byte-order mark, then the declared charset, then UTF-8.

UTF-16 saved without a byte-order mark (Windows "Unicode" exports) is recognised by its NUL bytes.

Indonesian news pages often declare ``iso-8859-1`` while serving UTF-8 (an old CMS default that
nobody changed), so a Latin declaration is only believed for the bytes that are not UTF-8. Those
are read as windows-1252, where they stand: a legacy page reads whole in its code page, and a
legacy paragraph inside a UTF-8 page (an old article in a new template) leaves the page's UTF-8
text intact, where decoding the whole page as windows-1252 would garble every curly quote.
Binary junk is refused with :class:`~beritakit.errors.ParseError` rather than decoded into noise.
"""

from __future__ import annotations

import codecs
import re

from beritakit.errors import ParseError

__all__ = ["decode_html", "looks_binary", "utf8_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x">, and <meta http-equiv="Content-Type" content="text/html; charset=x">.
_DECLARED = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_PRESCAN_BYTES = 4096  # where the HTML standard looks for the declaration (1024), with slack
# Declarations that mean "a single-byte Western code page": the HTML standard reads them all as
# windows-1252, and on Indonesian sites they are usually a stale default over UTF-8 bytes.
_LATIN = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "windows-1252", "cp1252",
                    "us-ascii", "ascii", "iso-8859-15", "iso8859-15"})  # fmt: skip
_UTF8 = frozenset({"utf-8", "utf8"})
# C0 controls other than tab, newline, form feed and carriage return never occur in real text.
_CONTROL_CHARACTERS = "".join(map(chr, [*range(0x09), 0x0B, *range(0x0E, 0x20)]))
_CONTROL = re.compile(f"[{re.escape(_CONTROL_CHARACTERS)}]")
_NOT_CONTROL_BYTES = bytes(byte for byte in range(256) if chr(byte) not in _CONTROL_CHARACTERS)
_BINARY_SHARE = 0.01
_SAMPLE = 65536
# UTF-16 text without a BOM: mostly ASCII, so about every other byte of a sample is NUL, at one parity only.
_UTF16_SAMPLE = 4096
_UTF16_NUL_SHARE = 0.4


def _as_windows_1252(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: the bytes that are not UTF-8, read as windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


_WINDOWS_1252_WHERE_NOT_UTF8 = "beritakit.windows-1252"
codecs.register_error(_WINDOWS_1252_WHERE_NOT_UTF8, _as_windows_1252)


def decode_html(data: bytes) -> str:
    """Decode an HTML page, or raise ParseError when the bytes are not text.

    >>> decode_html('<p>Berita</p>'.encode('utf-16'))
    '<p>Berita</p>'
    >>> decode_html('<meta charset="iso-8859-1"><p>© Kapanlagi</p>'.encode())[-15:]
    '© Kapanlagi</p>'
    >>> decode_html('<p>“Kopi”</p>'.encode() + '<p>café</p>'.encode("cp1252"))
    '<p>“Kopi”</p><p>café</p>'
    """
    utf8 = utf8_bytes(data)
    if utf8 is not None:
        return utf8.decode("utf-8")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode(data[len(bom) :], encoding))
    bomless = _bomless_utf16(data)
    if bomless is not None:
        return _checked(bomless)
    declared = _declared_charset(data)
    if declared is None or declared in _LATIN or declared in _UTF8:
        # What is not UTF-8 was written in the legacy code page that browsers assume.
        return _checked(data.decode("utf-8", errors=_WINDOWS_1252_WHERE_NOT_UTF8))
    return _checked(_decode(data, declared))


def utf8_bytes(data: bytes) -> bytes | None:
    """``data`` as UTF-8 bytes ready for the parser (BOM dropped), or None when it is another encoding.

    Valid UTF-8 is UTF-8 whatever the page declares: a page that declares a Latin code page
    but holds valid multi-byte sequences was written in UTF-8.

    Raises:
        ParseError: the bytes hold the control characters of binary data.
    """
    body = data.removeprefix(codecs.BOM_UTF8)
    if body is data and (
        data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_encoding(data) is not None
    ):
        return None
    declared = _declared_charset(body)
    if declared is not None and declared not in _LATIN and declared not in _UTF8:
        return None
    if not body.isascii():  # ASCII is UTF-8 as it is; other bytes are checked by decoding them
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return None
    sample = body[:_SAMPLE]
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES))  # what is left are the controls
    if b"\x00" in sample[:1024] or controls > _BINARY_SHARE * max(len(sample), 1):
        raise ParseError("not a text document: the bytes hold binary control characters")
    return body


def looks_binary(text: str) -> bool:
    """Whether decoded text carries the control characters of binary data rather than a page."""
    sample = text[:_SAMPLE]
    if "\x00" in sample[:1024]:
        return True
    if _CONTROL.search(sample) is None:
        return False
    return len(_CONTROL.findall(sample)) > _BINARY_SHARE * max(len(sample), 1)


def _utf16_encoding(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the bytes look like UTF-16 without a byte-order mark."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:_UTF16_SAMPLE]
    half = len(sample) / 2
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    for encoding, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= _UTF16_NUL_SHARE and other == 0:
            return encoding
    return None


def _bomless_utf16(data: bytes) -> str | None:
    encoding = _utf16_encoding(data)
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ParseError(f"the bytes look like {encoding} but do not decode as it") from None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED.search(data, 0, _PRESCAN_BYTES)
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    if name in _LATIN or name in _UTF8:
        return name
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None  # an unknown label is no declaration at all


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode(encoding, errors="replace")


def _checked(text: str) -> str:
    if looks_binary(text):
        raise ParseError("not a text document: the bytes hold binary control characters")
    return text
