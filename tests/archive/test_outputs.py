"""Sinks and file names: nothing half-written under a final name, names stable and collision-free."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit.archive.outputs import (
    FeedSink,
    FilesSink,
    Rendered,
    StreamFile,
    default_errors_path,
    file_name,
    render,
)
from beritakit.archive.records import ConvertError, Record
from beritakit.formats.json import from_json
from beritakit.formats.rss_validate import validate_rss
from beritakit.models import Article, Channel

ARTICLE = Article(title="Banjir di Jakarta", url="https://www.contoh.id/berita/2026/02/06/banjir-jakarta")
RECORD = Record(source="arsip.warc.gz", locator="offset 0")
CHANNEL = Channel(title="Contoh", link="https://contoh.id/", description="Berita contoh")
_SAFE_NAME = re.compile(r"[a-z0-9.-]+/[a-z0-9-]+\.md")


class TestFileName:
    def test_the_name_is_host_then_path_slug_then_hash(self) -> None:
        """The host (without www) is the folder; the path becomes a slug; a short hash ends it."""
        name = file_name(ARTICLE, RECORD, ".md")
        assert re.fullmatch(r"contoh\.id/berita-2026-02-06-banjir-jakarta-[0-9a-f]{10}\.md", name)

    def test_the_same_record_always_gets_the_same_name(self) -> None:
        """Names are stable across runs, so a rerun rewrites files instead of adding copies."""
        assert file_name(ARTICLE, RECORD, ".md") == file_name(ARTICLE, Record(**vars_of(RECORD)), ".md")

    def test_two_records_with_one_url_get_two_names(self) -> None:
        """The same article crawled twice is written twice, never one over the other."""
        other = Record(source="arsip.warc.gz", locator="offset 900")
        assert file_name(ARTICLE, RECORD, ".md") != file_name(ARTICLE, other, ".md")

    def test_without_a_url_the_input_file_names_the_article(self) -> None:
        """An article with no URL is named after the input file, in the no-url folder."""
        name = file_name(Article(title="Banjir"), Record(source="arsip/Halaman 1.html"), ".json")
        assert re.fullmatch(r"no-url/halaman-1-html-[0-9a-f]{10}\.json", name)

    @given(st.text(), st.text(min_size=1))
    def test_names_are_safe_relative_paths(self, path: str, source: str) -> None:
        """Whatever the URL path, the name is one folder and one short file of safe characters."""
        article = Article(title="Banjir", url="https://contoh.id/" + quote(path, safe="/?=&"))
        name = file_name(article, Record(source=source), ".md")
        assert _SAFE_NAME.fullmatch(name), name
        assert len(name.split("/")[1]) <= 80 + 1 + 10 + 3


def vars_of(record: Record) -> dict[str, object]:
    return {"source": record.source, "locator": record.locator, "url": record.url, "data": record.data}


class TestRender:
    def test_jsonl_renders_one_line_that_reads_back(self) -> None:
        """A JSON Lines rendering is one line holding the article."""
        rendered = render(ARTICLE, RECORD, "jsonl")
        assert rendered.name is None
        assert rendered.data.count(b"\n") == 1
        assert from_json(rendered.data) == ARTICLE

    def test_markdown_renders_a_named_file(self) -> None:
        """A Markdown rendering carries its file name and the article's heading."""
        rendered = render(ARTICLE, RECORD, "markdown")
        assert rendered.name == file_name(ARTICLE, RECORD, ".md")
        assert b"# Banjir di Jakarta" in rendered.data


class TestStreamFile:
    def test_the_file_appears_under_its_name_only_when_finished(self, tmp_path: Path) -> None:
        """While written, the stream is NAME.part; finishing renames it to NAME."""
        stream = StreamFile(tmp_path / "out.jsonl")
        stream.open()
        stream.write(b"satu\n")
        assert not (tmp_path / "out.jsonl").exists()
        stream.finish()
        assert (tmp_path / "out.jsonl").read_bytes() == b"satu\n"
        assert not (tmp_path / "out.jsonl.part").exists()

    def test_resuming_cuts_back_to_the_checkpointed_length(self, tmp_path: Path) -> None:
        """Bytes written after the last checkpoint are dropped before appending again."""
        (tmp_path / "out.jsonl.part").write_bytes(b"satu\ndua\ntig")
        stream = StreamFile(tmp_path / "out.jsonl")
        stream.open(resume_at=9)
        stream.write(b"tiga\n")
        stream.finish()
        assert (tmp_path / "out.jsonl").read_bytes() == b"satu\ndua\ntiga\n"

    def test_resuming_without_the_partial_file_is_refused(self, tmp_path: Path) -> None:
        """A journal that counts bytes of a .part file that is gone cannot be resumed."""
        with pytest.raises(ConvertError, match="missing"):
            StreamFile(tmp_path / "out.jsonl").open(resume_at=5)


class TestFilesSink:
    def test_each_article_is_a_whole_file_and_no_temporary_file_remains(self, tmp_path: Path) -> None:
        """Per-article files are renamed into place; no .part file is left behind."""
        sink = FilesSink(tmp_path / "out")
        sink.open()
        sink.write(Rendered(b"# Banjir\n", "contoh.id/banjir-1.md"))
        sink.write(Rendered(b"# Banjir lagi\n", "contoh.id/banjir-1.md"))
        files = sorted(
            p.relative_to(tmp_path).as_posix() for p in (tmp_path / "out").rglob("*") if p.is_file()
        )
        assert files == ["out/contoh.id/banjir-1.md"]
        assert (tmp_path / "out/contoh.id/banjir-1.md").read_bytes() == b"# Banjir lagi\n"

    def test_a_file_where_the_folder_should_be_is_refused(self, tmp_path: Path) -> None:
        """json and markdown output need a folder, not an existing file."""
        (tmp_path / "out").write_text("")
        with pytest.raises(ConvertError, match="folder"):
            FilesSink(tmp_path / "out").open()


class TestFeedSink:
    def test_the_feed_is_built_from_the_spooled_articles_at_the_end(self, tmp_path: Path) -> None:
        """Articles spool as JSON Lines; finishing streams them into a valid feed and removes the spool."""
        sink = FeedSink(tmp_path / "feed.xml", CHANNEL)
        sink.open()
        for number in range(3):
            article = Article(title=f"Berita {number}", url=f"https://contoh.id/berita/{number}")
            sink.write(render(article, RECORD, "rss"))
        assert not (tmp_path / "feed.xml").exists()
        sink.finish()
        feed = (tmp_path / "feed.xml").read_bytes()
        assert feed.count(b"<item>") == 3
        assert [p for p in validate_rss(feed) if p.level == "error"] == []
        assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.xml"]


class TestDefaultErrorsPath:
    @pytest.mark.parametrize(
        ("output", "to", "expected"),
        [
            ("hasil/out.jsonl", "jsonl", "hasil/out.errors.jsonl"),
            ("situs.v2", "markdown", "situs.v2.errors.jsonl"),
        ],
    )
    def test_the_error_file_sits_beside_the_output(self, output: str, to: str, expected: str) -> None:
        """The error file is named after the output (a folder keeps its whole name)."""
        assert default_errors_path(Path(output), to).as_posix() == expected  # type: ignore[arg-type]
