"""Photo credits: split ``"Warga antre (ANTARA FOTO/Budi)"`` into caption text and credit.

Indonesian captions carry their credit in a handful of conventional places (field guide §4.5):
a last parenthesised group (``(ANTARA FOTO/X)``, ``(Foto: X)``, ``(ist)``), a ``Foto: X`` label
before or after the text, a ``©`` sign, a trailing ``Outlet/Name`` (``Tribun Medan/Jefri``),
``Dok. X``, a segment between dashes (``-kominfo palembang-``) or after one (``- ANTARA/Yudhi``),
an upper-case ``OUTLET/NAME`` printed before the text, and an ``Outlet/Name`` alone (a credit
printed on the photo, apart from its caption). Nothing is ever dropped but the
markers themselves: the label words ``Foto``/``Sumber``, parentheses, dashes and ``©``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from beritakit._text import normalize_space
from beritakit.parsing.datelines import looks_like_outlet

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["CREDIT_LABELS", "split_credit"]

CREDIT_LABELS: Final = frozenset({"foto", "photo", "sumber", "kredit", "credit"})
"""Label words that :func:`split_credit` drops ("Foto: X" gives the credit "X")."""

_LABEL: Final = r"(?:(?:Sumber|Kredit)\s+foto|Foto|FOTO|Photo|PHOTO|Sumber|SUMBER|Kredit|Credit)\s*:\s*"
_SEPARATORS: Final = " \t|/-–—:;,"

_LABEL_AT_START: Final = re.compile(_LABEL)
_COPYRIGHT: Final = re.compile(r"^(?P<text>.*?)[\s/|]*©\s*(?P<credit>.+)$")
_LAST_PARENTHESES: Final = re.compile(r"^(?P<text>.*?)\s*\((?P<credit>[^()]+)\)[\s.]*$")
_TRAILING_LABEL: Final = re.compile(rf"^(?P<text>.*?)[\s|]*\b{_LABEL}(?P<credit>[^:]+)$")
_LEADING_LABEL: Final = re.compile(
    rf"^(?P<label>{_LABEL})(?:(?P<credit>.+?)(?:\s*[|–—]\s*|\s+-\s+)(?P<text>.+)|(?P<alone>.+))$"
)
_BETWEEN_DASHES: Final = re.compile(
    r"^(?P<text>.*?)(?:^|(?<=[\s.!?]))-\s*(?P<credit>[^-–—\s][^-–—]{0,58}?)\s*-$"
)
_AFTER_DASH: Final = re.compile(r"^(?P<text>.+?)\s+[-–—]\s*(?P<credit>[^-–—]{2,60})$")
_DOK: Final = re.compile(
    r"^(?P<text>.*?)(?:^|(?<=[.!?])\s+)(?P<credit>(?:Dok|Doc|DOK|Dokumentasi)\b\.?\s*\S.{0,60})$"
)
# Lower-case words a "Dok." credit may hold; any other marks the start of the caption text.
_DOK_WORDS: Final = frozenset({"pribadi", "keluarga", "istimewa", "ist", "warga", "humas", "panitia", "net"})
_SLASH_AFTER_SENTENCE: Final = re.compile(
    r"^(?P<text>.*?[.!?])\s+(?P<credit>(?:[A-Z][\w.&®-]*\s){0,2}[A-Z][\w.&®-]*\s?/\s?[A-Z][\w.' -]{1,60})$"
)
_SLASH_IN_CAPITALS: Final = re.compile(
    r"^(?P<text>.+?)\s+(?P<credit>[A-Z][A-Z0-9.&-]*(?:\s[A-Z][A-Z0-9.&-]*)?\s?/\s?[A-Z][A-Z.' -]{1,60})$"
)
_SOCIAL: Final = re.compile(
    r"^(?P<text>.*?)\s*(?P<credit>(?:Instagram|Twitter|IG|Facebook|TikTok|YouTube|Youtube|X)\b[\s:/]*@[\w.]+)$"
)
# "Antara/Teresia May", "Republika/ Wihdan Hidayat": a caption that is all credit (printed on
# the photo, apart from the caption text): capitalised words on both sides of the slash.
_BARE_CREDIT: Final = re.compile(
    r"^(?P<credit>(?:[A-Z][\w.&®'’-]*\s){0,2}[A-Z][\w.&®'’-]*\s?/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4})$"
)
_LEADING_CAPITALS: Final = re.compile(
    r"^(?P<credit>[A-Za-z][\w.&-]*/[A-Z][A-Z.'-]*(?:\s[A-Z][A-Z.'-]*)*)\s+(?P<text>[A-Z][a-z].*)$"
)

# What a last parenthesised group holds when it is part of the caption, not its credit.
_POSITIONS: Final = re.compile(
    r"(?i)^(?:(?:dari\s+)?(?:kiri|kanan|tengah|depan|belakang|atas|bawah)(?:[\s-]+(?:ke\s+)?"
    r"(?:kiri|kanan|tengah|depan|belakang|atas|bawah))*|ki-ka|ka-ki|ilustrasi|foto ilustrasi|insert|inset)$"
)
_CREDIT_CUE: Final = re.compile(
    r"(?i)/|@|^(?:dok|doc|dokumentasi|ist|istimewa|net|repro|screenshot|tangkapan layar|handout|"
    r"instagram|twitter|facebook|youtube|tiktok)\b"
)


def split_credit(caption: str) -> tuple[str, str | None]:
    """Caption text and its photo credit (``None`` when the caption prints none).

    The text keeps everything but the credit and its markers (``Foto:``, parentheses, dashes,
    ``©``); the credit keeps its own words as printed (``ANTARA FOTO/X``, ``Dok. Pemkot``). The
    text is ``""`` when the whole caption is a credit.

    >>> split_credit("Warga antre minyak goreng. (ANTARA FOTO/Budi Setya)")
    ('Warga antre minyak goreng.', 'ANTARA FOTO/Budi Setya')
    >>> split_credit("Sekda menerima audiensi, Jumat.-kominfo palembang-")
    ('Sekda menerima audiensi, Jumat.', 'kominfo palembang')
    >>> split_credit("Suasana rapat di Jakarta")
    ('Suasana rapat di Jakarta', None)
    """
    text = normalize_space(caption)
    if not text:
        return text, None  # no rule finds a credit in nothing
    for rule in _RULES:
        found = rule(text)
        if found is not None:
            rest, credit = found
            credit = normalize_space(credit).strip(_SEPARATORS)
            if credit:
                return normalize_space(rest).strip(_SEPARATORS.replace("/", "")).rstrip("/ "), credit
    return text, None


# Each rule first looks for a character its pattern cannot match without: most captions print no
# credit, and a cheap ``in`` spares trying the pattern at every position of the text.


def _copyright(text: str) -> tuple[str, str] | None:
    if "©" not in text:
        return None
    match = _COPYRIGHT.match(text)
    return (match["text"], match["credit"]) if match else None


def _parenthesised(text: str) -> tuple[str, str] | None:
    if ")" not in text:
        return None
    match = _LAST_PARENTHESES.match(text)
    if match is None:
        return None
    inner = match["credit"].strip()
    labelled = _LABEL_AT_START.match(inner)
    if labelled is not None:
        return match["text"], inner[labelled.end() :]
    return (match["text"], inner) if _credit_like(inner, match["text"]) else None


def _credit_like(inner: str, before: str) -> bool:
    """Whether the words of a last parenthesised group name a source rather than describe the photo."""
    if _POSITIONS.match(inner) or sum(ch.isdigit() for ch in inner) * 2 >= len(inner.replace(" ", "")):
        return False
    if _CREDIT_CUE.search(inner) or looks_like_outlet(inner):
        return True
    words = inner.split()
    if len(words) > 6 or not all(word[0].isupper() or not word[0].isalpha() for word in words):
        return False
    # "Bank Indonesia (BI)" spells out an acronym of the words before it: part of the text.
    return not (len(words) == 1 and inner.isupper() and _is_acronym_of(inner, before))


def _is_acronym_of(acronym: str, before: str) -> bool:
    initials = "".join(word[0] for word in before.split()[-12:] if word[:1].isalpha()).upper()
    letters = iter(initials)
    return all(letter in letters for letter in acronym)


def _trailing_label(text: str) -> tuple[str, str] | None:
    if ":" not in text:
        return None
    match = _TRAILING_LABEL.match(text)
    return (match["text"], match["credit"]) if match and len(match["credit"].split()) <= 8 else None


def _leading_label(text: str) -> tuple[str, str] | None:
    if ":" not in text:
        return None
    match = _LEADING_LABEL.match(text)
    if match is None:
        return None
    if match["alone"] is not None:
        return "", match["alone"]
    if looks_like_outlet(match["text"]):  # "Foto: Dok. Pertamina – detikNews": all credit
        return "", text[match.end("label") :]
    return match["text"], match["credit"]


def _between_dashes(text: str) -> tuple[str, str] | None:
    if not text.endswith("-"):
        return None
    match = _BETWEEN_DASHES.match(text)
    return (match["text"], match["credit"]) if match else None


def _after_dash(text: str) -> tuple[str, str] | None:
    if "-" not in text and "–" not in text and "—" not in text:
        return None
    match = _AFTER_DASH.match(text)
    if match is None:
        return None
    credit = match["credit"].strip()
    return (match["text"], credit) if _CREDIT_CUE.search(credit) or looks_like_outlet(credit) else None


def _dok(text: str) -> tuple[str, str] | None:
    if "Do" not in text and "DO" not in text:
        return None
    match = _DOK.match(text)
    if match is None:
        return None
    words = match["credit"].split()[1:]
    plain = all(w[0].isupper() or w.lower() in _DOK_WORDS or looks_like_outlet(w) for w in words)
    return (match["text"], match["credit"]) if len(words) <= 5 and plain else None


def _bare_credit(text: str) -> tuple[str, str] | None:
    if "/" not in text:
        return None
    match = _BARE_CREDIT.match(text)
    if match is None:
        return None
    # An outlet (or an agency in capitals) before the slash: "Rute Jakarta/Bandung" is no credit.
    source = text.split("/", 1)[0].strip()
    return ("", match["credit"]) if looks_like_outlet(source) or source.isupper() else None


def _matcher(pattern: re.Pattern[str], mark: str) -> Callable[[str], tuple[str, str] | None]:
    def find(text: str) -> tuple[str, str] | None:
        if mark not in text:
            return None
        match = pattern.match(text)
        return (match["text"], match["credit"]) if match else None

    return find


_RULES: Final[tuple[Callable[[str], tuple[str, str] | None], ...]] = (
    _copyright,
    _parenthesised,
    _leading_label,
    _trailing_label,
    _between_dashes,
    _after_dash,
    _matcher(_SOCIAL, "@"),
    _dok,
    _bare_credit,
    _matcher(_SLASH_AFTER_SENTENCE, "/"),
    _matcher(_SLASH_IN_CAPITALS, "/"),
    _matcher(_LEADING_CAPITALS, "/"),
)
