"""examples/dask_convert.py on Dask's local scheduler: the same articles as `beritakit convert`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from beritakit.archive.run import convert
from beritakit.formats.json import read_jsonl

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dask_convert.py"


class TestDaskExample:
    def test_dask_writes_the_articles_and_failures_that_convert_writes(self, tmp_path: Path) -> None:
        """Run on Dask's local process scheduler, the example writes one articles partition and one
        failures partition per WARC file, holding what the process-pool conversion holds."""
        result = subprocess.run(  # noqa: S603 - our own example script
            [sys.executable, str(EXAMPLE), str(tmp_path / "dask")],
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip().startswith("9 articles")
        warc = tmp_path / "dask" / "contoh.warc.gz"
        [articles] = (tmp_path / "dask" / "articles").iterdir()
        [failures] = (tmp_path / "dask" / "failures").iterdir()
        assert articles.name == failures.name == "00000-contoh.jsonl"

        convert([warc], to="jsonl", output=tmp_path / "pool.jsonl", workers=1)
        assert list(read_jsonl(articles)) == list(read_jsonl(tmp_path / "pool.jsonl"))
        dask_failures = [json.loads(line) for line in failures.read_text().splitlines()]
        pool_failures = [
            json.loads(line) for line in (tmp_path / "pool.errors.jsonl").read_text().splitlines()
        ]
        assert dask_failures == pool_failures
        assert [failure["url"] for failure in dask_failures] == ["https://contoh.example.id/kosong"]
