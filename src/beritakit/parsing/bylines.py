"""Bylines: who wrote and who edited a story, read from the credit lines Indonesian outlets print.

Writers come labelled ``Penulis``, ``Reporter``, ``Pewarta``, ``Wartawan``, ``Jurnalis``,
``Kontributor``, ``Fotografer`` or ``Oleh``/``By``; editors ``Editor``, ``Penyunting``,
``Redaktur`` or ``Red``. Several labels often share one line (``Penulis: X | Editor: Y``, or
``Pewarta: X Editor: Y`` once the markup is gone). Tribun opens stories with
``Laporan Wartawan Tribun Medan, Name`` and Kompas credits ``Kontributor Lhokseumawe, Name``: the
outlet or place before the comma is not a name. ``Sumber: X`` names a source, never a writer.
A date printed after the names (``By X on 16 Feb 2016 at 09:10 WIB``) is not part of them.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from beritakit._text import normalize_space
from beritakit.parsing.datelines import looks_like_outlet

__all__ = ["Byline", "parse_byline", "split_names"]


@attrs.frozen(kw_only=True)
class Byline:
    """The writers and editors credited by a byline, in printed order."""

    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


_AUTHOR_LABELS: Final = (
    r"Laporan(?:\s+(?:Wartawan|Reporter|Kontributor|Jurnalis))?|Penulis|Reporter|Pewarta|Wartawan|Jurnalis|"
    r"Kontributor|Koresponden|Fotografer|Teks|Oleh|By"
)
_EDITOR_LABELS: Final = r"Editor|Penyunting|Redaktur|Red|Penyelaras(?:\s+Bahasa)?"
_OTHER_LABELS: Final = r"Sumber|Foto|Publisher|Tanggal|Diterbitkan|Dipublikasikan|Diperbarui"
# A label with a colon may sit anywhere in the line; "Oleh X" and "Laporan Wartawan X, Y" have no
# colon and so only count at the start of the line or after a separator.
_LABEL: Final = re.compile(
    rf"(?:^|(?<=[\s|/•·]))(?P<label>{_AUTHOR_LABELS}|{_EDITOR_LABELS}|{_OTHER_LABELS})\s*:\s*"
    rf"|(?:^|(?<=[|•·]\s)|(?<=[|•·]))(?P<bare>Laporan(?:\s+(?:Wartawan|Reporter|Kontributor|Jurnalis))?|Kontributor|Wartawan|"
    r"Koresponden|Oleh|By)\s+",
    re.IGNORECASE,
)
_EDITOR: Final = re.compile(rf"(?i)^(?:{_EDITOR_LABELS})$")
_AUTHOR: Final = re.compile(rf"(?i)^(?:{_AUTHOR_LABELS})$")
# "Kontributor Lhokseumawe, Masriadi" / "Tribun Medan, Jefri": an affiliation before the comma.
_AFFILIATION: Final = re.compile(
    r"^(?:(?:Kontributor|Wartawan|Reporter|Koresponden|Jurnalis)\s+[^,]{1,40}|[^,]{1,40}),\s*(?=\S)"
)
_AFFILIATED_ROLE: Final = re.compile(r"(?i)(?:kontributor|wartawan|reporter|koresponden|jurnalis)\s")
_ROLE_PREFIX: Final = re.compile(
    r"(?i)^(?:(?:penulis|reporter|pewarta|wartawan|jurnalis|kontributor|fotografer|editor|penyunting|"
    r"redaktur|oleh|by)\b\s*:?\s*)+"
)
_DESK_CODE: Final = re.compile(r"\s*\((?:[A-Za-z]{1,5}/)*[A-Za-z*]{1,5}\)\s*$")
_OUTLET_SUFFIX: Final = re.compile(r"\s+[-–—]\s+(?P<outlet>\S.*)$")
_WEEKDAY: Final = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|Mei|May|Jun|Jul|Agu|Agt|Aug|Sep|Okt|Oct|Nov|Des|Dec)[a-z]*"
# "By X on 16 Feb 2016 at 09:10 WIB", "Oleh X, Senin (6/2/2026)", "Penulis: X | 2026-02-06": a
# date printed after the names, dropped up to the end of the line.
_TRAILING_DATE: Final = re.compile(
    rf"(?:\s+(?:on|pada)\s+|\s*[,|•·–—-]\s*|\s+)(?:{_WEEKDAY}\b,?\s*)?\(?"
    rf"(?:\d{{1,2}}(?:\s+{_MONTH}\b|[/.-]\d{{1,2}}[/.-]\d{{2,4}})|\d{{4}}-\d{{2}}-\d{{2}}).*$",
    re.IGNORECASE,
)
_NAME_SEPARATOR: Final = re.compile(r"\s*(?:[,;&|]|\s/\s|\b(?:dan|and|serta)\b)\s*", re.IGNORECASE)
# "S.H.", "M.Si", "Ph.D", "MM": degrees printed as their own list item after a name.
_DEGREE: Final = re.compile(r"^(?:[A-Z][a-z]{0,3}\.)+(?:[A-Z][a-z]{0,3}\.?)?$|^[A-Z]{2,3}$")
_NOT_NAMES: Final = frozenset({"redaksi", "tim redaksi", "admin", "webmaster", "tim", "-", "anonim"})
_MAX_NAME_WORDS: Final = 6
_PARTICLES: Final = frozenset({"bin", "binti", "van", "von", "de", "da", "al", "el"})
# "Fino Yurio Kristo - detikinet": an unlabelled name is trusted only beside its outlet.
_NAME_DASH_OUTLET: Final = re.compile(
    r"^(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s+[-–—]\s+(?P<outlet>\S+)$"
)


def parse_byline(text: str) -> Byline:
    """The authors and editors a byline credits; an empty :class:`Byline` when it names none surely.

    >>> parse_byline("Penulis: Budi Santoso | Editor: Ani")
    Byline(authors=('Budi Santoso',), editors=('Ani',))
    >>> parse_byline("Laporan Wartawan Tribun Medan, Jefri Susetyo")
    Byline(authors=('Jefri Susetyo',), editors=())
    >>> parse_byline("Harga cabai naik")
    Byline(authors=(), editors=())
    """
    text = normalize_space(text)
    labels = list(_LABEL.finditer(text))
    if not labels:
        unlabelled = _NAME_DASH_OUTLET.match(text)
        if unlabelled is not None and looks_like_outlet(unlabelled["outlet"]):
            return Byline(authors=split_names(unlabelled["name"]))
        return Byline()
    if labels[0].start() > 0 and text[: labels[0].start()].strip(" |/•·-"):
        return Byline()  # prose before the first label: a sentence that mentions an editor, not a byline
    authors: list[str] = []
    editors: list[str] = []
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        name = normalize_space(label["label"] or label["bare"])
        value = _TRAILING_DATE.sub("", text[label.end() : end]).strip(" |/•·-")
        # "Laporan Wartawan Tribun Medan, X" / "Kontributor Lhokseumawe, X": the outlet or place
        # comes first; without its comma, where the name starts is unsure.
        affiliated = name.lower().startswith("laporan") or bool(
            label["bare"] and name.lower() not in {"oleh", "by"}
        )
        if (affiliated or _is_affiliated(value)) and _AFFILIATION.match(value):
            value = _drop_affiliation(value)
        elif affiliated and label["bare"]:
            continue
        if label["bare"] and not _capitalised_names(value):
            return Byline()  # "Oleh karena itu, ...": prose, not a byline
        if _EDITOR.match(name):
            editors.extend(split_names(value))
        elif _AUTHOR.match(name):
            authors.extend(split_names(value))
    return Byline(authors=tuple(authors), editors=tuple(editors))


def split_names(text: str) -> tuple[str, ...]:
    """Names in a list such as ``"A, B dan C"``, ``"A & B"`` or ``"A; B"``, in printed order.

    Role titles (``Reporter``, ``Editor:``), desk codes such as ``(ant)``, a trailing
    ``- detikNews`` and academic degrees printed as list items (``S.H.``) are dropped, and so
    are empty items.

    >>> split_names("Budisantoso Budiman dan Agus S")
    ('Budisantoso Budiman', 'Agus S')
    >>> split_names("Reporter: Andi, S.H.; Rina (ant)")
    ('Andi', 'Rina')
    """
    text = _DESK_CODE.sub("", normalize_space(text))
    names: list[str] = []
    for item in _NAME_SEPARATOR.split(text):
        name = _ROLE_PREFIX.sub("", _DESK_CODE.sub("", item)).strip(" .:-–—|/")
        outlet = _OUTLET_SUFFIX.search(name)
        if outlet is not None and looks_like_outlet(outlet["outlet"]):
            name = name[: outlet.start()]
        if name and _is_name(name) and not (_DEGREE.match(name) and names):
            names.append(name)
    return tuple(names)


def _is_name(name: str) -> bool:
    words = name.split()
    return (
        len(words) <= _MAX_NAME_WORDS
        and name.lower() not in _NOT_NAMES
        and name[0].isalpha()
        and not any(map(str.isdigit, name))
        and "://" not in name
    )


def _capitalised_names(value: str) -> bool:
    names = split_names(value)
    return bool(names) and all(
        word[0].isupper() or word in _PARTICLES for name in names for word in name.split()
    )


def _is_affiliated(value: str) -> bool:
    """``Kontributor Lhokseumawe, Masriadi`` (affiliation, then one name), not ``A, B`` (two names)."""
    return _AFFILIATED_ROLE.match(value) is not None


def _drop_affiliation(value: str) -> str:
    match = _AFFILIATION.match(value)
    return value[match.end() :] if match else value
