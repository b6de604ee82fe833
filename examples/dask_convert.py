"""Convert WARC files with Dask: a bag over the files, the same per-record function as `beritakit convert`.

python examples/dask_convert.py OUTPUT_DIR [FILE.warc.gz ...]

Each WARC file is one element of the bag; a worker reads its records one at a time, converts each
with beritakit.archive.work.convert_record (the function `beritakit convert` runs), and streams
the results to two JSON Lines partitions named after the file: OUTPUT_DIR/articles/NNNNN-NAME.jsonl
and OUTPUT_DIR/failures/NNNNN-NAME.jsonl. Memory stays flat however large a file is, and a
partition appears under its name only when complete. OUTPUT_DIR may be any fsspec URL
(s3://bucket/path) when the workers can write there.

Without WARC files, a tiny WARC is built from examples/pages in OUTPUT_DIR and converted, on
Dask's local process scheduler. On a cluster, create a dask.distributed.Client first: the same
code then runs on its workers (see docs/clusters.md).
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import dask.bag as db
import fsspec
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from beritakit.archive.inputs import read_inputs
from beritakit.archive.records import Failure, Record, Skipped
from beritakit.archive.work import convert_record
from beritakit.formats.json import to_json

PAGES = Path(__file__).resolve().parent / "pages"


def convert_warc(numbered: tuple[int, str], out: str) -> tuple[int, int]:
    """Convert one WARC file into its two partitions; return (converted, failed)."""
    number, path = numbered
    name = f"{number:05d}-{Path(path).name.removesuffix('.gz').removesuffix('.warc')}.jsonl"
    fs, root = fsspec.core.url_to_fs(out)
    converted = failed = 0
    articles_part, failures_part = f"{root}/articles/{name}.part", f"{root}/failures/{name}.part"
    with fs.open(articles_part, "wb") as articles, fs.open(failures_part, "wb") as failures:
        for _, item in read_inputs([path]):
            if isinstance(item, Skipped):  # requests, images, redirects: not pages
                continue
            result = convert_record(item) if isinstance(item, Record) else item
            if isinstance(result, Failure):
                failures.write(json.dumps(result.to_dict(), ensure_ascii=False).encode() + b"\n")
                failed += 1
            else:
                articles.write(to_json(result).encode() + b"\n")
                converted += 1
    for kind in ("articles", "failures"):
        fs.mv(f"{root}/{kind}/{name}.part", f"{root}/{kind}/{name}")
    return converted, failed


def convert_warcs(paths: list[str], out: str) -> tuple[int, int]:
    """Convert every WARC file in ``paths`` with Dask; return the total (converted, failed)."""
    fs, root = fsspec.core.url_to_fs(out)
    for kind in ("articles", "failures"):
        fs.makedirs(f"{root}/{kind}", exist_ok=True)
    files = db.from_sequence(list(enumerate(paths)), npartitions=max(1, len(paths)))
    counts = files.map(convert_warc, out).compute()
    return sum(c for c, _ in counts), sum(f for _, f in counts)


def build_example_warc(path: Path) -> None:
    """A small WARC from examples/pages: every page as an HTML response, the text dump as a
    text/plain response (skipped), a request record (skipped) and an empty page (a failure)."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for page in sorted(PAGES.iterdir()):
            body = page.read_bytes()
            if page.suffix == ".gz":
                body = gzip.decompress(body)
            content_type = "text/plain" if page.suffix == ".txt" else "text/html; charset=utf-8"
            _response(writer, f"https://contoh.example.id/arsip/{page.name}", body, content_type)
        _response(writer, "https://contoh.example.id/kosong", b"", "text/html")
        get = StatusAndHeaders("GET /kosong HTTP/1.1", [("Host", "contoh.example.id")], is_http_request=True)
        url = "https://contoh.example.id/kosong"
        _write(writer, writer.create_warc_record(url, "request", io.BytesIO(), 0, http_headers=get))


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", io.BytesIO(body), len(body), http_headers=headers)
    _write(writer, record)


def _write(writer: WARCWriter, record: object) -> None:
    writer.write_record(record)
    record.raw_stream.close()  # type: ignore[attr-defined]  # warcio leaves its spool file open


def main(out_dir: Path, warcs: list[str]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    if not warcs:
        build_example_warc(out_dir / "contoh.warc.gz")
        warcs = [str(out_dir / "contoh.warc.gz")]
    converted, failed = convert_warcs(warcs, str(out_dir))
    print(f"{converted} articles in {out_dir}/articles, {failed} failures in {out_dir}/failures")


if __name__ == "__main__":  # Dask's process scheduler imports this file in its workers
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out"), sys.argv[2:])
