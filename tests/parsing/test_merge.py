"""Precedence is data: each field takes the most trusted source's answer, dates borrow precision."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from beritakit.dates import WIB
from beritakit.models import RelatedLink
from beritakit.parsing.merge import PRECEDENCE, SOURCES, Source, merge, settled
from beritakit.parsing.partial import FIELDS, Partial

UTC = dt.UTC


class TestPrecedenceTable:
    def test_every_field_has_an_order_of_known_sources(self) -> None:
        """The table covers every Partial field, and names only real sources."""
        assert set(PRECEDENCE) == set(FIELDS)
        assert all(set(order) <= set(SOURCES) for order in PRECEDENCE.values())

    def test_a_site_rule_is_trusted_first_everywhere(self) -> None:
        """A site rule knows its outlet best, for every field."""
        assert all(order[0] == "site" for order in PRECEDENCE.values())


class TestMerge:
    def test_visible_headline_beats_metadata_titles(self) -> None:
        """The headline as shown wins over og:title and JSON-LD headline."""
        merged = merge(
            {
                "meta": Partial(title="IHSG Hari Ini Sempat Tembus 9.000"),
                "jsonld": Partial(title="IHSG Hari Ini Sempat Tembus 9.000"),
                "heuristics": Partial(title="IHSG Hari Ini: Sempat Tembus 9.000"),
            }
        )
        assert merged.title == "IHSG Hari Ini: Sempat Tembus 9.000"

    def test_site_rule_beats_the_visible_page(self) -> None:
        """A site rule's answer overrides the generic extractor's."""
        merged = merge({"site": Partial(authors=("Masriadi",)), "heuristics": Partial(authors=("Kompas",))})
        assert merged.authors == ("Masriadi",)

    def test_empty_answers_are_no_answers(self) -> None:
        """An empty tuple or None from a trusted source lets the next one speak."""
        merged = merge({"site": Partial(tags=()), "heuristics": Partial(tags=("banjir",))})
        assert merged.tags == ("banjir",)

    def test_metadata_wins_for_the_lead_image(self) -> None:
        """og:image is the photo the outlet chose; a caption's image is only a fallback."""
        merged = merge(
            {
                "heuristics": Partial(lead_image="https://c.id/a.jpg"),
                "meta": Partial(lead_image="https://c.id/b.jpg"),
            }
        )
        assert merged.lead_image == "https://c.id/b.jpg"

    def test_list_fields_come_only_from_the_page(self) -> None:
        """Related links are never taken from metadata sources."""
        link = (RelatedLink(title="Banjir Susulan"),)
        assert merge({"meta": Partial(related_list=link)}).related_list is None


class TestDateRefinement:
    def test_machine_seconds_refine_a_visible_minute(self) -> None:
        """Visible 14:56 and a machine 14:56:43 that agrees: the seconds are kept."""
        visible = dt.datetime(2015, 11, 5, 14, 56, tzinfo=WIB)
        machine = dt.datetime(2015, 11, 5, 7, 56, 43, tzinfo=UTC)
        merged = merge({"heuristics": Partial(published=visible), "jsonld": Partial(published=machine)})
        assert merged.published == dt.datetime(2015, 11, 5, 14, 56, 43, tzinfo=WIB)

    def test_visible_date_wins_when_metadata_disagrees(self) -> None:
        """A machine date minutes away (or mislabelled UTC) does not replace what readers see."""
        visible = dt.datetime(2026, 1, 20, 18, 30, tzinfo=WIB)
        machine = dt.datetime(2026, 1, 20, 18, 33, 13, tzinfo=WIB)
        merged = merge({"heuristics": Partial(published=visible), "jsonld": Partial(published=machine)})
        assert merged.published == visible

    def test_date_printed_without_time_takes_the_machine_time_of_that_day(self) -> None:
        """A visible date alone (midnight) borrows the time of a machine date on the same day."""
        visible = dt.datetime(2026, 2, 6, tzinfo=WIB)
        machine = dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB)
        merged = merge({"heuristics": Partial(published=visible), "meta": Partial(published=machine)})
        assert merged.published == machine


@given(st.lists(st.sampled_from(SOURCES), unique=True), st.text(min_size=1))
def test_the_first_source_in_precedence_that_answers_wins(present: list[str], title: str) -> None:
    """Whichever sources answer, the title is the answer of the earliest one in the table."""
    partials = {source: Partial(title=f"{source}:{title}") for source in present}
    merged = merge(partials)  # type: ignore[arg-type]
    expected = next((source for source in PRECEDENCE["title"] if source in present), None)
    assert merged.title == (f"{expected}:{title}" if expected else None)


def _answer(source: str, field: str) -> object:
    """A distinct answer per source; dates a second apart, so that lower sources refine them."""
    if field in {"published", "updated"}:
        return dt.datetime(2026, 2, 6, 14, 30, SOURCES.index(source), tzinfo=WIB)  # type: ignore[arg-type]
    return f"{source}:{field}"


@given(st.dictionaries(st.sampled_from(SOURCES), st.sets(st.sampled_from(FIELDS))), st.sampled_from(SOURCES))
def test_a_source_need_not_read_the_settled_fields(answered: dict[Source, set[str]], source: Source) -> None:
    """Whatever the sources answer, leaving out a source's settled fields changes nothing merged."""
    partials = {
        name: Partial(**{field: _answer(name, field) for field in fields})
        for name, fields in answered.items()
    }
    partials.setdefault(source, Partial(**{field: _answer(source, field) for field in FIELDS}))
    others = {name: partial for name, partial in partials.items() if name != source}
    lean = attrs.evolve(partials[source], **dict.fromkeys(settled(others, source)))
    assert merge({**others, source: lean}) == merge(partials)


def test_a_refined_date_is_never_settled() -> None:
    """A lower source's machine date still lends the visible date its seconds."""
    visible = Partial(published=dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB))
    assert "published" not in settled({"site": visible, "heuristics": visible}, "meta")
    assert "title" in settled({"heuristics": Partial(title="Banjir")}, "meta")
    assert "title" not in settled({"meta": Partial(title="Banjir")}, "heuristics")
