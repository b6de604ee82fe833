"""Indonesian dates: read what news pages and feeds print, write the Indonesian display form.

Three readers, one per kind of input, and one writer:

- :func:`parse_date` reads display strings such as ``Jumat, 6 Februari 2026 14:30 WIB``,
  ``Kompas.com - 27/03/2024, 06:16 WIB`` or ``5 menit yang lalu``;
- :func:`parse_machine_date` reads ISO 8601 / RFC 3339 values and Unix timestamps;
- :func:`parse_rfc822_date` reads RSS ``pubDate`` values, strict RFC 822 first, then Indonesian ones;
- :func:`format_date` writes ``Jumat, 6 Februari 2026 14:30 WIB``.

The policy is the same everywhere: a reader returns an aware datetime with a fixed UTC offset, or
``None`` when the text is not a date it fully understands. It never guesses: a zone is never
assumed (``default_tz`` is the caller's explicit choice), a year is never invented (only taken from
``reference``), a weekday that disagrees with the date makes the whole string unknown, and a word
outside the small vocabulary below is never skipped. The display grammar is our own: python-dateutil's
``fuzzy`` parser returns wrong dates for ordinary Indonesian strings (field guide §0 and §3.5).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Final, NamedTuple

from dateutil.relativedelta import relativedelta

from beritakit._text import normalize_space
from beritakit.errors import ValidationError

__all__ = [
    "WIB",
    "WIT",
    "WITA",
    "format_date",
    "parse_date",
    "parse_machine_date",
    "parse_rfc822_date",
]

WIB: Final[dt.timezone] = dt.timezone(dt.timedelta(hours=7), "WIB")
"""Waktu Indonesia Barat, +07:00 (Jakarta, Sumatra, west and central Kalimantan)."""
WITA: Final[dt.timezone] = dt.timezone(dt.timedelta(hours=8), "WITA")
"""Waktu Indonesia Tengah, +08:00 (Bali, Sulawesi, Nusa Tenggara, east and south Kalimantan)."""
WIT: Final[dt.timezone] = dt.timezone(dt.timedelta(hours=9), "WIT")
"""Waktu Indonesia Timur, +09:00 (Maluku, Papua)."""

# A date printed on a page is short; anything longer is a paragraph, not a date, and is refused unread.
_MAX_DISPLAY_LENGTH: Final = 200
_MAX_MACHINE_LENGTH: Final = 64

# ----------------------------------------------------------------------------------------- vocabulary
# Monday first, as in datetime.weekday(). Indonesian full and short forms, variants seen on real
# pages (Jum'at loses its apostrophe during normalisation, Ahad), then English.
_WEEKDAY_NAMES: Final = (
    ("senin", "sen", "monday", "mon"),
    ("selasa", "sel", "tuesday", "tue", "tues"),
    ("rabu", "rab", "wednesday", "wed"),
    ("kamis", "kam", "thursday", "thu", "thur", "thurs"),
    ("jumat", "jum", "friday", "fri"),
    ("sabtu", "sab", "saturday", "sat"),
    ("minggu", "min", "ahad", "sunday", "sun"),
)
_MONTH_NAMES: Final = (
    ("januari", "jan", "january"),
    ("februari", "feb", "pebruari", "peb", "february"),
    ("maret", "mar", "march"),
    ("april", "apr"),
    ("mei", "may"),
    ("juni", "jun", "june"),
    ("juli", "jul", "july"),
    ("agustus", "agu", "agt", "ags", "agus", "august", "aug"),
    ("september", "sep", "sept"),
    ("oktober", "okt", "october", "oct"),
    ("november", "nov", "nopember", "nop"),
    ("desember", "des", "december", "dec"),
)
_WEEKDAYS: Final[dict[str, int]] = {n: i for i, names in enumerate(_WEEKDAY_NAMES) for n in names}
_MONTHS: Final[dict[str, int]] = {n: i + 1 for i, names in enumerate(_MONTH_NAMES) for n in names}
_ZONES: Final[dict[str, dt.timezone]] = {
    "wib": WIB,
    "wita": WITA,
    "wit": WIT,
    "gmt": dt.UTC,
    "utc": dt.UTC,
    "ut": dt.UTC,
    "z": dt.UTC,
}
# "pukul" and its short forms announce a time; "jam" does too ("jam 14.30").
_TIME_MARKERS: Final = frozenset({"pukul", "pkl", "pk", "jam"})
# A day-part word must agree with the printed 24-hour time: "pukul 08.00 malam" may mean 20:00, so
# it is unknown rather than read as 08:00.
_DAY_PARTS: Final[dict[str, frozenset[int]]] = {
    "dinihari": frozenset(range(6)),
    "pagi": frozenset(range(12)),
    "siang": frozenset(range(10, 16)),
    "sore": frozenset(range(14, 19)),
    "malam": frozenset((*range(18, 24), *range(4))),
}
# Words that carry no date information but are printed around dates: labels and English glue
# ("on 16 Feb 2016 at 09:10 WIB" on liputan6).
_FILLERS: Final = frozenset(
    {
        "tanggal",
        "tgl",
        "pada",
        "diperbarui",
        "diperbaharui",
        "dipublikasikan",
        "diterbitkan",
        "terbit",
        "update",
        "updated",
        "published",
        "posted",
        "on",
        "at",
    }
)
_INDONESIAN_WEEKDAYS: Final = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_INDONESIAN_MONTHS: Final = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_ZONE_NAMES: Final[dict[dt.timedelta, str]] = {
    dt.timedelta(hours=7): "WIB",
    dt.timedelta(hours=8): "WITA",
    dt.timedelta(hours=9): "WIT",
}

# --------------------------------------------------------------------------------------- patterns
# Applied to lower-cased, space-normalised text. Alternatives are tried in order at each position.
_TOKEN: Final = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<iso>(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?!\d))
    | (?P<slashed>(?P<sl_d>\d{1,2})/(?P<sl_m>\d{1,2})(?:/(?P<sl_y>\d{4}|\d{2}))?(?!\d))
    | (?P<dotted>(?P<do_d>\d{1,2})(?P<do_sep>[.-])(?P<do_m>\d{1,2})(?P=do_sep)(?P<do_y>\d{4})(?!\d))
    | (?P<time>(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?(?!\d))
    | (?P<named>(?P<na_d>\d{1,2})[\s-]+(?P<na_m>[a-z]+)\.?
                (?:[\s-]+(?P<na_y>\d{4}|\d{2})(?!\d|[:.]\d))?)
    | (?P<offset>(?:gmt|utc)?(?P<sign>[+-])(?P<off_h>\d{2}):?(?P<off_m>\d{2})(?!\d)
                |(?:gmt|utc)(?P<short_sign>[+-])(?P<short_h>\d{1,2})(?![\d:]))
    | (?P<word>[a-z]+)\.?
    | (?P<number>\d+)
    | (?P<punct>[,|()\-–—:.·•])
    """,
    re.VERBOSE | re.ASCII,
)
_DATE_TOKENS: Final = frozenset({"iso", "slashed", "dotted", "named"})
# "Jum'at", "Jum’at": the apostrophe splits one word in two.
_APOSTROPHE: Final = re.compile(r"(?<=[a-z])['’ʼ‘`](?=[a-z])")
_DINI_HARI: Final = re.compile(r"\bdini\s+hari\b")
# A leading source label: "Kompas.com - ", "detik.com | ".
_SOURCE_LABEL: Final = re.compile(r"(?:[a-z][a-z0-9-]*\.)+[a-z]{2,}\s*[-–—|:]\s*", re.ASCII)
_RELATIVE: Final = re.compile(
    r"""
    [\s,.|()\-:]*
    (?:(?:diperbarui|diperbaharui|dipublikasikan|diterbitkan|update|updated|published|posted)[\s:]*)?
    (?:
        (?P<now>baru\s+saja|barusan|sekarang)
      | (?:(?P<count>\d{1,6})\s*|se)
        (?P<unit>detik|dtk|menit|mnt|jam|hari|minggu|mgg|bulan|bln|tahun|thn)\s+(?:yang\s+)?lalu
      | (?P<last>kemarin\s+lusa|kemarin|minggu\s+lalu|bulan\s+lalu|tahun\s+lalu)
    )
    [\s,.|()\-]*
    """,
    re.VERBOSE | re.ASCII,
)
_RELATIVE_UNITS: Final[dict[str, relativedelta]] = {
    "detik": relativedelta(seconds=1),
    "dtk": relativedelta(seconds=1),
    "menit": relativedelta(minutes=1),
    "mnt": relativedelta(minutes=1),
    "jam": relativedelta(hours=1),
    "hari": relativedelta(days=1),
    "minggu": relativedelta(weeks=1),
    "mgg": relativedelta(weeks=1),
    "bulan": relativedelta(months=1),
    "bln": relativedelta(months=1),
    "tahun": relativedelta(years=1),
    "thn": relativedelta(years=1),
}
_RELATIVE_WORDS: Final[dict[str, relativedelta]] = {
    "kemarin": relativedelta(days=1),
    "kemarin lusa": relativedelta(days=2),
    "minggu lalu": relativedelta(weeks=1),
    "bulan lalu": relativedelta(months=1),
    "tahun lalu": relativedelta(years=1),
}
# Machine values: a full calendar date first, so "2026" or "2026-02" (which isoparse reads as
# 1 January / 1 February) are refused; fromisoformat checks the rest.
_ISO_START: Final = re.compile(r"\d{4}(?:-\d{2}-\d{2}|\d{4})(?:[T ]|$)", re.ASCII)
_SPACE_BEFORE_T: Final = re.compile(r"^(\S+)\s+T", re.ASCII)  # detik meta: "2015-11-05 T10:08:58Z"
_TIMESTAMP: Final = re.compile(r"\d{10}|\d{13}", re.ASCII)
_EPOCH: Final = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# The shape of an RFC 822 date that email.utils reads exactly; anything else goes to our grammar.
_RFC822: Final = re.compile(
    r"""
    (?:(?P<weekday>[a-z]{3}),\s?)?
    \d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s(?P<year>\d{4}|\d{2})\s
    \d{2}:\d{2}(?::\d{2})?\s
    (?:[+-]\d{2}[0-5]\d|ut|gmt|z|[ecmp][sd]t)
    """,
    re.VERBOSE | re.ASCII | re.IGNORECASE,
)


# ------------------------------------------------------------------------------------ public API
def parse_date(
    text: str, *, reference: dt.datetime | None = None, default_tz: dt.tzinfo | None = None
) -> dt.datetime | None:
    """Read a human (display) Indonesian date string, as printed on news pages.

    Returns an aware datetime with a fixed offset, or ``None`` when the string is not a date this
    grammar fully understands (see ``docs/dates.md`` for the accepted forms). ``default_tz`` is the
    zone of strings that print none; without it such strings give ``None``. ``reference`` (aware)
    resolves relative forms ("2 jam lalu"), two-digit years and dates printed without a year.

    >>> parse_date("Jumat, 6 Februari 2026 14:30 WIB").isoformat()
    '2026-02-06T14:30:00+07:00'
    >>> parse_date("2 jam lalu", reference=dt.datetime(2026, 2, 6, 15, 0, tzinfo=WIB)).isoformat()
    '2026-02-06T13:00:00+07:00'
    >>> parse_date("Senin, 6 Februari 2026 14:30 WIB") is None  # 6 February 2026 is a Friday
    True

    Raises:
        ValidationError: ``reference`` is naive.
    """
    reference = _fixed_reference(reference)
    cleaned = _normalise(text)
    if cleaned is None:
        return None
    relative = _RELATIVE.fullmatch(cleaned)
    if relative is not None:
        return None if reference is None else _resolve_relative(relative, reference)
    label = _SOURCE_LABEL.match(cleaned)
    reading = _read(cleaned[label.end() :] if label else cleaned)
    if reading is None:
        return None
    return _resolve(reading, reference, default_tz)


def parse_machine_date(text: str, *, default_tz: dt.tzinfo | None = None) -> dt.datetime | None:
    """Read a machine date: ISO 8601 / RFC 3339 (meta tags, JSON-LD, ``<time datetime>``) or a Unix timestamp.

    10-digit timestamps are seconds and 13-digit ones milliseconds, both UTC. An ISO value without
    an offset (or without a time: midnight) takes ``default_tz``, or gives ``None`` without one.

    >>> parse_machine_date("2026-02-06T14:30:00+07:00").isoformat()
    '2026-02-06T14:30:00+07:00'
    >>> parse_machine_date("1770363000").isoformat()
    '2026-02-06T07:30:00+00:00'
    >>> parse_machine_date("2026-02-06 14:30:00") is None
    True
    """
    cleaned = normalize_space(text).upper()
    if len(cleaned) > _MAX_MACHINE_LENGTH or not cleaned.isascii():
        return None
    if _TIMESTAMP.fullmatch(cleaned):
        unit = "seconds" if len(cleaned) == 10 else "milliseconds"
        return _EPOCH + dt.timedelta(**{unit: int(cleaned)})
    if not _ISO_START.match(cleaned):
        return None
    try:
        value = dt.datetime.fromisoformat(_SPACE_BEFORE_T.sub(r"\1T", cleaned))
    except ValueError:
        return None
    return _with_zone(value, value.tzinfo or default_tz)


def parse_rfc822_date(text: str) -> dt.datetime | None:
    """Read an RSS ``pubDate``: strict RFC 822 first, then Indonesian names and zones, then ISO 8601.

    ``-0000`` ("zone unknown" in RFC 2822) is read as UTC. A string without a zone, or with one we
    do not know (``XYZ``), gives ``None``, never a guess; so does a weekday that disagrees.

    >>> parse_rfc822_date("Fri, 06 Feb 2026 14:30:00 +0700").isoformat()
    '2026-02-06T14:30:00+07:00'
    >>> parse_rfc822_date("Jumat, 06 Feb 2026 14:30:00 WIB").isoformat()
    '2026-02-06T14:30:00+07:00'
    >>> parse_rfc822_date("Fri, 06 Feb 2026 14:30:00 XYZ") is None
    True
    """
    cleaned = normalize_space(text)
    if len(cleaned) > _MAX_DISPLAY_LENGTH:
        return None
    strict = _RFC822.fullmatch(cleaned)
    if strict is None:
        return parse_date(cleaned) or parse_machine_date(cleaned)
    try:
        value = email.utils.parsedate_to_datetime(cleaned)
    except (TypeError, ValueError, IndexError, OverflowError):  # 31 Feb, hour 25, ...
        return None
    if value.tzinfo is None:  # only "-0000" gets here: the shape check admits known zones only
        value = value.replace(tzinfo=dt.UTC)
    weekday, year = strict["weekday"], strict["year"]
    if weekday is not None and _WEEKDAYS.get(weekday.lower()) != value.weekday():
        return None
    if len(year) == 4 and int(year) != value.year:  # email.utils reads "0099" as 1999
        return None
    return _with_zone(value, value.tzinfo)


def format_date(value: dt.datetime) -> str:
    """Write the Indonesian display form, which :func:`parse_date` reads back.

    Seconds are written only when they are not zero; microseconds are not written. The zone is
    WIB, WITA or WIT for +07:00, +08:00 and +09:00, otherwise the offset (``+05:30``).

    >>> format_date(dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB))
    'Jumat, 6 Februari 2026 14:30 WIB'
    >>> format_date(dt.datetime(2026, 2, 6, 9, 0, 15, tzinfo=dt.timezone(dt.timedelta(hours=5.5))))
    'Jumat, 6 Februari 2026 09:00:15 +05:30'

    Raises:
        ValidationError: ``value`` is naive, or its offset is not a whole number of minutes.
    """
    offset = value.utcoffset()
    if offset is None:
        raise ValidationError("format_date(value)", "must be timezone-aware")
    if offset % dt.timedelta(minutes=1):
        raise ValidationError("format_date(value)", f"offset {offset} is not a whole number of minutes")
    clock = f"{value:%H:%M:%S}" if value.second else f"{value:%H:%M}"
    weekday = _INDONESIAN_WEEKDAYS[value.weekday()]
    month = _INDONESIAN_MONTHS[value.month - 1]
    return f"{weekday}, {value.day} {month} {value.year:04d} {clock} {_zone_name(offset)}"


# ------------------------------------------------------------------------------------- internals
class _Reading(NamedTuple):
    """What the tokens of an absolute display date said, before year, zone and calendar checks."""

    year: int | None  # as printed: four digits, two digits, or absent
    year_digits: int
    month: int
    day: int
    time: tuple[int, int, int] | None
    zone: dt.tzinfo | None
    weekday: int | None
    day_parts: tuple[str, ...]


def _fixed_reference(reference: dt.datetime | None) -> dt.datetime | None:
    """The reference with a fixed offset, so that "2 jam lalu" is two real hours, across DST too."""
    if reference is None:
        return None
    offset = reference.utcoffset()
    if offset is None:
        raise ValidationError("reference", "must be timezone-aware")
    if isinstance(reference.tzinfo, dt.timezone):
        return reference
    return reference.replace(tzinfo=dt.timezone(offset))


def _normalise(text: str) -> str | None:
    text = normalize_space(text)
    if not text or len(text) > _MAX_DISPLAY_LENGTH:
        return None
    text = _APOSTROPHE.sub("", text.lower())
    return _DINI_HARI.sub("dinihari", text)


def _read(text: str) -> _Reading | None:
    """Tokenise and check the grammar; ``None`` at the first token that is not understood."""
    date: tuple[int | None, int, int, int] | None = None
    time: tuple[int, int, int] | None = None
    zone: dt.tzinfo | None = None
    weekday: int | None = None
    day_parts: list[str] = []
    expect_time = False  # after "pukul", the next token must be a time
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            return None
        pos = match.end()
        kind = match.lastgroup
        if kind == "space":
            continue
        if expect_time and kind != "time":
            return None
        expect_time = False
        if kind in _DATE_TOKENS:
            found = _date_of(match)
            if found is None or date is not None:
                return None
            date = found
        elif kind == "time":
            # A zone printed before the time belongs to something else.
            if time is not None or zone is not None:
                return None
            time = (int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
        elif kind == "offset":
            found_zone = _offset_of(match)
            if time is None or found_zone is None or (zone is not None and zone != found_zone):
                return None
            zone = found_zone
        elif kind == "word":
            word = match["word"]
            if word in _ZONES:
                if zone is not None and zone != _ZONES[word]:
                    return None
                zone = _ZONES[word]
            elif word in _WEEKDAYS:
                if weekday is not None:
                    return None
                weekday = _WEEKDAYS[word]
            elif word in _TIME_MARKERS:
                expect_time = True
            elif word in _DAY_PARTS:
                day_parts.append(word)
            elif word not in _FILLERS:
                return None
        elif kind != "punct":  # a bare number
            return None
    if expect_time or date is None:
        return None
    year, year_digits, month, day = date
    return _Reading(year, year_digits, month, day, time, zone, weekday, tuple(day_parts))


def _date_of(match: re.Match[str]) -> tuple[int | None, int, int, int] | None:
    """The (year, year digits, month, day) of a date token; ``None`` if its month word is not a month."""
    kind = match.lastgroup
    if kind == "iso":
        return int(match["iso_y"]), 4, int(match["iso_m"]), int(match["iso_d"])
    if kind == "slashed":
        year = match["sl_y"]
        return _year(year), len(year or ""), int(match["sl_m"]), int(match["sl_d"])
    if kind == "dotted":
        return int(match["do_y"]), 4, int(match["do_m"]), int(match["do_d"])
    month = _MONTHS.get(match["na_m"])
    if month is None:
        return None
    year = match["na_y"]
    return _year(year), len(year or ""), month, int(match["na_d"])


def _year(digits: str | None) -> int | None:
    return None if digits is None else int(digits)


def _offset_of(match: re.Match[str]) -> dt.timezone | None:
    if match["sign"] is not None:
        sign, hours, minutes = match["sign"], int(match["off_h"]), int(match["off_m"])
    else:
        sign, hours, minutes = match["short_sign"], int(match["short_h"]), 0
    if hours > 14 or minutes > 59:  # real offsets run from -12:00 to +14:00
        return None
    offset = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-offset if sign == "-" else offset)


def _resolve(
    reading: _Reading, reference: dt.datetime | None, default_tz: dt.tzinfo | None
) -> dt.datetime | None:
    """Turn a reading into an instant: fill the year, pick the zone, check calendar and weekday."""
    if reading.year is not None and reading.year_digits == 4:
        year = reading.year
    elif reference is None:
        return None
    elif reading.year is None:
        year = reference.year
    else:  # two digits: the century that puts the year nearest the reference's
        century = reference.year // 100 * 100
        year = min(
            (century - 100 + reading.year, century + reading.year, century + 100 + reading.year),
            key=lambda candidate: abs(candidate - reference.year),
        )
    hour, minute, second = reading.time or (0, 0, 0)
    if reading.time is not None and any(hour not in _DAY_PARTS[part] for part in reading.day_parts):
        return None
    try:
        value = dt.datetime(year, reading.month, reading.day, hour, minute, second)  # noqa: DTZ001
    except ValueError:  # 31 Februari, 25:00
        return None
    if reading.weekday is not None and reading.weekday != value.weekday():
        return None
    return _with_zone(value, reading.zone or default_tz)


def _resolve_relative(match: re.Match[str], reference: dt.datetime) -> dt.datetime | None:
    """Subtract a relative form from ``reference`` (fixed offset), keeping its offset."""
    if match["now"] is not None:
        return reference
    if match["unit"] is not None:
        step = _RELATIVE_UNITS[match["unit"]] * int(match["count"] or 1)
    else:
        step = _RELATIVE_WORDS[" ".join(match["last"].split())]
    try:
        return reference - step
    except (OverflowError, ValueError):  # "9999 tahun lalu"
        return None


def _with_zone(value: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime | None:
    """Attach ``zone`` to a wall-clock time as a fixed offset; ``None`` when there is no zone."""
    if zone is None:
        return None
    if isinstance(zone, dt.timezone):
        return value.replace(tzinfo=zone)
    offset = value.replace(tzinfo=zone).utcoffset()  # a ZoneInfo: its offset on that day
    return None if offset is None else value.replace(tzinfo=dt.timezone(offset))


def _zone_name(offset: dt.timedelta) -> str:
    if offset in _ZONE_NAMES:
        return _ZONE_NAMES[offset]
    sign = "-" if offset < dt.timedelta(0) else "+"
    hours, minutes = divmod(abs(offset) // dt.timedelta(minutes=1), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"
