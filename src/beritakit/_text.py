"""Text normalisation shared by the models and the parsers (pure, idempotent functions)."""

from __future__ import annotations

import re

__all__ = ["normalize_space", "strip_xml_illegal"]

# Characters XML 1.0 cannot carry (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/U+FFFF),
# plus invisible format characters that only get in the way of matching (zero-width spaces, BOM,
# soft hyphen). Scraped Indonesian pages are full of both.
_ILLEGAL_CHARACTERS = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_XML_ILLEGAL = re.compile(f"[{_ILLEGAL_CHARACTERS}]")
# Both sets in one pass: normalize_space runs on every text the parsers read.
_DROPPED = re.compile(f"[{_ILLEGAL_CHARACTERS}\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def strip_xml_illegal(text: str) -> str:
    """Remove the characters that XML 1.0 documents cannot contain."""
    return _XML_ILLEGAL.sub("", text)


def normalize_space(text: str) -> str:
    """Collapse every run of white space to one space, drop invisible and XML-illegal characters, strip.

    >>> normalize_space("  Jakarta,\\u00a0KOMPAS.com\\u200b -\\n berita ")
    'Jakarta, KOMPAS.com - berita'
    """
    if text.isprintable():
        # Every character dropped or taken for white space, but " " itself, is unprintable (a
        # control, format, surrogate or separator character): most texts have nothing to drop.
        return " ".join(text.split()) if "  " in text or text[:1] == " " or text[-1:] == " " else text
    # str.split() splits on exactly what the regex \s matches (both use str.isspace), but faster.
    return " ".join(_DROPPED.sub("", text).split())
