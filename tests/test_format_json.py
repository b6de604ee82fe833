"""JSON and JSON Lines: lossless round trips, strict reading at JSON paths, a schema pinned to the models."""

from __future__ import annotations

import datetime as dt
import doctest
import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from beritakit import Article, Caption, Dateline, FormatError, Quote, RelatedLink, ValidationError
from beritakit import strategies as bks
from beritakit.formats import json as json_format
from beritakit.formats.json import (
    SCHEMA_VERSION,
    from_dict,
    from_json,
    json_schema,
    read_jsonl,
    to_dict,
    to_json,
    write_jsonl,
)

WIB = dt.timezone(dt.timedelta(hours=7))


def example() -> Article:
    """One hand-built Indonesian article that uses every kind of field."""
    return Article(
        title="Banjir Rob Rendam Ratusan Rumah di Penjaringan",
        url="https://www.example.id/megapolitan/2026/02/06/banjir-rob-penjaringan",
        description="Banjir rob setinggi 50 sentimeter merendam ratusan rumah di Penjaringan, Jakarta Utara.",
        published=dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB),
        updated=dt.datetime(2026, 2, 6, 16, 5, 30, 250000, tzinfo=WIB),
        authors=["Siti Rahmawati"],
        editors=["Budi Santoso"],
        site_name="Contoh Berita",
        section="Megapolitan",
        tags=["banjir rob", "Jakarta Utara"],
        dateline=Dateline(place="JAKARTA", source="CONTOHBERITA.ID"),
        body=[
            "JAKARTA, CONTOHBERITA.ID - Banjir rob merendam ratusan rumah di Penjaringan, Jumat (6/2/2026).",
            "“Air mulai naik sejak subuh,” ujar Ketua RT 05, Ahmad Fauzi.",
            "Warga mengungsi ke masjid terdekat.",
        ],
        captions=[
            Caption(
                text="Warga melintasi genangan rob di Penjaringan.",
                credit="CONTOH FOTO/Rina Wulandari",
                image_url="https://www.example.id/foto/rob-penjaringan.jpg",
            )
        ],
        quotes=[Quote(text="Air mulai naik sejak subuh", speaker="Ahmad Fauzi", verb="ujar", paragraph=1)],
        related=[
            RelatedLink(
                title="BMKG: Waspadai Rob hingga Pekan Depan",
                url="https://www.example.id/megapolitan/2026/02/05/bmkg-rob",
                placement="inline",
            )
        ],
        lead_image="https://www.example.id/foto/rob-penjaringan.jpg",
    )


# Written out by hand and read through once: a change here is a change of the format, so make it on purpose.
EXAMPLE_JSON = """\
{
  "schema_version": 1,
  "title": "Banjir Rob Rendam Ratusan Rumah di Penjaringan",
  "url": "https://www.example.id/megapolitan/2026/02/06/banjir-rob-penjaringan",
  "subtitle": null,
  "description": "Banjir rob setinggi 50 sentimeter merendam ratusan rumah di Penjaringan, Jakarta Utara.",
  "published": "2026-02-06T14:30:00+07:00",
  "updated": "2026-02-06T16:05:30.250000+07:00",
  "authors": [
    "Siti Rahmawati"
  ],
  "editors": [
    "Budi Santoso"
  ],
  "site_name": "Contoh Berita",
  "section": "Megapolitan",
  "tags": [
    "banjir rob",
    "Jakarta Utara"
  ],
  "language": "id",
  "dateline": {
    "place": "JAKARTA",
    "source": "CONTOHBERITA.ID"
  },
  "body": [
    "JAKARTA, CONTOHBERITA.ID - Banjir rob merendam ratusan rumah di Penjaringan, Jumat (6/2/2026).",
    "“Air mulai naik sejak subuh,” ujar Ketua RT 05, Ahmad Fauzi.",
    "Warga mengungsi ke masjid terdekat."
  ],
  "captions": [
    {
      "text": "Warga melintasi genangan rob di Penjaringan.",
      "credit": "CONTOH FOTO/Rina Wulandari",
      "image_url": "https://www.example.id/foto/rob-penjaringan.jpg"
    }
  ],
  "quotes": [
    {
      "text": "Air mulai naik sejak subuh",
      "speaker": "Ahmad Fauzi",
      "verb": "ujar",
      "paragraph": 1
    }
  ],
  "related": [
    {
      "title": "BMKG: Waspadai Rob hingga Pekan Depan",
      "url": "https://www.example.id/megapolitan/2026/02/05/bmkg-rob",
      "placement": "inline"
    }
  ],
  "lead_image": "https://www.example.id/foto/rob-penjaringan.jpg",
  "next_page": null
}"""


def document(**changes: Any) -> dict[str, Any]:
    """The example's dict with some top-level keys replaced."""
    return {**to_dict(example()), **changes}


def aware_datetimes() -> st.SearchStrategy[dt.datetime]:
    """Aware datetimes with microseconds (the shared strategy stops at seconds)."""
    return st.datetimes(
        min_value=dt.datetime(1990, 1, 1),  # noqa: DTZ001 - bounds for st.datetimes are naive by API
        max_value=dt.datetime(2099, 12, 31),  # noqa: DTZ001
        timezones=st.sampled_from((WIB, dt.timezone(dt.timedelta(hours=8)), dt.UTC)),
    )


def is_plain_json(value: object) -> bool:
    """True when ``value`` is built only of dict, list, str, int and None."""
    if type(value) is dict:
        return all(isinstance(key, str) and is_plain_json(item) for key, item in value.items())
    if type(value) is list:
        return all(is_plain_json(item) for item in value)
    return value is None or type(value) in {str, int}


class TestRoundTrip:
    @given(bks.articles(), st.sampled_from((None, 2)))
    def test_from_json_reads_back_what_to_json_wrote(self, article: Article, indent: int | None) -> None:
        """from_json(to_json(a)) == a, compact or indented; the dicts also match, so offsets survive too."""
        restored = from_json(to_json(article, indent=indent))
        assert restored == article
        # Aware datetimes compare equal across offsets; the written form does not.
        assert to_dict(restored) == to_dict(article)

    @given(bks.articles())
    def test_from_dict_reads_back_what_to_dict_wrote(self, article: Article) -> None:
        """from_dict(to_dict(a)) == a."""
        assert from_dict(to_dict(article)) == article

    @given(bks.articles())
    def test_to_dict_holds_only_plain_json_types(self, article: Article) -> None:
        """to_dict output is dicts, lists, strings, integers and None, unchanged by a trip through json."""
        data = to_dict(article)
        assert is_plain_json(data)
        assert json.loads(json.dumps(data)) == data

    @given(bks.articles(), aware_datetimes(), aware_datetimes())
    def test_microseconds_survive(
        self, article: Article, published: dt.datetime, updated: dt.datetime
    ) -> None:
        """Datetimes with microseconds come back to the microsecond, with the same offset."""
        article = attrs.evolve(article, published=published, updated=updated)
        restored = from_json(to_json(article))
        assert restored.published is not None
        assert restored.updated is not None
        assert restored.published.isoformat() == published.isoformat()
        assert restored.updated.isoformat() == updated.isoformat()

    def test_the_example_is_written_exactly_as_pinned(self) -> None:
        """A hand-built Indonesian article gives exactly the pinned document, and reads back."""
        assert to_json(example(), indent=2) == EXAMPLE_JSON
        assert from_json(EXAMPLE_JSON) == example()

    def test_datetimes_are_iso_8601_with_their_offset(self) -> None:
        """A WIB time is written with +07:00, and microseconds only when there are some."""
        data = to_dict(example())
        assert data["published"] == "2026-02-06T14:30:00+07:00"
        assert data["updated"] == "2026-02-06T16:05:30.250000+07:00"

    def test_every_field_is_written_even_when_empty(self) -> None:
        """A title-only article still has every key, with null and [] for the empty ones."""
        data = to_dict(Article(title="Banjir"))
        assert list(data) == ["schema_version", *(field.name for field in attrs.fields(Article))]
        assert data["subtitle"] is None
        assert data["body"] == []
        assert data["dateline"] is None

    def test_non_ascii_is_written_as_is(self) -> None:
        """Typographic quotes and other non-ASCII text appear as characters, not \\u escapes."""
        text = to_json(Article(title="“Rp1,5 triliun” — Ṣ 💥"))
        assert "“Rp1,5 triliun” — Ṣ 💥" in text
        assert "\\u" not in text

    def test_compact_by_default_and_indented_on_request(self) -> None:
        """to_json writes one compact line unless an indent is given."""
        compact = to_json(example())
        assert "\n" not in compact
        assert compact.startswith('{"schema_version":1,"title":')
        assert to_json(example(), indent=4).startswith('{\n    "schema_version": 1,\n')

    def test_missing_optional_fields_take_the_model_defaults(self) -> None:
        """A hand-written document may leave out every optional field."""
        article = from_json('{"schema_version": 1, "title": "Banjir", "captions": [{"text": "Foto"}]}')
        assert article == Article(title="Banjir", captions=[Caption(text="Foto")])

    def test_bytes_are_read_as_utf8(self) -> None:
        """from_json accepts the UTF-8 bytes of a document."""
        assert from_json(to_json(example()).encode()) == example()


class TestMalformedInput:
    @pytest.mark.parametrize(
        ("changes", "path"),
        [
            ({"captions": [{"text": "Foto", "credit": 5}]}, "$.captions[0].credit"),
            ({"captions": ["foto"]}, "$.captions[0]"),
            ({"captions": [{"credit": "ANTARA"}]}, "$.captions[0].text"),
            ({"captions": [{"text": "Foto", "kredit": "ANTARA"}]}, "$.captions[0].kredit"),
            ({"published": "6 Februari 2026 14:30 WIB"}, "$.published"),
            ({"published": "2026-02-06T14:30:00"}, "$.published"),
            ({"published": 1770363000}, "$.published"),
            ({"quotes": [{"text": "a"}, {"text": "b", "paragraph": 9}]}, "$.quotes[1].paragraph"),
            ({"quotes": [{"text": "a"}, {"text": "b", "paragraph": "1"}]}, "$.quotes[1].paragraph"),
            ({"quotes": [{"text": "a"}, {"text": "b", "paragraph": True}]}, "$.quotes[1].paragraph"),
            ({"quotes": [{"text": "a"}, {"text": "b", "paragraph": -1}]}, "$.quotes[1].paragraph"),
            ({"title": ""}, "$.title"),
            ({"title": 7}, "$.title"),
            ({"title": None}, "$.title"),
            ({"subtitle": 0}, "$.subtitle"),
            ({"subtitle": False}, "$.subtitle"),
            ({"body": ["a", "b", "  "]}, "$.body[2]"),
            ({"body": "satu paragraf"}, "$.body"),
            ({"tags": ["banjir", None]}, "$.tags[1]"),
            ({"authors": {"nama": "Budi"}}, "$.authors"),
            ({"dateline": {}}, "$.dateline"),
            ({"dateline": "JAKARTA"}, "$.dateline"),
            ({"dateline": {"kota": "JAKARTA"}}, "$.dateline.kota"),
            ({"related": [{"title": "x", "placement": "sidebar"}]}, "$.related[0].placement"),
            ({"related": [{"title": "x", "url": "/berita/1"}]}, "$.related[0].url"),
            ({"language": "bahasa indonesia"}, "$.language"),
            ({"lead_image": "https://x.id/a b.jpg"}, "$.lead_image"),
            ({"penulis": "Budi"}, "$.penulis"),
            ({"nama penulis": "Budi"}, '$["nama penulis"]'),
            ({"schema_version": 2}, "$.schema_version"),
            ({"schema_version": "1"}, "$.schema_version"),
            ({"schema_version": True}, "$.schema_version"),
            ({"schema_version": 0}, "$.schema_version"),
        ],
    )
    def test_bad_values_raise_format_error_at_their_json_path(
        self, changes: dict[str, Any], path: str
    ) -> None:
        """Each malformed field raises FormatError (a ValueError) whose path points at it."""
        with pytest.raises(FormatError) as caught:
            from_dict(document(**changes))
        assert caught.value.path == path
        assert str(caught.value).startswith(f"{path}: ")
        assert isinstance(caught.value, ValueError)

    @pytest.mark.parametrize("key", ["title", "schema_version"])
    def test_missing_required_keys_are_named(self, key: str) -> None:
        """A document without a title or a schema_version is refused at that key."""
        data = document()
        del data[key]
        with pytest.raises(FormatError, match="missing") as caught:
            from_dict(data)
        assert caught.value.path == f"$.{key}"

    def test_missing_text_of_a_part_is_named(self) -> None:
        """A caption without its text is refused at that caption's text."""
        with pytest.raises(FormatError, match="missing required key 'text'") as caught:
            from_dict(document(captions=[{}]))
        assert caught.value.path == "$.captions[0].text"

    def test_unknown_keys_are_refused_by_name(self) -> None:
        """An unknown key is never dropped silently: the error says which key."""
        with pytest.raises(FormatError, match="unknown key 'penulis'"):
            from_dict(document(penulis="Budi"))

    def test_model_errors_are_chained(self) -> None:
        """A ValidationError raised while building surfaces as FormatError caused by it."""
        with pytest.raises(FormatError) as caught:
            from_dict(document(body=["a", "b", "  "]))
        assert isinstance(caught.value.__cause__, ValidationError)
        assert caught.value.__cause__.field == "Article.body[2]"
        assert caught.value.path == "$.body[2]"

    def test_naive_datetimes_are_refused_with_a_hint(self) -> None:
        """A datetime without an offset is refused, not assumed to be WIB."""
        with pytest.raises(FormatError, match=r"no UTC offset.*\+07:00"):
            from_dict(document(published="2026-02-06T14:30:00"))

    def test_newer_schema_version_says_so(self) -> None:
        """A document from a newer beritakit is refused with a message saying to upgrade."""
        with pytest.raises(FormatError, match=r"version 2 is newer .*\(1\); upgrade beritakit"):
            from_dict(document(schema_version=SCHEMA_VERSION + 1))

    def test_a_document_that_is_not_an_object_is_refused(self) -> None:
        """A JSON array or string at the top level is refused at $."""
        with pytest.raises(FormatError, match="expected an object, got an array") as caught:
            from_json("[]")
        assert caught.value.path == "$"

    def test_invalid_json_names_its_line(self) -> None:
        """A syntax error reports the line (and column) where the parser stopped."""
        with pytest.raises(FormatError, match=r"invalid JSON.*column") as caught:
            from_json('{\n  "schema_version": 1,\n  "title": "Banjir",\n}')
        assert caught.value.line == 4
        assert isinstance(caught.value.__cause__, json.JSONDecodeError)

    def test_repeated_keys_are_refused(self) -> None:
        """A key given twice is refused at its path rather than keeping one value silently."""
        with pytest.raises(FormatError, match="more than once") as caught:
            from_json('{"schema_version": 1, "title": "a", "captions": [{"text": "x", "text": "y"}]}')
        assert caught.value.path == "$.captions[0].text"

    @pytest.mark.parametrize(
        "text",
        [b'{"title": "\xff"}', "[" * 100_000, '{"schema_version": ' + "1" * 5000 + "}"],
        ids=["bad-utf8", "deep-nesting", "huge-number"],
    )
    def test_unreadable_json_raises_format_error(self, text: str | bytes) -> None:
        """Undecodable bytes, absurd nesting and huge numbers raise FormatError, never a json traceback."""
        with pytest.raises(FormatError, match="invalid JSON"):
            from_json(text)


# A format checker of our own: jsonschema's date-time and uri checks need optional packages that may be
# absent, and then silently check nothing. These say what our documents promise: RFC 3339 with an
# offset, and absolute URLs.
_RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", re.ASCII)
FORMATS = FormatChecker(formats=())


@FORMATS.checks("date-time")
def _is_rfc3339(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return _RFC3339.fullmatch(value) is not None


@FORMATS.checks("uri")
def _is_absolute_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return (
        value.isascii() and value.isprintable() and " " not in value and bool(parts.scheme and parts.netloc)
    )


def validator() -> Draft202012Validator:
    """A draft 2020-12 validator for our schema that checks date-time and uri formats."""
    return Draft202012Validator(json_schema(), format_checker=FORMATS)


class TestJsonSchema:
    def test_schema_is_a_valid_draft_2020_12_schema(self) -> None:
        """The schema passes the metaschema and names itself."""
        schema = json_schema()
        Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == "https://beritakit.dev/schema/article-v1.json"
        assert schema["title"]
        assert set(schema["$defs"]) == {"Caption", "Dateline", "Quote", "RelatedLink"}

    @pytest.mark.parametrize(
        "model", [Article, Caption, Dateline, Quote, RelatedLink], ids=lambda m: m.__name__
    )
    def test_properties_match_the_model_fields(self, model: type) -> None:
        """Each object's properties are exactly its model's fields (plus schema_version on the article)."""
        schema = json_schema()
        part = schema if model is Article else schema["$defs"][model.__name__]
        expected = [field.name for field in attrs.fields(model)]
        assert list(part["properties"]) == (["schema_version", *expected] if model is Article else expected)
        assert part["additionalProperties"] is False

    @pytest.mark.parametrize(
        "model", [Article, Caption, Dateline, Quote, RelatedLink], ids=lambda m: m.__name__
    )
    def test_required_keys_are_the_fields_without_a_default(self, model: type) -> None:
        """The schema requires what from_dict requires, and nothing more."""
        schema = json_schema()
        part = schema if model is Article else schema["$defs"][model.__name__]
        required = {field.name for field in attrs.fields(model) if field.default is attrs.NOTHING}
        assert set(part["required"]) == required | ({"schema_version"} if model is Article else set())

    @pytest.mark.parametrize("field", attrs.fields(Article), ids=lambda field: field.name)
    def test_null_and_empty_arrays_are_allowed_where_the_model_allows_them(
        self, field: attrs.Attribute[Any]
    ) -> None:
        """A field validates as null exactly when its default is None, and as [] when it is ()."""
        check = validator()
        assert check.is_valid(document(**{field.name: None})) == (field.default is None)
        assert check.is_valid(document(**{field.name: []})) == (field.default == ())

    @given(bks.articles())
    def test_every_written_article_validates(self, article: Article) -> None:
        """to_dict output of any valid article passes the schema, formats included."""
        validator().validate(to_dict(article))

    def test_the_example_validates(self) -> None:
        """The pinned example, microseconds and all, passes the schema."""
        validator().validate(json.loads(EXAMPLE_JSON))

    @pytest.mark.parametrize(
        "changes",
        [
            {"title": 7},
            {"title": ""},
            {"penulis": "Budi"},
            {"captions": [{"text": "Foto", "kredit": "ANTARA"}]},
            {"captions": [{"credit": "ANTARA"}]},
            {"published": "2026-02-06T14:30:00"},
            {"published": "6 Februari 2026"},
            {"url": "/berita/1"},
            {"body": "satu paragraf"},
            {"dateline": {}},
            {"dateline": {"place": None, "source": None}},
            {"quotes": [{"text": "a", "paragraph": -1}]},
            {"related": [{"title": "x", "placement": "sidebar"}]},
            {"language": "bahasa indonesia"},
            {"schema_version": 2},
        ],
        ids=repr,
    )
    def test_obvious_bad_shapes_are_rejected(self, changes: dict[str, Any]) -> None:
        """Wrong types, unknown keys, naive dates, relative URLs and empty datelines fail validation."""
        assert not validator().is_valid(document(**changes))

    def test_a_missing_title_is_rejected(self) -> None:
        """A document without a title fails validation."""
        data = document()
        del data["title"]
        assert not validator().is_valid(data)

    def test_the_format_checks_in_these_tests_really_check(self) -> None:
        """Guard: the checker used above refuses a naive date-time and a relative URL."""
        assert not FORMATS.conforms("2026-02-06T14:30:00", "date-time")
        assert FORMATS.conforms("2026-02-06T14:30:00.5+07:00", "date-time")
        assert not FORMATS.conforms("/berita/1", "uri")

    def test_each_call_returns_a_fresh_copy(self) -> None:
        """Changing the returned schema does not change the next one."""
        json_schema()["properties"]["title"]["minLength"] = 99
        assert json_schema()["properties"]["title"]["minLength"] == 1


class TestJsonLines:
    @given(st.lists(bks.articles(), max_size=4))
    def test_read_jsonl_reads_back_what_write_jsonl_wrote(self, articles: list[Article]) -> None:
        """A list of articles survives a JSON Lines round trip, in order."""
        stream = io.StringIO()
        assert write_jsonl(articles, stream) == len(articles)
        stream.seek(0)
        assert list(read_jsonl(stream)) == articles

    @given(st.lists(bks.articles(), min_size=1, max_size=4))
    def test_each_article_is_one_compact_newline_terminated_line(self, articles: list[Article]) -> None:
        """The output is one compact to_json document per line, each ending in \\n."""
        stream = io.StringIO()
        write_jsonl(articles, stream)
        assert stream.getvalue() == "".join(to_json(article) + "\n" for article in articles)
        assert stream.getvalue().count("\n") == len(articles)

    @pytest.mark.parametrize("as_path", [str, Path], ids=["str", "Path"])
    def test_paths_are_written_and_read_as_utf8(self, tmp_path: Path, as_path: type) -> None:
        """A str or Path target is written as UTF-8 and read back."""
        target = tmp_path / "berita.jsonl"
        assert write_jsonl([example(), Article(title="Dua")], as_path(target)) == 2
        assert "“Air mulai naik" in target.read_bytes().decode("utf-8")
        assert list(read_jsonl(as_path(target))) == [example(), Article(title="Dua")]

    def test_writing_streams_the_articles_as_they_come(self) -> None:
        """Each article is written before the next is asked for, so nothing is collected in memory."""
        stream = io.StringIO()

        def articles() -> Any:
            for index in range(3):
                assert stream.getvalue().count("\n") == index
                yield Article(title=f"Berita {index}")

        assert write_jsonl(articles(), stream) == 3

    def test_reading_is_lazy(self, tmp_path: Path) -> None:
        """The first article of a file whose third line is garbage is read without error."""
        target = tmp_path / "berita.jsonl"
        target.write_text(to_json(Article(title="Satu")) + "\n" + to_json(Article(title="Dua")) + "\n{oops\n")
        articles = read_jsonl(target)
        assert next(articles).title == "Satu"
        assert next(articles).title == "Dua"
        with pytest.raises(FormatError):
            next(articles)

    def test_blank_lines_are_skipped(self) -> None:
        """Empty and white-space-only lines are not articles."""
        stream = io.StringIO(
            "\n" + to_json(Article(title="Satu")) + "\n   \n\n" + to_json(Article(title="Dua")) + "\n"
        )
        assert [article.title for article in read_jsonl(stream)] == ["Satu", "Dua"]

    def test_a_bad_line_names_its_number_and_the_path_inside_it(self) -> None:
        """A malformed article reports its line number and the JSON path within that line."""
        bad = json.dumps(document(captions=[{"text": "Foto", "credit": 5}]))
        stream = io.StringIO(to_json(example()) + "\n\n" + bad + "\n")
        with pytest.raises(FormatError, match=r"^\$\.captions\[0\]\.credit line 3: ") as caught:
            list(read_jsonl(stream))
        assert caught.value.line == 3
        assert caught.value.path == "$.captions[0].credit"

    def test_invalid_json_on_a_line_names_its_number(self) -> None:
        """A syntax error reports the line of the file, not the line within the document."""
        stream = io.StringIO(to_json(example()) + "\n{oops\n")
        with pytest.raises(FormatError, match="line 2: invalid JSON") as caught:
            list(read_jsonl(stream))
        assert caught.value.line == 2

    def test_bad_utf8_on_a_line_names_its_number(self, tmp_path: Path) -> None:
        """A line of a file that is not UTF-8 is reported with its number."""
        target = tmp_path / "berita.jsonl"
        target.write_bytes(to_json(example()).encode() + b"\n" + b'{"title": "\xff"}\n')
        with pytest.raises(FormatError, match="line 2: invalid JSON") as caught:
            list(read_jsonl(target))
        assert caught.value.line == 2


class TestDocstrings:
    def test_the_examples_in_the_docstrings_run(self) -> None:
        """The examples in the module's docstrings run as shown (docs/ pages are run by test_docs)."""
        results = doctest.testmod(json_format)
        assert results.attempted > 0
        assert results.failed == 0
