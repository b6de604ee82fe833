"""Datelines: the place and outlet that open the lead paragraph of an Indonesian news story.

Indonesian outlets print one of a few shapes before a dash (field guide §4.1)::

    JAKARTA, KOMPAS.com -              place, outlet
    TRIBUNNEWS.COM, MEDAN -            outlet, place
    Mataram, NTB (ANTARA News) -       place (with province), outlet in parentheses
    KOMPAS.com -                       outlet only
    Jakarta -                          place only

The dash is ``-``, ``--``, ``–`` or ``—``, with or without spaces. A place is at most four
capitalised words (plus particles such as ``de``), an outlet looks like a domain or carries a
news brand. Anything else is an ordinary sentence and gives no dateline.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from beritakit.models import Dateline

__all__ = ["find_dateline", "looks_like_outlet"]

# The head of a dateline is short: the longest real ones ("Bandarlampung, Lampung (ANTARA News)")
# stay well under this, and a longer head is a sentence.
_MAX_HEAD: Final = 80
_MAX_PLACE_WORDS: Final = 4

# A dateline dash: a long dash, a double hyphen, or a hyphen with a space on one side at least
# (an unspaced hyphen joins words: "Tribun-Timur.com", "SAIC-GM-Wuling").
_DASH: Final = re.compile(r"\s*(?:[–—―‒−]{1,2}|--)\s*|\s+-\s*|\s*-(?:\s+|$)")
_PARENTHESISED_SOURCE: Final = re.compile(r"^(?P<before>.*?)\s*\((?P<source>[^()]{1,60})\)$")
_DOMAIN: Final = re.compile(
    r"(?i)^[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|or\.id|web\.id|my\.id|go\.id|com|id|co|net|org|tv|news|info|asia)$"
)
# News brands that also appear fused into desk names (KompasOtomotif, detikNews, TribunJakarta).
_BRAND_STEM: Final = re.compile(
    r"(?i)^(?:kompas|antara|tribun|detik|okezone|liputan6|republika|tempo|viva|suara|sindo|jpnn|"
    r"kumparan|tirto|merdeka|kapanlagi|beritasatu|inews|metrotv|cnn|idn|radar|disway|jawapos|kontan|"
    r"bisnis|bbc|reuters|afp|xinhua|bernama|prnewswire|rri|tvri|gatra|katadata|ihram|wartakota|cnbc|medcom|"
    r"voa|mnc|rcti|sctv|tvone|kabar|berita|warta)"
)
# Names no place has: fused capitals ("HanTer", "SuaraSulsel", "iNews") or letters with digits ("Kabar24").
_BRAND_SHAPE: Final = re.compile(
    r"^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Za-z]*[a-z][A-Z][A-Za-z]*$|^(?=.*\d)(?=.*[A-Za-z])[A-Za-z\d]+$"
)
# Generic words that make a short capitalised name an outlet ("IDN Times", "Jakarta Post").
_OUTLET_WORDS: Final = frozenset(
    {"times", "news", "post", "pos", "tv", "online", "media", "harian", "koran", "fm", "today", "daily",
     "pers", "wire", "indonesia.com"}
)  # fmt: skip
# Capitalised words that open sentences or name roles, never a place ("Presiden - yang ...").
_NOT_PLACES: Final = frozenset(
    {"presiden", "wakil", "menteri", "ketua", "kepala", "gubernur", "bupati", "wali", "walikota",
     "direktur", "sekretaris", "anggota", "polisi", "pemerintah", "pihak", "warga", "tim", "sebelumnya",
     "namun", "tetapi", "sementara", "selain", "bahkan", "menurut", "dia", "ia", "mereka", "kami", "kita",
     "saya", "ini", "itu", "hal", "pada", "dalam", "di", "ke", "dari", "untuk", "dengan", "yang", "dan",
     "atau", "saat", "ketika", "setelah", "sebelum", "jika", "kalau", "karena", "meski", "meskipun",
     "adapun", "sedangkan", "lalu", "kemudian", "akhirnya", "baca", "lihat", "simak", "foto", "video",
     "editor", "penulis", "reporter", "sumber", "the", "a", "an", "in", "on"}
)  # fmt: skip
_PARTICLES: Final = frozenset({"de", "da", "do", "di", "van", "von", "la", "le", "el", "al", "of", "bin"})
_DATE_PART: Final = re.compile(
    r"(?i)^(?:\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?|\s+\w+\s+\d{4})|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)"
)
_STORY_START: Final = re.compile(r"[\"“”'‘(\[\d]|[^\W\d_]")


@functools.lru_cache(maxsize=16)  # the article and its quote reader both ask for the lead's dateline
def find_dateline(paragraph: str) -> tuple[Dateline, int] | None:
    """The dateline opening a lead paragraph, and the offset where the story text starts after its dash.

    Returns ``None`` when the paragraph does not open with a dateline. The offset indexes
    ``paragraph`` itself, so ``paragraph[offset:]`` is the story without its dateline.

    >>> find_dateline("JAKARTA, KOMPAS.com - Harga cabai naik.")
    (Dateline(place='JAKARTA', source='KOMPAS.com'), 22)
    >>> find_dateline("Presiden - yang baru dilantik - berpidato.") is None
    True
    """
    dash = _DASH.search(paragraph, 0, _MAX_HEAD + 4)
    if dash is not None:
        head = paragraph[: dash.start()]
        story = dash.end()
        found = _read_head(head, paragraph[dash.start() : dash.end()], paragraph[story:])
        if found is not None:
            return found, story
    return _read_dashless(paragraph)


def looks_like_outlet(text: str) -> bool:
    """Whether a short name reads as a news outlet: a domain, a news brand, or "<X> Times"-like.

    >>> looks_like_outlet("KOMPAS.com"), looks_like_outlet("CNN Indonesia"), looks_like_outlet("NTB")
    (True, True, False)
    """
    words = text.split()
    if not words or len(words) > 4:
        return False
    if any(_DOMAIN.match(word) for word in words):
        return True
    if any(_BRAND_STEM.match(word) or _BRAND_SHAPE.match(word) for word in words):
        return True
    return any(word.lower() in _OUTLET_WORDS for word in words[1:])


# --------------------------------------------------------------------------- the dashed forms


def _read_head(head: str, dash: str, story: str) -> Dateline | None:
    head = head.strip()
    if not head or len(head) > _MAX_HEAD or "\n" in head:
        return None
    parenthesised = _PARENTHESISED_SOURCE.match(head)
    if parenthesised is not None:
        return _read_parenthesised(parenthesised["before"], parenthesised["source"])
    parts = [part.strip() for part in head.split(",")]
    if any(not part for part in parts) or len(parts) > 3:
        return None
    *first, last = parts
    if len(parts) == 1:
        if looks_like_outlet(last):
            return Dateline(source=last)
        return Dateline(place=last) if _is_place(last) and _place_only_ok(last, dash, story) else None
    if len(parts) == 2 and looks_like_outlet(first[0]) and _is_place(last):
        return Dateline(place=last, source=first[0])
    if looks_like_outlet(last) and all(_is_place(part) for part in first):
        return Dateline(place=", ".join(first), source=last)
    if len(parts) == 2 and all(_is_place(part) for part in parts):  # "Mataram, NTB -"
        place = ", ".join(parts)
        return Dateline(place=place) if _place_only_ok(place, dash, story) else None
    return None


def _read_parenthesised(before: str, source: str) -> Dateline | None:
    """``Place[, Province][, date] (SOURCE)``: the agency form of ANTARA and its republishers."""
    source = source.strip()
    if not source or not source[0].isalpha() or len(source.split()) > 6:
        return None
    parts = [part.strip() for part in before.split(",") if part.strip()]
    if parts and _DATE_PART.match(parts[-1]):
        parts.pop()
    if not parts or len(parts) > 2 or not all(_is_place(part) for part in parts):
        return None
    return Dateline(place=", ".join(parts), source=source)


def _place_only_ok(place: str, dash: str, story: str) -> bool:
    """A bare place before a dash is a dateline only if the story then starts like a sentence."""
    if not story or not _STORY_START.match(story) or story[0].islower():
        return False
    if dash != dash.strip():
        return True
    # Unspaced, only a long dash after an upper-case place ("JAKARTA—"): "SAIC-GM-Wuling",
    # "COVID-19" and the route "Jakarta–Bandung" are words, not datelines.
    return place.isupper() and dash[0] in "–—―‒−"


def _is_place(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _MAX_PLACE_WORDS + 1 or looks_like_outlet(text):
        return False
    if words[0].lower().strip(".") in _NOT_PLACES:
        return False
    names = [word for word in words if word.lower() not in _PARTICLES]
    return 0 < len(names) <= _MAX_PLACE_WORDS and all(_is_place_word(word) for word in names)


def _is_place_word(word: str) -> bool:
    letters = word.replace("'", "").replace("’", "").replace(".", "").replace("-", "")
    return bool(letters) and letters.isalpha() and word[0].isupper()


# --------------------------------------------------------------------------- a dateline without dash

# "Liputan6.com, Jakarta London Love Story, ..." (the dash was lost): only a domain-shaped outlet
# bounds such a dateline, and then the place is one title-case word or a run of upper-case words.
_DASHLESS: Final = re.compile(
    r"^\s*(?P<outlet>[\w.-]+\.[A-Za-z.]+),\s*(?P<place>[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*(?=\s+[A-Z][a-z])"
    r"|[A-Z][a-z'.-]+)\s+(?=[\"“A-Z0-9])"
)


def _read_dashless(paragraph: str) -> tuple[Dateline, int] | None:
    match = _DASHLESS.match(paragraph)
    if match is None or not _DOMAIN.match(match["outlet"]) or not _is_place(match["place"]):
        return None
    return Dateline(place=match["place"], source=match["outlet"]), match.end()
