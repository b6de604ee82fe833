"""The orchestration, in process: order, counts, limits, interruption and resume, worker crashes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from beritakit.archive.records import ConvertError
from beritakit.archive.run import convert
from beritakit.formats.json import read_jsonl

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"


def jsonl_archive(path: Path, count: int) -> Path:
    """A JSON Lines archive of ``count`` example pages, each at its own URL."""
    pages = sorted(p.read_text(encoding="utf-8") for p in PAGES.glob("*.html"))
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            url = f"https://contoh.example.id/berita/{number}/judul-{number}"
            out.write(json.dumps({"url": url, "html": pages[number % len(pages)]}) + "\n")
    return path


def interrupt_when_written(part: Path) -> None:
    """Send this process SIGINT (Ctrl-C) once the conversion has written its first articles."""
    deadline = time.monotonic() + 60
    while not (part.exists() and part.stat().st_size > 0) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(os.getpid(), signal.SIGINT)


class TestConvert:
    def test_articles_are_written_in_input_order(self, tmp_path: Path) -> None:
        """Whatever worker finishes first, the output follows the input."""
        archive = jsonl_archive(tmp_path / "a.jsonl", 40)
        summary = convert([archive], to="jsonl", output=tmp_path / "out.jsonl", workers=2)
        urls = [article.url for article in read_jsonl(tmp_path / "out.jsonl")]
        assert urls == [f"https://contoh.example.id/berita/{n}/judul-{n}" for n in range(40)]
        assert (summary.converted, summary.failed, summary.skipped, summary.pages) == (40, 0, 0, 40)

    def test_limit_stops_after_that_many_records(self, tmp_path: Path) -> None:
        """--limit N converts the first N records and completes."""
        archive = jsonl_archive(tmp_path / "a.jsonl", 20)
        summary = convert([archive], to="jsonl", output=tmp_path / "out.jsonl", workers=1, limit=5)
        assert summary.converted == 5
        assert len(list(read_jsonl(tmp_path / "out.jsonl"))) == 5

    def test_a_signal_stops_the_run_and_resume_finishes_it_exactly(self, tmp_path: Path) -> None:
        """SIGINT mid-run leaves a resumable state; resuming gives the same output as one whole run."""
        archive = jsonl_archive(tmp_path / "a.jsonl", 1500)
        out = tmp_path / "out.jsonl"
        part = tmp_path / "out.jsonl.part"
        interrupter = threading.Thread(target=interrupt_when_written, args=(part,))
        interrupter.start()
        stopped = convert([archive], to="jsonl", output=out, workers=2)
        interrupter.join()
        assert stopped.interrupted == "SIGINT"
        assert 0 < stopped.converted < 1500
        assert not out.exists()
        finished = convert([archive], to="jsonl", output=out, workers=2, resume=True)
        assert (finished.converted, finished.interrupted) == (1500, None)
        urls = [article.url for article in read_jsonl(out)]
        assert urls == [f"https://contoh.example.id/berita/{n}/judul-{n}" for n in range(1500)]
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "out.errors.jsonl", "out.jsonl"]

    def test_a_stream_output_cannot_be_a_folder(self, tmp_path: Path) -> None:
        """--to jsonl onto an existing folder is refused before anything is written."""
        with pytest.raises(ConvertError, match="is a folder"):
            convert([PAGES], to="jsonl", output=tmp_path, workers=1)

    def test_rss_needs_a_channel(self, tmp_path: Path) -> None:
        """An RSS conversion without a channel is a usage error."""
        with pytest.raises(ValueError, match="channel"):
            convert([PAGES], to="rss", output=tmp_path / "feed.xml", workers=1)


CRASHING_CONVERTER = """
import os
from beritakit.archive.work import convert_record

def convert(record):
    if record.url and record.url.endswith("/crash"):
        os._exit(3)  # what a segfault in native code or the out-of-memory killer does
    return convert_record(record)
"""

DRIVER = """
import sys
from beritakit.archive.run import convert
import crashing

if __name__ == "__main__":
    summary = convert([sys.argv[1]], to="jsonl", output=sys.argv[2], workers=2, converter=crashing.convert)
    print(summary.converted, summary.failed)
"""


class TestWorkerCrash:
    def test_a_record_that_kills_its_worker_is_the_only_failure(self, tmp_path: Path) -> None:
        """A worker dying on one record costs that record (a WorkerCrash failure) and nothing else."""
        (tmp_path / "crashing.py").write_text(textwrap.dedent(CRASHING_CONVERTER))
        (tmp_path / "driver.py").write_text(textwrap.dedent(DRIVER))
        archive = jsonl_archive(tmp_path / "a.jsonl", 30)
        lines = archive.read_text().splitlines()
        lines[17] = lines[17].replace('/judul-17"', '/crash"')
        archive.write_text("\n".join(lines) + "\n")
        result = subprocess.run(  # noqa: S603 - our own driver script
            [sys.executable, str(tmp_path / "driver.py"), str(archive), str(tmp_path / "out.jsonl")],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(tmp_path)},
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["29", "1"]
        [failure] = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
        assert (failure["locator"], failure["error"]) == ("line 18", "WorkerCrash")
