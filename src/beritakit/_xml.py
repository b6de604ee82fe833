"""Safe XML parsing for untrusted feeds: no entity expansion, no DTD loading, no network, bounded size."""

from __future__ import annotations

import re

from lxml import etree

from beritakit.errors import FormatError, LimitError

__all__ = ["MAX_XML_BYTES", "parse_xml"]

_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

MAX_XML_BYTES = 64 * 1024 * 1024
"""Largest XML document read, in bytes; a larger one raises LimitError before parsing."""


def _parser() -> etree.XMLParser:
    # A parser per call: lxml parsers are not safe to share between threads.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
    )


def parse_xml(data: bytes | str, *, max_bytes: int = MAX_XML_BYTES) -> etree._Element:
    """Parse ``data`` into an element tree, or raise FormatError / LimitError saying why not.

    Documents that declare entities are refused outright (billion laughs, external entities):
    no feed needs them, and leaving them unexpanded would silently drop text.
    """
    if isinstance(data, str):
        # Text is already decoded: drop its declaration, whose encoding no longer applies.
        data = _DECLARATION.sub("", data, count=1).encode("utf-8")
    if not isinstance(data, bytes | bytearray):
        raise FormatError(f"expected XML as bytes or str, got {type(data).__name__}")
    if len(data) > max_bytes:
        raise LimitError(f"XML document of {len(data):,} bytes exceeds the limit of {max_bytes:,} bytes")
    if not data.strip():
        raise FormatError("empty document, expected XML")
    try:
        root = etree.fromstring(bytes(data), _parser())
    except etree.XMLSyntaxError as error:
        line = error.lineno if isinstance(error.lineno, int) and error.lineno > 0 else None
        raise FormatError(f"not well-formed XML: {error.msg}", line=line) from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise FormatError("the document declares XML entities, which are refused for safety")
    return root
