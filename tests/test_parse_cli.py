"""`beritakit parse` (one page) and `beritakit sites` (the site rules)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from beritakit.cli import main
from beritakit.sites import SITES

PAGES = Path(__file__).resolve().parent.parent / "examples" / "pages"
PAGE = PAGES / "02-lama-2015.html"
TITLE = "Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan Gantung"


class TestParse:
    def test_json_is_the_default_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A page prints as a pretty JSON document of the article."""
        assert main(["parse", str(PAGE)]) == 0
        assert json.loads(capsys.readouterr().out)["title"] == TITLE

    def test_url_is_given_to_the_parser(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--url becomes the article's URL."""
        url = "https://priangan.example.id/berita/jembatan"
        assert main(["parse", str(PAGE), "--url", url]) == 0
        assert json.loads(capsys.readouterr().out)["url"] == url

    def test_markdown_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--to markdown prints the article as Markdown with its heading."""
        assert main(["parse", str(PAGE), "--to", "markdown"]) == 0
        assert f"# {TITLE}\n" in capsys.readouterr().out

    def test_text_output_is_the_title_and_paragraphs(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--to text prints the title, then each paragraph, separated by blank lines."""
        assert main(["parse", str(PAGE), "--to", "text"]) == 0
        blocks = capsys.readouterr().out.split("\n\n")
        assert blocks[0] == TITLE
        assert blocks[1].startswith("TASIKMALAYA - Ratusan warga")

    def test_a_gzipped_text_dump_is_read_as_text(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A .txt.gz file is decompressed and read as a text dump."""
        (tmp_path / "dump.txt.gz").write_bytes(gzip.compress((PAGES / "09-dump-teks.txt").read_bytes()))
        assert main(["parse", str(tmp_path / "dump.txt.gz")]) == 0
        assert json.loads(capsys.readouterr().out)["authors"] == ["Rizky Amalia"]

    def test_a_page_without_an_article_exits_1(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A 404 page is read but holds no article: exit 1 and the error on stderr."""
        (tmp_path / "404.html").write_text("<html><title>404</title><body><h1>404</h1></body></html>")
        assert main(["parse", str(tmp_path / "404.html")]) == 1
        assert "NoArticleError" in capsys.readouterr().err

    def test_an_unreadable_file_exits_2(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing file is a usage error naming it."""
        assert main(["parse", str(tmp_path / "tidak-ada.html")]) == 2
        assert "cannot read" in capsys.readouterr().err

    @pytest.mark.parametrize(
        ("data", "authors"),
        [
            (PAGE.read_bytes(), ["Dadang Suherman"]),
            ((PAGES / "09-dump-teks.txt").read_bytes(), ["Rizky Amalia"]),
        ],
    )
    def test_standard_input_is_sniffed_as_html_or_text(self, data: bytes, authors: list[str]) -> None:
        """From stdin, markup means HTML and plain lines mean a text dump."""
        result = subprocess.run(
            [sys.executable, "-m", "beritakit", "parse", "-"],
            input=data,
            capture_output=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["authors"] == authors


class TestSites:
    def test_every_site_rule_is_listed_with_its_domains(self, capsys: pytest.CaptureFixture[str]) -> None:
        """One line per rule in the registry: its name, then its domains."""
        assert main(["sites"]) == 0
        listed = capsys.readouterr().out.splitlines()
        assert len(listed) == len(SITES)
        for rule in SITES:
            assert any(
                line.startswith(rule.name) and ", ".join(sorted(rule.domains)) in line for line in listed
            )
