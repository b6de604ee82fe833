"""Finding inputs and reading their records: folders, gzip, JSON Lines, WARC, junk and bounds."""

from __future__ import annotations

import gzip
import io
import json
import random
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from beritakit.archive.inputs import find_inputs, input_type, read_inputs
from beritakit.archive.records import ConvertError, Failure, Position, Record, Skipped

PAGE = b"<html><head><title>Banjir di Jakarta</title></head><body><p>Banjir.</p></body></html>"


def write_warc(path: Path, responses: list[tuple[str, bytes, str, str]], *, request: bool = True) -> None:
    """A gzipped WARC: a warcinfo record, then (url, body, content type, status) responses."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for url, body, content_type, status in responses:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            _write(
                writer,
                writer.create_warc_record(url, "response", io.BytesIO(body), len(body), http_headers=headers),
            )
            if request:
                get = StatusAndHeaders("GET / HTTP/1.1", [("Host", "contoh.id")], is_http_request=True)
                _write(writer, writer.create_warc_record(url, "request", io.BytesIO(), 0, http_headers=get))


def _write(writer: WARCWriter, record: object) -> None:
    writer.write_record(record)
    record.raw_stream.close()  # type: ignore[attr-defined]  # warcio leaves its spool file open


def items(*paths: Path, **options: object) -> list[tuple[Position, object]]:
    return list(read_inputs(paths, **options))  # type: ignore[arg-type]


class TestInputType:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("a.html", "html"),
            ("a.HTM", "html"),
            ("a.html.gz", "html"),
            ("dump.txt.gz", "text"),
            ("crawl.warc.gz", "warc"),
            ("crawl.warc", "warc"),
            ("pages.jsonl", "jsonl"),
            ("pages.ndjson.gz", "jsonl"),
            ("photo.jpg", None),
            ("archive.gz", None),
        ],
    )
    def test_the_name_announces_the_input_type(self, name: str, expected: str | None) -> None:
        """The suffix, looked through .gz, says how a file is read."""
        assert input_type(name) == expected


class TestFindInputs:
    def test_folders_are_walked_in_sorted_order_without_hidden_entries(self, tmp_path: Path) -> None:
        """A folder yields its files sorted, subfolders after files, hidden files and folders ignored."""
        for name in ["b.html", "a.html", "sub/c.html", ".hidden.html", ".git/d.html"]:
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_bytes(PAGE)
        names = [Path(source.name).relative_to(tmp_path).as_posix() for source in find_inputs([tmp_path])]
        assert names == ["a.html", "b.html", "sub/c.html"]

    def test_a_file_named_again_is_a_duplicate(self, tmp_path: Path) -> None:
        """A file given twice, or inside a folder given before, is flagged as a duplicate."""
        (tmp_path / "a.html").write_bytes(PAGE)
        sources = list(find_inputs([tmp_path, tmp_path / "a.html", tmp_path / "a.html"]))
        assert [source.duplicate for source in sources] == [False, True, True]

    def test_unknown_files_in_folders_have_no_type_but_named_files_are_pages(self, tmp_path: Path) -> None:
        """A .jpg in a folder is not an input; a file named on the command line is read as a page."""
        (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8")
        assert [source.type for source in find_inputs([tmp_path, tmp_path / "foto.jpg"])] == [None, "html"]

    def test_excluded_paths_are_left_out(self, tmp_path: Path) -> None:
        """The conversion's own output is never read as input."""
        (tmp_path / "a.html").write_bytes(PAGE)
        (tmp_path / "out").mkdir()
        (tmp_path / "out" / "b.html").write_bytes(PAGE)
        (tmp_path / "out.jsonl.part").write_bytes(b"")
        exclude = {(tmp_path / "out").resolve(), (tmp_path / "out.jsonl.part").resolve()}
        assert [Path(s.name).name for s in find_inputs([tmp_path], exclude=exclude)] == ["a.html"]

    def test_a_missing_input_is_refused(self, tmp_path: Path) -> None:
        """A path that does not exist raises ConvertError naming it."""
        with pytest.raises(ConvertError, match="tidak-ada"):
            list(find_inputs([tmp_path / "tidak-ada"]))


class TestPages:
    def test_a_page_is_one_record(self, tmp_path: Path) -> None:
        """An HTML file is one HTML record holding its bytes, with no locator or URL."""
        (tmp_path / "a.html").write_bytes(PAGE)
        assert items(tmp_path / "a.html") == [
            (Position(0, 0), Record(source=str(tmp_path / "a.html"), kind="html", data=PAGE))
        ]

    def test_a_gzipped_text_dump_is_decompressed(self, tmp_path: Path) -> None:
        """A .txt.gz file is one text record holding the decompressed bytes."""
        (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Judul berita"))
        [(_, record)] = items(tmp_path / "a.txt.gz")
        assert isinstance(record, Record)
        assert (record.kind, record.data) == ("text", b"Judul berita")

    def test_a_truncated_gzip_file_is_a_format_failure(self, tmp_path: Path) -> None:
        """A .gz cut short becomes a FormatError failure naming the file, not an exception."""
        (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE * 20)[:60])
        [(_, failure)] = items(tmp_path / "a.html.gz")
        assert isinstance(failure, Failure)
        assert (failure.error, failure.source) == ("FormatError", str(tmp_path / "a.html.gz"))
        assert "truncated" in failure.message

    def test_a_page_over_the_size_bound_is_a_limit_failure(self, tmp_path: Path) -> None:
        """A page larger than max_bytes is refused unread with a LimitError failure."""
        (tmp_path / "a.html").write_bytes(PAGE)
        [(_, failure)] = items(tmp_path / "a.html", max_bytes=10)
        assert isinstance(failure, Failure)
        assert failure.error == "LimitError"

    def test_a_file_of_unknown_type_in_a_folder_is_skipped(self, tmp_path: Path) -> None:
        """A .jpg found in a folder is counted as skipped, not read."""
        (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8")
        [(_, skipped)] = items(tmp_path)
        assert isinstance(skipped, Skipped)


class TestJsonLines:
    def test_each_line_is_a_record_with_its_url_and_line_number(self, tmp_path: Path) -> None:
        """Objects with html (or text) become records located by line; blank lines are passed over."""
        lines = [
            json.dumps({"url": "https://contoh.id/a", "html": "<p>a</p>"}),
            "",
            json.dumps({"text": "Judul"}),
        ]
        (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
        found = items(tmp_path / "a.jsonl")
        assert [
            (position.item, item.locator, item.url, item.kind, item.data) for position, item in found
        ] == [  # type: ignore[attr-defined]
            (1, "line 1", "https://contoh.id/a", "html", "<p>a</p>"),
            (3, "line 3", None, "text", "Judul"),
        ]

    @pytest.mark.parametrize(
        ("line", "message"),
        [
            ("{not json", "invalid JSON"),
            ("[1, 2]", "expected an object"),
            ('{"url": "https://contoh.id/a"}', 'no "html"'),
            ('{"url": 5, "html": "<p>a</p>"}', '"url" must be a string'),
        ],
    )
    def test_a_bad_line_is_a_format_failure_naming_the_line(
        self, tmp_path: Path, line: str, message: str
    ) -> None:
        """A line that is not a page object becomes a FormatError failure at its line."""
        (tmp_path / "a.jsonl").write_text(json.dumps({"html": "<p>a</p>"}) + "\n" + line + "\n")
        (_, first), (_, second) = items(tmp_path / "a.jsonl")
        assert isinstance(first, Record)
        assert isinstance(second, Failure)
        assert (second.locator, second.error) == ("line 2", "FormatError")
        assert message in second.message

    def test_a_line_over_the_bound_fails_and_the_next_line_is_still_read(self, tmp_path: Path) -> None:
        """An over-long line is a LimitError failure; reading resumes at the next line."""
        big = json.dumps({"html": "x" * 500})
        (tmp_path / "a.jsonl").write_text(big + "\n" + json.dumps({"html": "ok"}) + "\n")
        (_, failure), (_, record) = items(tmp_path / "a.jsonl", max_bytes=100)
        assert isinstance(failure, Failure)
        assert failure.error == "LimitError"
        assert isinstance(record, Record)
        assert (record.locator, record.data) == ("line 2", "ok")


class TestWarc:
    def test_html_responses_are_records_and_the_rest_is_skipped(self, tmp_path: Path) -> None:
        """HTML responses become records at their URI and offset; warcinfo, requests, images and
        redirects are skipped."""
        write_warc(
            tmp_path / "a.warc.gz",
            [
                ("https://contoh.id/a", PAGE, "text/html; charset=utf-8", "200 OK"),
                ("https://contoh.id/foto.jpg", b"\xff\xd8", "image/jpeg", "200 OK"),
                ("https://contoh.id/lama", b"", "text/html", "301 Moved Permanently"),
            ],
        )
        found = [item for _, item in items(tmp_path / "a.warc.gz")]
        records = [item for item in found if isinstance(item, Record)]
        assert [(record.url, record.data) for record in records] == [("https://contoh.id/a", PAGE)]
        assert records[0].locator is not None
        assert records[0].locator.startswith("offset ")
        assert [item.reason for item in found if isinstance(item, Skipped)] == [
            "a WARC warcinfo record",
            "a WARC request record",
            "not HTML (image/jpeg)",
            "a WARC request record",
            "an HTTP 301 redirect",
            "a WARC request record",
        ]

    def test_a_truncated_warc_keeps_its_records_and_reports_the_damage(self, tmp_path: Path) -> None:
        """Records before the damage are read; the damage is one FormatError failure, not a crash."""
        page = PAGE + random.Random(0).randbytes(3000)  # incompressible: the cut falls in the last record
        write_warc(
            tmp_path / "a.warc.gz",
            [(f"https://contoh.id/{n}", page, "text/html", "200 OK") for n in range(3)],
            request=False,
        )
        data = (tmp_path / "a.warc.gz").read_bytes()
        (tmp_path / "b.warc.gz").write_bytes(data[: len(data) - 1000])
        found = [item for _, item in items(tmp_path / "b.warc.gz")]
        assert [type(item).__name__ for item in found] == ["Skipped", "Record", "Record", "Failure"]
        assert isinstance(found[-1], Failure)
        assert (found[-1].error, found[-1].url) == ("FormatError", "https://contoh.id/2")
        assert "truncated" in found[-1].message

    def test_without_warcio_a_warc_file_fails_with_the_extra_to_install(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without the warc extra, a WARC file found in a folder is a MissingDependencyError failure."""
        write_warc(tmp_path / "a.warc.gz", [])
        monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
        [(_, failure)] = items(tmp_path)
        assert isinstance(failure, Failure)
        assert failure.error == "MissingDependencyError"
        assert "beritakit[warc]" in failure.message


class TestResumePositions:
    def test_items_before_the_start_are_passed_over(self, tmp_path: Path) -> None:
        """Reading from a position yields exactly the items at or after it."""
        (tmp_path / "a.html").write_bytes(PAGE)
        (tmp_path / "b.jsonl").write_text(
            "".join(json.dumps({"html": f"<p>{n}</p>"}) + "\n" for n in range(3))
        )
        everything = items(tmp_path)
        assert items(tmp_path, start=Position(1, 2)) == everything[2:]

    def test_changed_inputs_are_refused_on_resume(self, tmp_path: Path) -> None:
        """When the file at the start position is not the one the journal names, reading stops."""
        (tmp_path / "a.html").write_bytes(PAGE)
        with pytest.raises(ConvertError, match="the inputs changed"):
            items(tmp_path, start=Position(0, 0), start_source="lain.html")
