"""The per-record work: a record in, an article or a failure out, never an exception."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit.archive import work
from beritakit.archive.records import Failure, Record
from beritakit.archive.work import convert_record
from beritakit.models import Article
from beritakit.parsing.decode import decode_html

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
PAGE = (PAGES / "02-lama-2015.html").read_bytes()
TEXT = (PAGES / "09-dump-teks.txt").read_bytes()


class TestConvertRecord:
    def test_an_html_page_becomes_an_article_with_the_record_url(self) -> None:
        """An HTML record is parsed as HTML, at the URL the archive gives it."""
        url = "https://priangan.example.id/berita/jembatan"
        article = convert_record(Record(source="a.html", url=url, data=PAGE))
        assert isinstance(article, Article)
        assert article.title == "Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan Gantung"
        assert article.url == url

    def test_a_text_dump_goes_through_the_text_parser(self) -> None:
        """A text record is read as a text dump: its byline line becomes the author."""
        article = convert_record(Record(source="a.txt", kind="text", data=TEXT))
        assert isinstance(article, Article)
        assert article.authors == ("Rizky Amalia",)

    def test_a_page_in_utf16_without_a_byte_order_mark_is_read(self) -> None:
        """UTF-16 without a BOM (NULs in every other byte) is decoded, not refused as binary."""
        data = PAGE.decode("utf-8").encode("utf-16-le")
        article = convert_record(Record(source="a.html", data=data))
        assert isinstance(article, Article)
        assert article.title.startswith("Warga Desa Sukamaju")

    def test_an_empty_page_is_a_parse_failure(self) -> None:
        """An empty page becomes a ParseError failure naming the record."""
        failure = convert_record(Record(source="kosong.html", locator=None, data=b""))
        assert isinstance(failure, Failure)
        assert (failure.source, failure.error) == ("kosong.html", "ParseError")

    def test_a_bad_record_url_is_a_validation_failure(self) -> None:
        """A record whose URL is not an absolute http(s) URL fails with ValidationError."""
        failure = convert_record(Record(source="a.jsonl", locator="line 1", url="bukan url", data=PAGE))
        assert isinstance(failure, Failure)
        assert failure.error == "ValidationError"

    def test_a_bug_in_the_parser_becomes_a_failure_not_a_crash(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Any exception, even one that is a bug, becomes a failure with its type name."""

        def broken(html: bytes | str, *, url: str | None = None) -> Article:
            raise KeyError("headline")

        monkeypatch.setattr(work, "parse_html", broken)
        failure = convert_record(Record(source="a.html", data=PAGE))
        assert isinstance(failure, Failure)
        assert (failure.error, failure.message) == ("KeyError", "'headline'")

    @given(st.binary(max_size=2048), st.sampled_from(["html", "text"]))
    def test_arbitrary_bytes_give_an_article_or_a_failure(self, data: bytes, kind: str) -> None:
        """Whatever the bytes, the result is an article or a failure, and it pickles."""
        result = convert_record(Record(source="x", kind=kind, data=data))  # type: ignore[arg-type]
        assert isinstance(result, Article | Failure)
        assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301 - our own bytes


class TestDecodeText:
    @pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
    def test_unicode_encodings_are_recognised(self, encoding: str) -> None:
        """UTF-8 with or without a BOM and UTF-16 with or without one decode to the same text."""
        assert decode_html("Harga cabai naik di Pasar Segiri".encode(encoding)) == (
            "Harga cabai naik di Pasar Segiri"
        )

    def test_other_bytes_are_read_as_windows_1252(self) -> None:
        """Bytes that are not UTF-8 are read as Windows-1252, as browsers do."""
        assert decode_html("Kafe © 2015".encode("cp1252")) == "Kafe © 2015"
