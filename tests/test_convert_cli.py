"""`beritakit convert` end to end, as a subprocess: junk archives, exit statuses, kills and resumes."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from beritakit.formats.rss_validate import validate_rss

if TYPE_CHECKING:
    from collections.abc import Callable

PROJECT = Path(__file__).resolve().parent.parent
PAGES = PROJECT / "examples" / "pages"
HTML_PAGES = sorted(PAGES.glob("*.html"))
NOT_FOUND = b"""<html><head><title>404 Halaman Tidak Ditemukan</title></head>
<body><h1>404</h1><p>Maaf, halaman yang Anda cari tidak ditemukan.</p><a href="/">Beranda</a></body></html>"""


def beritakit(
    *args: str | Path, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own command line
        [sys.executable, "-m", "beritakit", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
        env=env,
    )


def start(*args: str | Path, cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # noqa: S603 - our own command line
        [sys.executable, "-m", "beritakit", *map(str, args)],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal job has
    )


def write_warc(path: Path, responses: list[tuple[str, bytes, str]]) -> None:
    """A gzipped WARC: warcinfo, then per (url, body, content type) a request and a response."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for url, body, content_type in responses:
            get = StatusAndHeaders("GET / HTTP/1.1", [("Host", "contoh.id")], is_http_request=True)
            ok = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            for record in (
                writer.create_warc_record(url, "request", io.BytesIO(), 0, http_headers=get),
                writer.create_warc_record(url, "response", io.BytesIO(body), len(body), http_headers=ok),
            ):
                writer.write_record(record)
                record.raw_stream.close()


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def summary_counts(stderr: str) -> tuple[int, int, int]:
    """(converted, failed, skipped) from the summary line."""
    [line] = [line for line in stderr.splitlines() if " converted, " in line]
    words = line.split(": ", 1)[1].split()
    return int(words[0]), int(words[2]), int(words[4])


@pytest.fixture
def junk(tmp_path: Path) -> Path:
    """An archive folder with good pages and every kind of junk beside them."""
    folder = tmp_path / "arsip"
    (folder / "baik").mkdir(parents=True)
    for page in HTML_PAGES[:3]:
        shutil.copy(page, folder / "baik" / page.name)
    (folder / "acak.html").write_bytes(random.Random(7).randbytes(4000))
    (folder / "kosong.html").write_bytes(b"")
    (folder / "terpotong.html.gz").write_bytes(gzip.compress(HTML_PAGES[3].read_bytes())[:200])
    (folder / "utf16.html").write_bytes(HTML_PAGES[4].read_text(encoding="utf-8").encode("utf-16-le"))
    (folder / "404.html").write_bytes(NOT_FOUND)
    (folder / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    write_warc(
        folder / "crawl.warc.gz",
        [
            ("https://contoh.example.id/berita/1", HTML_PAGES[5].read_bytes(), "text/html; charset=utf-8"),
            ("https://contoh.example.id/logo.png", b"\x89PNG\r\n", "image/png"),
        ],
    )
    good = json.dumps({"url": "https://contoh.example.id/berita/2", "html": HTML_PAGES[6].read_text()})
    (folder / "crawl.jsonl").write_text(good + "\n{rusak\n")
    return folder


class TestJunk:
    def test_junk_ends_in_the_error_file_and_good_pages_in_the_output(self, junk: Path) -> None:
        """Each bad record is one error line naming its input and error; the good ones are articles."""
        result = beritakit("convert", junk, "--to", "jsonl", "--output", "out.jsonl", cwd=junk.parent)
        assert result.returncode == 1, result.stderr
        failures = {
            (Path(str(f["source"])).name, f["locator"], f["error"])
            for f in lines(junk.parent / "out.errors.jsonl")
        }
        assert failures == {
            ("404.html", None, "NoArticleError"),
            ("acak.html", None, "ParseError"),
            ("kosong.html", None, "ParseError"),
            ("terpotong.html.gz", None, "FormatError"),
            ("crawl.jsonl", "line 2", "FormatError"),
        }
        urls = {article["url"] for article in lines(junk.parent / "out.jsonl")}
        assert {"https://contoh.example.id/berita/1", "https://contoh.example.id/berita/2"} <= urls
        assert len(urls) == 6  # three good pages, the UTF-16 one, the WARC page, the JSON Lines page

    def test_the_summary_accounts_for_every_input(self, junk: Path) -> None:
        """converted + failed is every page record; skipped counts the picture, the request records,
        the warcinfo record and the PNG response."""
        result = beritakit("convert", junk, "--to", "jsonl", "--output", "out.jsonl", cwd=junk.parent)
        assert summary_counts(result.stderr) == (6, 5, 5)
        assert "5 pages failed; see out.errors.jsonl" in result.stderr
        assert "Traceback" not in result.stderr

    def test_nothing_is_left_but_the_output_and_the_error_file(self, junk: Path) -> None:
        """A finished run leaves no .part file and no journal."""
        beritakit("convert", junk, "--to", "jsonl", "--output", "hasil/out.jsonl", cwd=junk.parent)
        assert sorted(p.name for p in (junk.parent / "hasil").iterdir()) == ["out.errors.jsonl", "out.jsonl"]

    def test_duplicate_inputs_are_converted_once(self, junk: Path) -> None:
        """A file named again after its folder is skipped, not converted twice."""
        page = junk / "baik" / HTML_PAGES[0].name
        result = beritakit(
            "convert", junk / "baik", page, page, "--to", "jsonl", "-o", "out.jsonl", cwd=junk.parent
        )
        assert result.returncode == 0, result.stderr
        assert summary_counts(result.stderr) == (3, 0, 2)
        assert len(lines(junk.parent / "out.jsonl")) == 3


class TestOutputs:
    def test_clean_pages_exit_0_with_an_empty_error_file(self, tmp_path: Path) -> None:
        """Every example page converts: exit 0, and the error file exists and is empty."""
        result = beritakit("convert", PAGES, "--to", "jsonl", "--output", "out.jsonl", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert summary_counts(result.stderr) == (10, 0, 0)
        assert (tmp_path / "out.errors.jsonl").read_bytes() == b""

    def test_markdown_files_keep_their_names_when_converted_again(self, tmp_path: Path) -> None:
        """One file per article, and a second run rewrites the same files instead of adding copies."""
        beritakit("convert", PAGES, "--to", "markdown", "--output", "situs", cwd=tmp_path)
        first = sorted(
            p.relative_to(tmp_path).as_posix() for p in (tmp_path / "situs").rglob("*") if p.is_file()
        )
        beritakit("convert", PAGES, "--to", "markdown", "--output", "situs", cwd=tmp_path)
        second = sorted(
            p.relative_to(tmp_path).as_posix() for p in (tmp_path / "situs").rglob("*") if p.is_file()
        )
        assert len(first) == 10
        assert first == second
        assert "situs/kabarbanua.example.id/ekonomi-2026-02-10-pasar-terapung-kembali-ramai-" in first[0]

    def test_the_readme_command_writes_a_valid_feed(self, tmp_path: Path) -> None:
        """The README's first command writes an RSS feed the validator accepts, one item per page."""
        result = beritakit(
            "convert", PAGES, "--to", "rss", "--output", "out/feed.xml",
            "--title", "Berita Contoh", "--link", "https://contoh.example.id/",
            "--description", "Berita contoh dari beritakit", "--self-url", "https://contoh.example.id/feed.xml",
            cwd=tmp_path,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        feed = (tmp_path / "out" / "feed.xml").read_bytes()
        assert feed.count(b"<item>") == 10
        assert [problem for problem in validate_rss(feed) if problem.level != "info"] == []


class TestUsage:
    @pytest.mark.parametrize(
        ("arguments", "message"),
        [
            (["tidak-ada", "--to", "jsonl", "-o", "o.jsonl"], "tidak-ada: no such file or folder"),
            ([PAGES, "--to", "jsonl", "-o", "o.jsonl", "--workers", "0"], "expected at least 1"),
            ([PAGES, "--to", "rss", "-o", "f.xml"], "--to rss needs --link"),
            ([PAGES, "--to", "jsonl", "-o", "o.jsonl", "--title", "X"], "--title only apply to --to rss"),
            (
                [PAGES, "--to", "jsonl", "-o", "o.jsonl", "--self-url", "https://x.id/f.xml"],
                "--self-url only apply",
            ),
            ([PAGES, "--to", "jsonl", "-o", "."], "is a folder"),
            ([PAGES, "--to", "pdf", "-o", "o.pdf"], "invalid choice"),
        ],
    )
    def test_usage_errors_exit_2_with_a_message(
        self, tmp_path: Path, arguments: list[str], message: str
    ) -> None:
        """Bad arguments exit 2 with one message and no traceback."""
        result = beritakit("convert", *arguments, cwd=tmp_path)
        assert result.returncode == 2
        assert message in result.stderr
        assert "Traceback" not in result.stderr

    def test_a_warc_without_the_extra_names_the_extra(self, junk: Path, tmp_path: Path) -> None:
        """Without warcio, naming a WARC file is a usage error that says what to install."""
        fake = tmp_path / "fake"
        (fake / "warcio").mkdir(parents=True)
        (fake / "warcio" / "__init__.py").write_text("raise ImportError('warcio is not installed')\n")
        env = {**os.environ, "PYTHONPATH": str(fake)}
        result = beritakit(
            "convert", junk / "crawl.warc.gz", "--to", "jsonl", "-o", "o.jsonl", cwd=tmp_path, env=env
        )
        assert result.returncode == 2
        assert "pip install 'beritakit[warc]'" in result.stderr


# --------------------------------------------------------------------------- interruptions


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A crawler archive of 2000 pages with varied URLs and a few bad lines."""
    folder = tmp_path_factory.mktemp("archive")
    pages = [page.read_text(encoding="utf-8") for page in HTML_PAGES]
    with (folder / "crawl.jsonl").open("w", encoding="utf-8") as out:
        for number in range(2000):
            if number % 97 == 13:
                out.write("{rusak\n")
                continue
            url = f"https://contoh.example.id/{number % 7}/berita-{number}"
            out.write(json.dumps({"url": url, "html": pages[number % len(pages)]}) + "\n")
    return folder / "crawl.jsonl"


@pytest.fixture(scope="module")
def reference(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output of one uninterrupted conversion of the archive."""
    folder = tmp_path_factory.mktemp("reference")
    result = beritakit("convert", archive, "--to", "jsonl", "-o", "out.jsonl", "--workers", "2", cwd=folder)
    assert result.returncode == 1, result.stderr  # the bad lines
    return folder


def wait_for(condition: Callable[[], bool], *, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def running_until(process: subprocess.Popen[bytes], condition: Callable[[], bool]) -> Callable[[], bool]:
    """``condition``, failing at once if the conversion ended before it could be interrupted."""

    def check() -> bool:
        assert process.poll() is None, "the conversion ended before it could be interrupted"
        return condition()

    return check


def assert_same_as_reference(folder: Path, reference: Path) -> None:
    """The output and the error file equal the uninterrupted run's, record by record."""
    assert lines(folder / "out.jsonl") == lines(reference / "out.jsonl")
    assert lines(folder / "out.errors.jsonl") == lines(reference / "out.errors.jsonl")
    assert sorted(p.name for p in folder.iterdir()) == ["out.errors.jsonl", "out.jsonl"]


def resume(archive: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    return beritakit(
        "convert", archive, "--to", "jsonl", "-o", "out.jsonl", "--workers", "2", "--resume", cwd=folder
    )


class TestInterruptions:
    def test_kill_9_then_resume_gives_exactly_the_uninterrupted_output(
        self, archive: Path, reference: Path, tmp_path: Path
    ) -> None:
        """kill -9 after a checkpoint, then --resume: no duplicates, no gaps, no stray files."""
        process = start(
            "convert", archive, "--to", "jsonl", "-o", "out.jsonl", "--workers", "2", cwd=tmp_path
        )
        journal = tmp_path / "out.jsonl.journal"
        wait_for(
            lambda: process.poll() is None and journal.exists() and journal.read_bytes().count(b"\n") >= 2
        )
        process.kill()
        process.wait()
        process.stderr.close()  # type: ignore[union-attr]
        assert not (tmp_path / "out.jsonl").exists()
        wait_for(lambda: not _group_alive(process.pid), timeout=10)  # the workers exit on their own
        result = resume(archive, tmp_path)
        assert result.returncode == 1, result.stderr
        assert summary_counts(result.stderr) == summary_counts_of(reference)
        assert_same_as_reference(tmp_path, reference)

    @pytest.mark.parametrize(("number", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
    def test_a_signal_stops_promptly_and_cleanly_and_resume_finishes(
        self, archive: Path, reference: Path, tmp_path: Path, number: signal.Signals, status: int
    ) -> None:
        """Ctrl-C (to the whole job) or SIGTERM stops the run with its status (the wait is bounded only
        against a hang), leaves no final file, and --resume then completes the same output."""
        process = start(
            "convert", archive, "--to", "jsonl", "-o", "out.jsonl", "--workers", "2", cwd=tmp_path
        )
        part = tmp_path / "out.jsonl.part"
        wait_for(running_until(process, lambda: part.exists() and part.stat().st_size > 0))
        if number == signal.SIGINT:
            os.killpg(process.pid, number)
        else:
            process.send_signal(number)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == status
        assert b"rerun with --resume" in stderr
        assert b"Traceback" not in stderr
        assert not (tmp_path / "out.jsonl").exists()
        assert resume(archive, tmp_path).returncode == 1
        assert_same_as_reference(tmp_path, reference)


def summary_counts_of(reference: Path) -> tuple[int, int, int]:
    return len(lines(reference / "out.jsonl")), len(lines(reference / "out.errors.jsonl")), 0


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True
