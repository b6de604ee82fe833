"""Lines that are never article text, and the "Baca juga" lines that link to other articles.

Indonesian pages wrap the story in the same furniture everywhere (field guide §4.3-§4.4): ad
markers, app/WhatsApp/newsletter promos, credit lines (``Editor: X``), desk initials closing the
story (``(fyk/ash)``, ``(ant)``, ``[dni]``), embeds (``[Gambas:Video 20detik]``), pagination and
copyright notices. Each rule matches a whole paragraph, so a sentence that merely mentions
WhatsApp or an editor stays in the story.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from beritakit._text import normalize_space
from beritakit.parsing.selectors import require_lower_case

__all__ = [
    "is_boilerplate",
    "is_furniture",
    "is_trailer_heading",
    "normalized_related_title",
    "related_title",
]

# Promos and notices are short; a long paragraph that matches a promo word is a story about it.
_MAX_PROMO_WORDS: Final = 40

_WHOLE_LINE: Final = re.compile(
    r"""(?ix)^(?:
      advertisement|iklan|ads|sponsored|konten\s+sponsor|scroll\s+to\s+continue(?:\s+with\s+content)?
    | (?:scroll|gulir|geser)\s+(?:ke\s+)?bawah\s+untuk\s+(?:melanjutkan|lanjut)(?:\s+membaca)?
    | lanjutkan\s+membaca|lanjut\s+baca|baca\s+selengkapnya|selengkapnya
    | (?:\d+\s+)?komentar|tulis\s+komentar|bagikan|share|share\s+this(?:\s+article)?|tags?|topik|
      berita\s+terkait|artikel\s+terkait|berita\s+rekomendasi|berita\s+lainnya|rekomendasi|terpopuler
    | berita\s+populer|video\s+pilihan|pilihan\s+editor|baca\s+juga|lihat\s+juga|simak\s+juga
    | tim\s+redaksi|(?:penulis|reporter|pewarta|editor|penyunting|redaktur|sumber|fotografer)
    )\s*:?\s*$""",
)
# Credit and source lines: "Editor: X", "Pewarta: X | Editor: Y", "Laporan Wartawan Tribun Medan, X".
_CREDIT_LINE: Final = re.compile(
    r"(?i)^(?:penulis|reporter|pewarta|wartawan|jurnalis|kontributor|editor|penyunting|redaktur|red|sumber|"
    r"fotografer|foto|penerjemah|penyelaras(?:\s+bahasa)?|publisher)\s*:\s*\S.{0,100}$"
    r"|^laporan\s+(?:wartawan|reporter|kontributor|jurnalis)\s+[^.!?]{1,80}$"
)
# "Budi berkontribusi dalam penulisan artikel ini.": tried apart, and only on lines holding the word
# (the pattern would look for it after each of the first 60 characters of every line).
_CONTRIBUTION_NOTE: Final = re.compile(
    r"(?i)^\S.{0,60}\s+berkontribusi\s+dalam\s+penulisan\s+artikel\s+ini\.?$"
)
# Desk initials and agency codes standing alone: (fyk/ash), (ant), (*), [dni], (H-4), (ANA).
_INITIALS: Final = re.compile(
    r"^(?:\((?:[A-Za-z]{1,6}/)*[A-Za-z]{1,6}\)|\(\*+\)|\*{1,3}|\[[A-Za-z]{1,6}(?:/[A-Za-z]{1,6})*\]"
    r"|\([A-Z]{1,3}-\d{1,3}\))$"
)
_EMBED: Final = re.compile(r"(?i)^\[(?:gambas|embed|video|foto|baca|instagram|twitter)[^\]]*\]$")
_PAGINATION: Final = re.compile(
    r"""(?ix)^(?:
      halaman\s+\d+\s+(?:dari|of)\s+\d+
    | page\s+\d+\s+of\s+\d+
    | (?:halaman|laman|page)?\s*:?\s*(?:\d+\s*){1,20}(?:selanjutnya|berikutnya|next)?\s*[»›>]*
    | (?:«|‹|<+\s*)?(?:sebelumnya|selanjutnya|berikutnya|next|prev(?:ious)?)(?:\s*(?:»|›|>+))?
    | halaman\s+(?:selanjutnya|berikutnya|sebelumnya)
    | (?:tampilkan|lihat)\s+semua(?:\s+halaman)?|show\s+all|baca\s+(?:di\s+)?halaman\s+berikutnya
    )$""",
)
_COPYRIGHT: Final = re.compile(
    r"(?i)^(?:copyright\b|\(c\)|©|hak\s+cipta\s+(?:©|\d{4}|dilindungi)).{0,200}$|all\s+rights\s+reserved\.?$"
    r"|^dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin).{0,300}$"
)
# Of the notices, only "All rights reserved" may stand after the line's start: looked for apart,
# and only in lines that hold the word (a search of the whole pattern tries every position).
_RIGHTS_RESERVED: Final = re.compile(r"(?i)all\s+rights\s+reserved\.?$")
_PROMO: Final = re.compile(
    r"(?i)^(?:dapatkan|ikuti|gabung|bergabung|download|unduh|follow|klik|berlangganan|subscribe|pilih\s+saluran|"
    r"simak\s+(?:breaking\s+news|berita|update)|update\s+berita|cek\s+berita|saksikan|jangan\s+lewatkan|"
    r"baca\s+berita\s+tanpa\s+iklan|nikmati|install|instal)\b"
)
_PROMO_TARGET: Final = re.compile(
    r"(?i)whatsapp|telegram|google\s+news|aplikasi|app\b|newsletter|channel|saluran|tanpa\s+iklan|"
    r"youtube|instagram|tiktok|twitter|facebook|live\s+streaming|notifikasi|gabung|\+|premium"
)


def _any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern matching where any of ``patterns`` does: one call instead of one per pattern.

    Each keeps its own flags: its leading global flags (``(?ix)``) become a scoped group's.
    """
    alternatives = []
    for pattern in patterns:
        flags = "i" * bool(pattern.flags & re.IGNORECASE) + "x" * bool(pattern.flags & re.VERBOSE)
        alternatives.append(f"(?{flags}:{_source(pattern)})")
    return re.compile("|".join(alternatives))


def _as_written(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-blind ``pattern``, written in lower case, compiled minding case.

    On lower-cased ASCII text it finds what ``pattern`` finds on the text, several times faster
    (see :class:`~beritakit.parsing.selectors.CaseBlindPattern`).
    """
    require_lower_case(pattern.pattern)
    return re.compile(_source(pattern), pattern.flags & ~re.IGNORECASE)


def _source(pattern: re.Pattern[str]) -> str:
    return re.sub(r"^\(\?[a-zA-Z]+\)", "", pattern.pattern)  # without its leading global flags


class _Rules(NamedTuple):
    """The case-blind furniture rules, compiled for one kind of text (_INITIALS minds case)."""

    whole_line: re.Pattern[str]
    rights_reserved: re.Pattern[str]
    contribution_note: re.Pattern[str]
    promo: re.Pattern[str]
    promo_target: re.Pattern[str]


_CASE_BLIND: Final = _Rules(
    _any_of(_WHOLE_LINE, _EMBED, _PAGINATION, _COPYRIGHT, _CREDIT_LINE),
    _RIGHTS_RESERVED,
    _CONTRIBUTION_NOTE,
    _PROMO,
    _PROMO_TARGET,
)
_LOWER_CASE: Final = _Rules(
    _any_of(*map(_as_written, (_WHOLE_LINE, _EMBED, _PAGINATION, _COPYRIGHT, _CREDIT_LINE))),
    *map(_as_written, _CASE_BLIND[1:]),
)

# "Baca juga: X", "BACA JUGA:X", "(Baca: X)", "Lihat juga: X", "Simak juga video 'X'", and
# CNN's copied-text form 'Baca artikel CNN Indonesia "X" selengkapnya di sini.'
_RELATED: Final = re.compile(
    r"""(?ix)^\(?\s*(?:baca|lihat|simak|tonton)
        (?:
          (?:\s+(?:juga|pula))?(?:\s+(?:video|berita|artikel|foto))?\s*[:\-–—]\s*
        | (?:\s+(?:juga|pula)|\s+(?:video|berita|artikel))+\s+(?=["“'‘0-9]|(?-i:[A-Z]))
        )(?P<title>.*?)\s*\)?$
        |^\(?\s*(?:baca|lihat|simak|tonton)(?:\s+(?:juga|pula))?\s*\)?$""",
)
_CNN_READ_MORE: Final = re.compile(
    r"(?i)^baca\s+artikel\s+.{1,40}?[\"“](?P<title>[^\"”]+)[\"”]\s*selengkapnya\b.*$"
)
# What a related-link line may open with: "(", white space, or a marker word's first letter (which
# re.IGNORECASE also finds as "ſ" for an "s"). Most lines are turned down on their first character.
_RELATED_OPENINGS: Final = frozenset("(bBlLsStTſ")
_QUOTES: Final = "\"“”'‘’"
_TRAILER_HEADING: Final = re.compile(
    r"(?i)^(?:sumber|editor|penulis|reporter|pewarta|penyunting|redaktur|tags?|topik|berita\s+terkait|"
    r"artikel\s+terkait|berita\s+rekomendasi|berita\s+lainnya|baca\s+juga|terpopuler|komentar)\s*:?$"
)


def is_boilerplate(paragraph: str) -> bool:
    """Whether a paragraph is page furniture rather than article text.

    True for ad and scroll markers, share/app/WhatsApp/newsletter promos, credit and source lines
    (``Editor: X``), standalone desk initials (``(fyk/ash)``, ``(ant)``, ``(*)``, ``[dni]``), embeds
    (``[Gambas:Video 20detik]``), pagination, copyright notices, and related-link lines (check
    :func:`related_title` first to keep those as links).

    >>> is_boilerplate("SCROLL TO CONTINUE WITH CONTENT"), is_boilerplate("(fyk/ash)")
    (True, True)
    >>> is_boilerplate("Warga mengeluhkan harga cabai.")
    False
    """
    text = normalize_space(paragraph)
    return is_furniture(text) or (  # a long paragraph is story text, even opening with "Baca"
        text.count(" ") < _MAX_PROMO_WORDS and normalized_related_title(text) is not None
    )


def is_furniture(text: str) -> bool:
    """Whether a line is page furniture: :func:`is_boilerplate` but for the related-link lines
    (``Baca juga: X``), which the body reader takes as links before it looks for furniture.

    ``text`` must come from :func:`~beritakit._text.normalize_space`, as the reader's lines do: it
    is not normalised again (most of the cost on a long line).

    >>> is_furniture("Editor: Rina Marlina"), is_furniture("Baca juga: Harga emas turun")
    (True, False)
    """
    if not text:
        return True
    if text.count(" ") >= _MAX_PROMO_WORDS:  # a long paragraph is story text, unless a legal notice
        return _COPYRIGHT.match(text) is not None
    if _INITIALS.match(text) is not None:
        return True
    if text.isascii():
        return _breaks_rule(text.lower(), _LOWER_CASE, lower_case=True)
    return _breaks_rule(text, _CASE_BLIND, lower_case=False)


def _breaks_rule(text: str, rules: _Rules, *, lower_case: bool) -> bool:
    """Whether ``text`` (lower-cased ASCII text for the ``rules`` as written) is furniture by the
    case-blind ``rules``.

    The two searches need a word: lower-cased text holds it where they may match. Other text is
    left to them, as re.IGNORECASE also takes "ſ" for "s", "K" (Kelvin) for "k", "İ" or "ı" for "i".
    """
    return (
        rules.whole_line.match(text) is not None
        # _COPYRIGHT.search(text), _COPYRIGHT.match(text) having failed (it is in the whole-line rules)
        or ((not lower_case or "rights" in text) and rules.rights_reserved.search(text) is not None)
        or ((not lower_case or "berkontribusi" in text) and rules.contribution_note.match(text) is not None)
        or (rules.promo.match(text) is not None and rules.promo_target.search(text) is not None)
    )


def is_trailer_heading(paragraph: str) -> bool:
    """Whether a line is an empty heading that closes a page (``Sumber:``, ``Berita Terkait``, ``Editor:``).

    >>> is_trailer_heading("Berita Terkait"), is_trailer_heading("Sumber: Antara")
    (True, False)
    """
    return _TRAILER_HEADING.match(normalize_space(paragraph)) is not None


def related_title(paragraph: str) -> str | None:
    """The linked title of a related-link line, or ``None`` when the paragraph is not one.

    A bare marker (``"Baca juga:"``) returns ``""``: the title then stands in the next line or
    link. Surrounding quotation marks are dropped from the title.

    >>> related_title("BACA JUGA:Sekda Kumpulkan Seluruh Camat")
    'Sekda Kumpulkan Seluruh Camat'
    >>> related_title("(Baca: Harga Cabai Naik)")
    'Harga Cabai Naik'
    >>> related_title("Baca juga:")
    ''
    >>> related_title("Baca buku ini setiap hari.") is None
    True
    """
    return normalized_related_title(normalize_space(paragraph))


def normalized_related_title(text: str) -> str | None:
    """:func:`related_title` for a text that :func:`~beritakit._text.normalize_space` gave."""
    first = text[:1]
    if first not in _RELATED_OPENINGS and not first.isspace():
        return None
    cnn = _CNN_READ_MORE.match(text)
    if cnn is not None:
        return cnn["title"].strip()
    match = _RELATED.match(text)
    if match is None:
        return None
    title = (match["title"] or "").strip()
    if len(title) >= 2 and title[0] in _QUOTES and title[-1] in _QUOTES:
        title = title[1:-1].strip()
    return title
