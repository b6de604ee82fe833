"""Indonesian dates are read exactly or not at all: every reader returns the printed instant or None."""

from __future__ import annotations

import datetime as dt
import doctest
import email.utils
import re
import zoneinfo
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit import dates
from beritakit.dates import (
    WIB,
    WIT,
    WITA,
    format_date,
    parse_date,
    parse_machine_date,
    parse_rfc822_date,
)
from beritakit.errors import ValidationError

if TYPE_CHECKING:
    from pathlib import Path

UTC = dt.UTC
PLUS_0530 = dt.timezone(dt.timedelta(hours=5, minutes=30))
REFERENCE = dt.datetime(2026, 2, 6, 15, 0, tzinfo=WIB)  # a Friday


def at(*fields: int, tz: dt.tzinfo = WIB) -> dt.datetime:
    """An aware datetime, WIB unless told otherwise."""
    return dt.datetime(*fields, tzinfo=tz)  # type: ignore[misc]


def same_instant_and_offset(value: dt.datetime | None, expected: dt.datetime) -> bool:
    """Equal instants are not enough: the printed offset must survive too."""
    return value is not None and value == expected and value.utcoffset() == expected.utcoffset()


class TestParseDateLayouts:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Jumat, 6 Februari 2026 14:30 WIB", at(2026, 2, 6, 14, 30)),
            ("Kamis, 05/11/2015 10:08 WIB", at(2015, 11, 5, 10, 8)),
            ("Rabu, 13 Agu 2025 - 19:05 WITA", at(2025, 8, 13, 19, 5, tz=WITA)),
            ("12 September 2025 | 15.22 WIB", at(2025, 9, 12, 15, 22)),
            ("Selasa, 16 Februari 2016 | 14:38 WIB", at(2016, 2, 16, 14, 38)),
            ("Selasa, 23 Februari 2016 - 15:06 WIB", at(2016, 2, 23, 15, 6)),
            ("Kompas.com - 27/03/2024, 06:16 WIB", at(2024, 3, 27, 6, 16)),
            ("Selasa, 30/06/2020 19:18 WIB", at(2020, 6, 30, 19, 18)),
            ("16 Feb 2016, 09:10 WIB", at(2016, 2, 16, 9, 10)),
            ("Minggu, 17 Agu 2025 22:15 WIB", at(2025, 8, 17, 22, 15)),
            ("Rabu, 02 Nov 2022 17:02 WIB", at(2022, 11, 2, 17, 2)),
            ("Senin, 15 Februari 2016, 16:15 WIB", at(2016, 2, 15, 16, 15)),
            ("Kamis, 5 November 2015 - 15:56 wib", at(2015, 11, 5, 15, 56)),
            ("| Jum'at, 17 Februari 2017 - 13:30 wib", at(2017, 2, 17, 13, 30)),
            ("Jumat , 17 February 2017, 13:16 WIB", at(2017, 2, 17, 13, 16)),
            ("on 16 Feb 2016 at 09:10 WIB", at(2016, 2, 16, 9, 10)),
            ("Kamis (23/11/2017, pukul 22.00 WIB", at(2017, 11, 23, 22, 0)),
            ("Jumat, 6 Februari 2026 pk.02.45 WIB", at(2026, 2, 6, 2, 45)),
            ("6 Februari 2026 pukul 14.30 WIB", at(2026, 2, 6, 14, 30)),
            ("Jumat, 6 Februari 2026 14:30:15 WIB", at(2026, 2, 6, 14, 30, 15)),
            ("Jumat, 06-02-2026 14:30 WIT", at(2026, 2, 6, 14, 30, tz=WIT)),
            ("2026-02-06 14:30 WIB", at(2026, 2, 6, 14, 30)),
            ("Diterbitkan: Jumat, 6 Februari 2026 14:30 WIB", at(2026, 2, 6, 14, 30)),
            ("Dipublikasikan: 6 Feb 2026 14:30 WIB", at(2026, 2, 6, 14, 30)),
            ("Updated: 6 Feb 2026 14:30 WIB", at(2026, 2, 6, 14, 30)),
            ("Sabtu, 31/10/2015 13:28 WIB WIB", at(2015, 10, 31, 13, 28)),
        ],
    )
    def test_reads_the_layouts_news_sites_print(self, text: str, expected: dt.datetime) -> None:
        """Each site layout gives the printed instant with the printed offset."""
        assert same_instant_and_offset(parse_date(text), expected)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Jum'at, 6 Februari 2026 14:30 WIB", at(2026, 2, 6, 14, 30)),
            ("Jum’at, 6 Februari 2026 14:30 WIB", at(2026, 2, 6, 14, 30)),
            ("Ahad, 8 Februari 2026 14:30 WIB", at(2026, 2, 8, 14, 30)),
            ("6 Pebruari 2026 14:30 WIB", at(2026, 2, 6, 14, 30)),
            ("5 Nopember 2015 11:13 WIB", at(2015, 11, 5, 11, 13)),
            ("17 Agt 2025 10:00 WIB", at(2025, 8, 17, 10, 0)),
            ("17 Ags 2025 10:00 WIB", at(2025, 8, 17, 10, 0)),
            ("17 Sept 2025 10:00 WIB", at(2025, 9, 17, 10, 0)),
            ("17 Sept. 2025 10:00 WIB", at(2025, 9, 17, 10, 0)),
            ("Thu, 05 Nov 2015 10:08 WIB", at(2015, 11, 5, 10, 8)),
            ("Thursday, 5 November 2015 10:08 WIB", at(2015, 11, 5, 10, 8)),
            ("KAMIS, 5 NOVEMBER 2015 10:08 WIB", at(2015, 11, 5, 10, 8)),
        ],
    )
    def test_reads_spelling_variants_and_english_names(self, text: str, expected: dt.datetime) -> None:
        """Variant spellings, short forms, English names and any letter case are read alike."""
        assert same_instant_and_offset(parse_date(text), expected)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("6 Feb 2026 14:30 Wib", at(2026, 2, 6, 14, 30)),
            ("6 Feb 2026 14:30 wita", at(2026, 2, 6, 14, 30, tz=WITA)),
            ("6 Feb 2026 14:30 WIT", at(2026, 2, 6, 14, 30, tz=WIT)),
            ("6 Feb 2026 07:30 GMT", at(2026, 2, 6, 7, 30, tz=UTC)),
            ("6 Feb 2026 07:30 UTC", at(2026, 2, 6, 7, 30, tz=UTC)),
            ("6 Feb 2026 14:30 +0700", at(2026, 2, 6, 14, 30)),
            ("6 Feb 2026 14:30 +07:00", at(2026, 2, 6, 14, 30)),
            ("6 Feb 2026 14:30+07:00", at(2026, 2, 6, 14, 30)),
            ("6 Feb 2026 14:30 GMT+7", at(2026, 2, 6, 14, 30)),
            ("6 Feb 2026 13:00 +05:30", at(2026, 2, 6, 13, 0, tz=PLUS_0530)),
            ("6 Feb 2026 02:30 -0500", at(2026, 2, 6, 2, 30, tz=dt.timezone(dt.timedelta(hours=-5)))),
        ],
    )
    def test_reads_zone_words_and_numeric_offsets(self, text: str, expected: dt.datetime) -> None:
        """WIB/WITA/WIT in any case, GMT/UTC and numeric offsets set the offset of the result."""
        assert same_instant_and_offset(parse_date(text), expected)

    def test_zone_words_give_the_named_indonesian_zones(self) -> None:
        """A WITA string carries the WITA constant, so its tzname reads as printed."""
        value = parse_date("6 Feb 2026 14:30 WITA")
        assert value is not None
        assert value.tzinfo is WITA
        assert value.tzname() == "WITA"

    def test_seconds_are_kept_when_printed(self) -> None:
        """A time printed with seconds keeps them."""
        value = parse_date("6 Feb 2026 14:30:59 WIB")
        assert value is not None
        assert value.second == 59


class TestParseDateRefusals:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("31 Februari 2026 10:00 WIB", id="no-such-day"),
            pytest.param("29 Februari 2025 10:00 WIB", id="not-a-leap-year"),
            pytest.param("Senin, 6 Februari 2026 14:30 WIB", id="weekday-disagrees"),
            pytest.param("Rabu, 11 Agu 2025 - 19:05 WITA", id="weekday-disagrees-monday"),
            pytest.param("14:30 WIB", id="time-without-date"),
            pytest.param("Februari 2026", id="month-without-day"),
            pytest.param("Reporter Mei Amelia, 6 Februari 2026 14:30 WIB", id="name-before-date"),
            pytest.param("Selasa, 23 Februari 2016 15:06 WIB | 998 Views", id="words-after-date"),
            pytest.param("6 Februari 2026 14:30 XYZ", id="unknown-zone-word"),
            pytest.param("6 Februari 2026 25:00 WIB", id="hour-25"),
            pytest.param("6 Februari 2026 14:60 WIB", id="minute-60"),
            pytest.param("6 Feb 2026 14:30 +1500", id="offset-out-of-range"),
            pytest.param("6 Februari 2026 -0700", id="offset-without-time"),
            pytest.param("6 Feb 2026 WIB 14:30", id="zone-before-time"),
            pytest.param("6 Feb 2026 14:30 WIB +0800", id="two-different-zones"),
            pytest.param("6 Feb 2026 14:30 WIB WITA", id="two-different-zone-words"),
            pytest.param("6 Feb 2026 14:30 WIB 15:30", id="two-times"),
            pytest.param("6 Feb 2026 7 Feb 2026 14:30 WIB", id="two-dates"),
            pytest.param("Jumat Jumat, 6 Feb 2026 14:30 WIB", id="two-weekdays"),
            pytest.param("Jumat, 6 Februari 2026 pukul WIB", id="pukul-without-time"),
            pytest.param("6 Februari 2026 14 WIB", id="bare-number"),
            pytest.param("6 Marmalade 2026 14:30 WIB", id="unknown-month-word"),
            pytest.param("6 Februari 2026 14:30 WIB 2 jam yang lalu", id="absolute-and-relative"),
            pytest.param("9999 tahun yang lalu", id="before-year-one"),
            pytest.param("kata dia di Jakarta, Kamis", id="sentence"),
            pytest.param("lorem ipsum dolor", id="random-words"),
            pytest.param("", id="empty"),
            pytest.param("   ", id="blank"),
            pytest.param("6 Février 2026 14:30 WIB", id="non-ascii-word"),
            pytest.param("6 Februari 2026 14:30 WIB " + "x" * 300, id="too-long"),
        ],
    )
    def test_unknown_or_ambiguous_input_gives_none(self, text: str) -> None:
        """Whatever is not fully understood is None, never a nearby date."""
        assert parse_date(text, reference=REFERENCE, default_tz=WIB) is None

    def test_a_string_without_a_zone_needs_default_tz(self) -> None:
        """No zone printed and no default_tz: None rather than a naive or guessed datetime."""
        assert parse_date("5 November 2015 11:13") is None

    def test_a_date_without_time_needs_default_tz(self) -> None:
        """A bare date without default_tz is None."""
        assert parse_date("6 Februari 2026") is None


class TestParseDateDefaults:
    def test_default_tz_fills_a_missing_zone(self) -> None:
        """default_tz is the zone of a string that prints none."""
        assert same_instant_and_offset(
            parse_date("5 November 2015 11:13", default_tz=WITA), at(2015, 11, 5, 11, 13, tz=WITA)
        )

    def test_a_printed_zone_wins_over_default_tz(self) -> None:
        """default_tz never overrides the zone the page prints."""
        assert same_instant_and_offset(
            parse_date("5 November 2015 11:13 WIT", default_tz=WIB), at(2015, 11, 5, 11, 13, tz=WIT)
        )

    def test_a_date_without_time_is_midnight_in_default_tz(self) -> None:
        """A bare date is the start of that day in default_tz."""
        assert same_instant_and_offset(parse_date("6 Februari 2026", default_tz=WIB), at(2026, 2, 6, 0, 0))

    def test_a_zoneinfo_default_becomes_a_fixed_offset(self) -> None:
        """An IANA zone as default_tz gives its offset on that day as a fixed dt.timezone."""
        try:
            jakarta = zoneinfo.ZoneInfo("Asia/Jakarta")
        except zoneinfo.ZoneInfoNotFoundError:  # pragma: no cover - a machine without tzdata
            pytest.skip("no time-zone database")
        value = parse_date("6 Feb 2026 14:30", default_tz=jakarta)
        assert value is not None
        assert type(value.tzinfo) is dt.timezone
        assert same_instant_and_offset(value, at(2026, 2, 6, 14, 30))


class TestParseDateReference:
    def test_a_date_without_year_takes_the_reference_year(self) -> None:
        """In-body "(9/2)" is 9 February of the reference's year."""
        assert parse_date("Senin (9/2)", reference=REFERENCE, default_tz=WIB) == at(2026, 2, 9, 0, 0)

    def test_a_date_without_year_needs_a_reference(self) -> None:
        """Without a reference the year is unknown, so the date is too."""
        assert parse_date("Senin (9/2)", default_tz=WIB) is None

    def test_the_weekday_checks_the_year_taken_from_the_reference(self) -> None:
        """17/8 is a Sunday in 2025 but a Monday in 2026: "Minggu (17/8)" needs a 2025 reference."""
        text = "Minggu (17/8) pukul 11.00 siang WIB"
        assert parse_date(text, reference=at(2025, 9, 1, 0, 0)) == at(2025, 8, 17, 11, 0)
        assert parse_date(text, reference=REFERENCE) is None

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("05/11/15 10:08 WIB", at(2015, 11, 5, 10, 8)), ("5 Nov 99 10:08 WIB", at(1999, 11, 5, 10, 8))],
    )
    def test_a_two_digit_year_takes_the_century_nearest_the_reference(
        self, text: str, expected: dt.datetime
    ) -> None:
        """Near a 2026 reference, "15" is 2015 and "99" is 1999."""
        assert parse_date(text, reference=REFERENCE) == expected

    def test_a_two_digit_year_needs_a_reference(self) -> None:
        """Without a reference a two-digit year is unknown."""
        assert parse_date("05/11/15 10:08 WIB") is None

    def test_a_naive_reference_is_refused(self) -> None:
        """A naive reference is a programming error, named in the error."""
        with pytest.raises(ValidationError, match="reference"):
            parse_date("2 jam lalu", reference=dt.datetime(2026, 2, 6, 15, 0))  # noqa: DTZ001


class TestParseDateRelative:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("baru saja", REFERENCE),
            ("Sekarang", REFERENCE),
            ("5 menit yang lalu", at(2026, 2, 6, 14, 55)),
            ("10 mnt lalu", at(2026, 2, 6, 14, 50)),
            ("30 dtk lalu", at(2026, 2, 6, 14, 59, 30)),
            ("2 jam lalu", at(2026, 2, 6, 13, 0)),
            ("sejam yang lalu", at(2026, 2, 6, 14, 0)),
            ("3 hari yang lalu", at(2026, 2, 3, 15, 0)),
            ("kemarin", at(2026, 2, 5, 15, 0)),
            ("kemarin lusa", at(2026, 2, 4, 15, 0)),
            ("1 minggu lalu", at(2026, 1, 30, 15, 0)),
            ("2 bulan lalu", at(2025, 12, 6, 15, 0)),
            ("Diperbarui: 17 menit yang lalu", at(2026, 2, 6, 14, 43)),
        ],
    )
    def test_relative_forms_count_back_from_the_reference(self, text: str, expected: dt.datetime) -> None:
        """Each relative form is the reference minus its amount, in the reference's offset."""
        assert same_instant_and_offset(parse_date(text, reference=REFERENCE), expected)

    def test_relative_forms_need_a_reference(self) -> None:
        """Without a reference, "2 jam yang lalu" is None, not 02:00 of some day."""
        assert parse_date("2 jam yang lalu", default_tz=WIB) is None

    def test_the_result_keeps_the_reference_offset(self) -> None:
        """A WITA reference gives a WITA result."""
        value = parse_date("5 menit lalu", reference=at(2026, 2, 6, 15, 0, tz=WITA))
        assert value is not None
        assert value.utcoffset() == dt.timedelta(hours=8)

    def test_hours_are_real_hours_across_a_daylight_saving_change(self) -> None:
        """Counting back from an IANA-zoned reference uses its fixed offset, not wall-clock arithmetic."""
        try:
            berlin = zoneinfo.ZoneInfo("Europe/Berlin")
        except zoneinfo.ZoneInfoNotFoundError:  # pragma: no cover - a machine without tzdata
            pytest.skip("no time-zone database")
        reference = dt.datetime(2026, 3, 29, 4, 0, tzinfo=berlin)  # 02:00 CET became 03:00 CEST
        value = parse_date("3 jam lalu", reference=reference)
        assert value is not None
        assert reference - value == dt.timedelta(hours=3)


class TestDayParts:
    @pytest.mark.parametrize(
        "text",
        [
            "Jumat malam, 6 Februari 2026 pukul 20.00 WIB",
            "Jumat, 6 Februari 2026 02:00 dini hari WIB",
            "Jumat, 6 Februari 2026 pukul 09.15 pagi WIB",
            "Jumat, 6 Februari 2026 pukul 12.00 siang WIB",
            "Jumat, 6 Februari 2026 pukul 16.30 sore WIB",
        ],
    )
    def test_a_day_part_that_agrees_with_the_time_is_accepted(self, text: str) -> None:
        """pagi/siang/sore/malam/dinihari around a matching 24-hour time are harmless."""
        assert parse_date(text) is not None

    def test_a_day_part_that_disagrees_with_the_time_gives_none(self) -> None:
        """A time of "pukul 08.00 malam" may mean 20:00, so it is unknown rather than read as 08:00."""
        assert parse_date("Jumat, 6 Februari 2026 pukul 08.00 malam WIB") is None


class TestParseMachineDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2026-02-06T14:30:00+07:00", at(2026, 2, 6, 14, 30)),
            ("2026-02-06T07:30:00Z", at(2026, 2, 6, 7, 30, tz=UTC)),
            ("2026-02-06t07:30:00z", at(2026, 2, 6, 7, 30, tz=UTC)),
            ("2016-02-16T13:01:52+0700", at(2016, 2, 16, 13, 1, 52)),
            ("2015-11-05 T10:08:58Z", at(2015, 11, 5, 10, 8, 58, tz=UTC)),
            ("20260206T143000+0700", at(2026, 2, 6, 14, 30)),
            ("2026-02-06T14:30:00.250+07:00", at(2026, 2, 6, 14, 30, 0, 250000)),
            ("1770363000", at(2026, 2, 6, 7, 30, tz=UTC)),
            ("1770363000250", at(2026, 2, 6, 7, 30, 0, 250000, tz=UTC)),
        ],
    )
    def test_reads_iso_8601_and_unix_timestamps(self, text: str, expected: dt.datetime) -> None:
        """ISO values keep their offset; timestamps (seconds or milliseconds) are UTC."""
        assert same_instant_and_offset(parse_machine_date(text), expected)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("2016-02-16 09:10:56", at(2016, 2, 16, 9, 10, 56)), ("2026-02-06", at(2026, 2, 6, 0, 0))],
    )
    def test_naive_and_date_only_values_take_default_tz(self, text: str, expected: dt.datetime) -> None:
        """A value without an offset is wall-clock time in default_tz; a bare date is its midnight."""
        assert same_instant_and_offset(parse_machine_date(text, default_tz=WIB), expected)

    @pytest.mark.parametrize("text", ["2016-02-16 09:10:56", "2026-02-06"])
    def test_naive_values_without_default_tz_give_none(self, text: str) -> None:
        """Without default_tz an offset-less value is None, never naive."""
        assert parse_machine_date(text) is None

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("2026", id="year-only"),
            pytest.param("2026-02", id="year-month"),
            pytest.param("2026-02-30", id="no-such-day"),
            pytest.param("2026-02-06T25:00", id="hour-25"),
            pytest.param("06/02/2026", id="display-form"),
            pytest.param("Jumat, 6 Februari 2026 14:30 WIB", id="indonesian-display"),
            pytest.param("177036300", id="nine-digits"),
            pytest.param("17703630001", id="eleven-digits"),
            pytest.param("２０２６-02-06", id="fullwidth-digits"),
            pytest.param("2026-02-06T14:30:00+07:00 extra", id="trailing-words"),
            pytest.param("", id="empty"),
        ],
    )
    def test_anything_else_gives_none(self, text: str) -> None:
        """Partial dates, display forms and odd digit counts are not machine dates."""
        assert parse_machine_date(text, default_tz=WIB) is None

    def test_never_uses_the_dayfirst_parser(self) -> None:
        """2026-02-06 is 6 February, not 2 June (dateutil's dayfirst pitfall)."""
        value = parse_machine_date("2026-02-06T14:30:00+07:00")
        assert value is not None
        assert (value.month, value.day) == (2, 6)


class TestParseRfc822Date:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Fri, 06 Feb 2026 14:30:00 +0700", at(2026, 2, 6, 14, 30)),
            ("Thu, 05 Nov 2015 02:32:16 GMT", at(2015, 11, 5, 2, 32, 16, tz=UTC)),
            ("Thu, 05 Nov 15 02:32:16 GMT", at(2015, 11, 5, 2, 32, 16, tz=UTC)),
            ("06 Feb 2026 02:30 EST", at(2026, 2, 6, 2, 30, tz=dt.timezone(dt.timedelta(hours=-5)))),
            ("Fri, 06 Feb 2026 07:30:00 -0000", at(2026, 2, 6, 7, 30, tz=UTC)),
            ("Jumat, 06 Feb 2026 14:30:00 WIB", at(2026, 2, 6, 14, 30)),
            ("Kam, 05 Nov 2015 10:08:00 +0700", at(2015, 11, 5, 10, 8)),
            ("05 Nov 2015 10:08 WIB", at(2015, 11, 5, 10, 8)),
            ("Rab, 13 Agu 2025 19:05:00 WITA", at(2025, 8, 13, 19, 5, tz=WITA)),
            ("2026-02-06T14:30:00+07:00", at(2026, 2, 6, 14, 30)),
        ],
    )
    def test_reads_strict_and_indonesian_pub_dates(self, text: str, expected: dt.datetime) -> None:
        """Strict RFC 822, then Indonesian names and zones, then ISO 8601."""
        assert same_instant_and_offset(parse_rfc822_date(text), expected)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("Fri, 06 Feb 2026 14:30:00 XYZ", id="unknown-zone"),
            pytest.param("Fri, 06 Feb 2026 14:30:00", id="no-zone"),
            pytest.param("Mon, 06 Feb 2026 14:30:00 +0700", id="weekday-disagrees"),
            pytest.param("Xyz, 06 Feb 2026 14:30:00 +0700", id="unknown-weekday"),
            pytest.param("Fri, 31 Feb 2026 14:30:00 +0700", id="no-such-day"),
            pytest.param("Fri, 06 Feb 2026 14:30:00 +0760", id="minute-60-offset"),
            pytest.param("Fri, 06 Feb 2026 14:30:00 +0700 more words", id="trailing-words"),
            pytest.param("2026-02-06T14:30:00", id="naive-iso"),
            pytest.param("01 Jan 0099 00:00:00 +0000", id="year-99-read-as-1999-by-email-utils"),
            pytest.param("kemarin", id="relative"),
            pytest.param("Fri, 06 Feb 2026 14:30:00 +0700" + " " * 5 + "x" * 300, id="too-long"),
            pytest.param("", id="empty"),
        ],
    )
    def test_unknown_zones_weekdays_and_garbage_give_none(self, text: str) -> None:
        """Nothing is taken as UTC by default, and nothing after the zone is dropped."""
        assert parse_rfc822_date(text) is None

    def test_every_pub_date_in_the_corpus_feeds_matches_email_utils(self, corpus: Path) -> None:
        """The real feeds' pubDates all parse, to the instant the standard library reads."""
        dates = [
            value
            for feed in sorted((corpus / "rss").glob("*.xml"))
            for value in re.findall(r"<pubDate>([^<]+)</pubDate>", feed.read_text(encoding="utf-8"))
        ]
        assert dates
        for value in dates:
            assert same_instant_and_offset(parse_rfc822_date(value), email.utils.parsedate_to_datetime(value))


class TestFormatDate:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (at(2026, 2, 6, 14, 30), "Jumat, 6 Februari 2026 14:30 WIB"),
            (at(2025, 8, 17, 8, 5, tz=WITA), "Minggu, 17 Agustus 2025 08:05 WITA"),
            (at(2025, 12, 1, 23, 59, 7, tz=WIT), "Senin, 1 Desember 2025 23:59:07 WIT"),
            (at(2026, 2, 6, 9, 0, tz=PLUS_0530), "Jumat, 6 Februari 2026 09:00 +05:30"),
            (at(2026, 2, 6, 9, 0, tz=UTC), "Jumat, 6 Februari 2026 09:00 +00:00"),
            (
                at(2026, 2, 6, 9, 0, tz=dt.timezone(-dt.timedelta(hours=3, minutes=30))),
                "Jumat, 6 Februari 2026 09:00 -03:30",
            ),
        ],
    )
    def test_writes_the_indonesian_display_form(self, value: dt.datetime, expected: str) -> None:
        """Indonesian day and month names, the clock, and WIB/WITA/WIT or the numeric offset."""
        assert format_date(value) == expected

    def test_naive_datetimes_are_refused(self) -> None:
        """A naive datetime has no zone to write."""
        with pytest.raises(ValidationError, match="timezone-aware"):
            format_date(dt.datetime(2026, 2, 6, 14, 30))  # noqa: DTZ001

    def test_offsets_with_seconds_are_refused(self) -> None:
        """An offset that is not whole minutes cannot be written as ±HH:MM."""
        odd = dt.timezone(dt.timedelta(hours=7, seconds=30))
        with pytest.raises(ValidationError, match="whole number of minutes"):
            format_date(dt.datetime(2026, 2, 6, 14, 30, tzinfo=odd))


# ------------------------------------------------------------------------------------ properties
# Our own name tables, independent of the module's, to write each layout.
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_SHORT = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September")
MONTHS += ("Oktober", "November", "Desember")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
ZONE_WORDS = {7: "WIB", 8: "WITA", 9: "WIT"}


def _parts(v: dt.datetime) -> tuple[str, str, str, str, str]:
    """Day, short day, month, short month and zone word of an Indonesian-zoned datetime."""
    zone = ZONE_WORDS[v.utcoffset() // dt.timedelta(hours=1)]
    weekday, month = v.weekday(), v.month - 1
    return DAYS[weekday], DAYS_SHORT[weekday], MONTHS[month], MONTHS_SHORT[month], zone


def long_form(v: dt.datetime) -> str:
    day, _, month, _, zone = _parts(v)
    return f"{day}, {v.day} {month} {v.year} {v:%H:%M} {zone}"


def numeric_form(v: dt.datetime) -> str:
    day, _, _, _, zone = _parts(v)
    return f"{day}, {v:%d/%m/%Y %H:%M} {zone}"


def detik_form(v: dt.datetime) -> str:
    day, _, _, month, zone = _parts(v)
    return f"{day}, {v:%d} {month} {v.year} {v:%H:%M} {zone}"


def tempo_form(v: dt.datetime) -> str:
    _, _, month, _, zone = _parts(v)
    return f"{v.day} {month} {v.year} | {v:%H.%M} {zone}"


def liputan6_form(v: dt.datetime) -> str:
    _, _, month, _, zone = _parts(v)
    return f"{v.day} {month} {v.year}, {v:%H:%M} {zone}"


def kompas_form(v: dt.datetime) -> str:
    *_, zone = _parts(v)
    return f"Kompas.com - {v:%d/%m/%Y, %H:%M} {zone}"


def okezone_form(v: dt.datetime) -> str:
    day, _, month, _, zone = _parts(v)
    return f"{day}, {v.day} {month} {v.year} - {v:%H:%M} {zone.lower()}"


def rfc822_indonesian_form(v: dt.datetime) -> str:
    _, day, _, month, zone = _parts(v)
    return f"{day}, {v:%d} {month} {v.year} {v:%H:%M:%S} {zone}"


LAYOUTS = [
    long_form,
    numeric_form,
    detik_form,
    tempo_form,
    liputan6_form,
    kompas_form,
    okezone_form,
    rfc822_indonesian_form,
    format_date,
]

indonesian_minutes = st.datetimes(
    min_value=dt.datetime(1900, 1, 1),  # noqa: DTZ001 - bounds for st.datetimes are naive by API
    max_value=dt.datetime(2100, 12, 31),  # noqa: DTZ001
    timezones=st.sampled_from([WIB, WITA, WIT]),
).map(lambda v: v.replace(second=0, microsecond=0))

any_offset = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
aware_seconds = st.datetimes(
    min_value=dt.datetime(1900, 1, 1),  # noqa: DTZ001
    max_value=dt.datetime(2100, 12, 31),  # noqa: DTZ001
    timezones=any_offset,
).map(lambda v: v.replace(microsecond=0))

# Strings made of date-like pieces reach deep into the grammar, where random text does not.
date_soup = st.lists(
    st.sampled_from(
        [
            "Jumat",
            "Senin",
            "6",
            "31",
            "Februari",
            "Mei",
            "2026",
            "15",
            "14:30",
            "25.61",
            "06/02/2026",
            "17/8",
            "2026-02-06",
            "WIB",
            "wita",
            "GMT+7",
            "+0700",
            "-9999",
            "pukul",
            "pk.",
            "malam",
            "dini hari",
            "|",
            ",",
            "-",
            "(",
            ")",
            "yang",
            "lalu",
            "jam",
            "menit",
            "kemarin",
            "baru saja",
            "999999",
            "Kompas.com -",
            "T",
            "Z",
        ]
    ),
    max_size=10,
).map(" ".join)


class TestProperties:
    @pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.__name__)
    @given(value=indonesian_minutes)
    def test_every_layout_reads_back_the_instant_it_was_written_from(self, layout, value) -> None:
        """Writing an aware datetime in a supported layout and reading it gives it back, offset included."""
        assert same_instant_and_offset(parse_date(layout(value)), value)

    @given(value=indonesian_minutes)
    def test_rfc822_with_indonesian_names_reads_back_through_the_feed_reader(self, value) -> None:
        """The Indonesian RFC 822 layout also reads back through parse_rfc822_date."""
        assert same_instant_and_offset(parse_rfc822_date(rfc822_indonesian_form(value)), value)

    @given(value=aware_seconds)
    def test_format_date_reads_back_for_any_offset(self, value) -> None:
        """format_date output reads back to the same instant and offset, seconds included."""
        assert same_instant_and_offset(parse_date(format_date(value)), value)

    @given(value=st.datetimes(timezones=any_offset))
    def test_isoformat_reads_back_through_the_machine_reader(self, value) -> None:
        """parse_machine_date(value.isoformat()) is value, microseconds and offset included."""
        assert same_instant_and_offset(parse_machine_date(value.isoformat()), value)

    @given(value=aware_seconds)
    def test_email_utils_output_reads_back_through_the_feed_reader(self, value) -> None:
        """format_datetime output (to the second) reads back through parse_rfc822_date."""
        assert same_instant_and_offset(parse_rfc822_date(email.utils.format_datetime(value)), value)

    @given(text=st.text() | date_soup, reference=st.none() | st.just(REFERENCE))
    def test_any_text_gives_an_aware_datetime_or_none(self, text, reference) -> None:
        """No input makes a reader raise or return a naive datetime."""
        for value in (
            parse_date(text, reference=reference),
            parse_date(text, reference=reference, default_tz=WIT),
            parse_machine_date(text),
            parse_machine_date(text, default_tz=WIT),
            parse_rfc822_date(text),
        ):
            assert value is None or value.utcoffset() is not None


def test_docstring_examples_run() -> None:
    """The examples in the module's docstrings give what they show."""
    results = doctest.testmod(dates)
    assert results.attempted > 0
    assert results.failed == 0
