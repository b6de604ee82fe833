"""Throughput and memory of ``beritakit convert`` on a synthetic archive built from examples/pages.

Run from the project root::

    python benchmarks/convert.py                       # 10k and 50k pages, 1 and 2 workers
    python benchmarks/convert.py --pages 2000 --workers 1 2 4

The archive is crawler JSON Lines (``{"url": ..., "html": ...}`` per line): the example HTML pages
repeated, each at its own URL. Each conversion (``--to jsonl --quiet``) runs as a subprocess in
its own process group; every 50 ms the memory of the whole group (the main process, the
forkserver and the workers) is summed, once as RSS and once as PSS (shared pages counted once,
the honest figure for forked workers). Pages/s is the command's own figure; with ``--rounds N``
the settings are run N times, alternated, and the best run of each is shown (on a shared machine,
the least disturbed). CPU milliseconds per page of the main process and of the workers show the
ceiling of the speed-up whatever else runs: W workers on W cores give at most W / (1 + main/worker).
Figures are printed, never asserted: no test depends on time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"
_SECTIONS = ("berita", "ekonomi", "daerah", "olahraga", "budaya", "pendidikan")


def build_archive(path: Path, pages: int) -> None:
    """``pages`` example pages as JSON Lines, at varied URLs (host, section, date, slug, id)."""
    sources = [page.read_text(encoding="utf-8") for page in sorted(EXAMPLES.glob("*.html"))]
    with path.open("w", encoding="utf-8") as out:
        for number in range(pages):
            host = f"portal{number % 13}.example.id"
            section = _SECTIONS[number % len(_SECTIONS)]
            url = f"https://{host}/{section}/2026/{number % 12 + 1:02d}/{number % 28 + 1:02d}/berita-{number}"
            out.write(json.dumps({"url": url, "html": sources[number % len(sources)]}) + "\n")


def sample_group(group: int, cpu: dict[int, float]) -> tuple[int, int]:
    """(RSS, PSS) in bytes summed over the live processes of a process group; also records each
    process's CPU seconds so far in ``cpu``."""
    rss = pss = 0
    ticks = os.sysconf("SC_CLK_TCK")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != group:  # field 5 of stat: the process group
                continue
            cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
            for line in Path(entry.path, "smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1]) * 1024
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1]) * 1024
        except (OSError, IndexError, ValueError):  # the process ended while we looked
            continue
    return rss, pss


@dataclass
class Figures:
    rate: float  # pages/s, as the command reports it
    seconds: float
    rss: int  # peak bytes of the process group
    pss: int
    main_cpu: float  # CPU seconds of the main process
    worker_cpu: float  # CPU seconds of the other processes (workers, forkserver)


def run(archive: Path, workers: int, out: Path) -> Figures:
    """Convert once and measure it."""
    command = [sys.executable, "-m", "beritakit", "convert", str(archive), "--to", "jsonl"]
    command += ["--output", str(out), "--workers", str(workers), "--quiet"]
    started = time.monotonic()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, start_new_session=True)  # noqa: S603
    peak_rss = peak_pss = 0
    cpu: dict[int, float] = {}
    while process.poll() is None:
        rss, pss = sample_group(process.pid, cpu)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.05)
    seconds = time.monotonic() - started
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        sys.exit(f"convert failed ({process.returncode}):\n{stderr}")
    rate = float(stderr.split("(")[-1].split()[0])  # "... in 12.3 s (812.0 pages/s)"
    main_cpu = cpu.pop(process.pid, 0.0)
    return Figures(rate, seconds, peak_rss, peak_pss, main_cpu, sum(cpu.values()))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1, help="runs per setting, alternated; the best counts")
    arguments = parser.parse_args()
    mib = 1024 * 1024
    print("  pages workers   pages/s speed-up  seconds  peak RSS  peak PSS  main ms/page  worker ms/page")
    with tempfile.TemporaryDirectory() as folder:
        for pages in arguments.pages:
            archive = Path(folder, f"archive-{pages}.jsonl")
            build_archive(archive, pages)
            best: dict[int, Figures] = {}
            for _ in range(arguments.rounds):  # alternate settings, so that a busy spell hits both
                for workers in arguments.workers:
                    figures = run(archive, workers, Path(folder, f"out-{pages}-{workers}.jsonl"))
                    if workers not in best or figures.rate > best[workers].rate:
                        best[workers] = figures
            baseline = None
            for workers, figures in best.items():
                baseline = baseline or figures.rate
                print(
                    f"{pages:>7} {workers:>7} {figures.rate:>9.1f} {figures.rate / baseline:>7.2f}x "
                    f"{figures.seconds:>8.1f} {figures.rss / mib:>5.0f} MiB {figures.pss / mib:>5.0f} MiB "
                    f"{figures.main_cpu / pages * 1000:>13.2f} {figures.worker_cpu / pages * 1000:>15.2f}",
                    flush=True,
                )
    # The main process reads, sends and writes while the workers parse; with W workers on W cores
    # the ceiling of the speed-up is W / (1 + main/worker), whatever else the machine runs.


if __name__ == "__main__":
    main()
