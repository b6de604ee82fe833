"""Converting a whole archive: records read in order, parsed in worker processes, written in order.

:func:`convert` is what ``beritakit convert`` runs. The main process reads the inputs lazily
(:mod:`.inputs`), sends small batches of records to a pool of worker processes that parse and
render them (:func:`~.work.convert_record`, :func:`~.outputs.render`), and writes the results in
input order (:mod:`.outputs`). At most a fixed window of batches is in flight, so memory stays
flat however large the archive, and the order makes one journal line enough to resume
(:mod:`.resume`). SIGINT and SIGTERM stop the run within a fraction of a second: workers are
killed, the journal keeps what was written, and nothing appears under a final name until it is
complete. A worker that dies (a crash in native code, the out-of-memory killer) costs only the
record that killed it, found by retrying its batch one record at a time.
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Self

import attrs
from tqdm import tqdm

from beritakit.archive.inputs import WARC_EXTRA_MESSAGE, input_type, read_inputs, warc_available
from beritakit.archive.outputs import (
    FORMATS,
    Format,
    Rendered,
    Sink,
    StreamFile,
    default_errors_path,
    failure_line,
    open_sink,
    render,
)
from beritakit.archive.records import ConvertError, Failure, Item, Position, Record, Skipped
from beritakit.archive.resume import Checkpoint, Journal, journal_path
from beritakit.archive.work import convert_record
from beritakit.errors import MissingDependencyError

if TYPE_CHECKING:
    import types
    from collections.abc import Callable, Sequence
    from multiprocessing.connection import Connection

    from beritakit.models import Article, Channel

    Converter = Callable[[Record], Article | Failure]

__all__ = ["Summary", "convert", "default_workers"]

Result = Rendered | Failure | Skipped
_Batch = list[tuple[Position, Item]]

_BATCHES_PER_WORKER: Final = 8  # in flight: enough to keep workers busy behind a slow page
_MAX_BATCH: Final = 32  # records per batch once the run is going: amortises the cost of a task
_MAX_BATCH_BYTES: Final = 4 * 1024 * 1024
_CHECKPOINT_SECONDS: Final = 1.0
_POLL_SECONDS: Final = 0.1  # how often a wait looks at the stop flag
_MAX_CONSECUTIVE_CRASHES: Final = 3  # beyond this, workers are broken, not the records


@attrs.frozen(kw_only=True)
class Summary:
    """What a conversion did: counts over the whole job (earlier interrupted runs included), and
    the time and pages of this run. ``interrupted`` names the signal that stopped it, if any."""

    converted: int
    failed: int
    skipped: int
    pages: int
    seconds: float
    output: Path
    errors: Path
    interrupted: str | None = None

    @property
    def pages_per_second(self) -> float:
        """Pages (converted or failed) per second in this run."""
        return self.pages / self.seconds if self.seconds > 0 else 0.0


def default_workers() -> int:
    """The number of worker processes by default: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def convert(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    to: Format,
    output: str | os.PathLike[str],
    errors: str | os.PathLike[str] | None = None,
    workers: int | None = None,
    resume: bool = False,
    limit: int | None = None,
    channel: Channel | None = None,
    progress: bool = False,
    converter: Converter = convert_record,
) -> Summary:
    """Convert every page in ``inputs`` to ``to`` (``"jsonl"``, ``"json"``, ``"markdown"``, ``"rss"``).

    ``output`` is a file for ``jsonl`` and ``rss``, a folder for ``json`` and ``markdown``;
    failures go to ``errors`` (default: beside the output, ``OUT.errors.jsonl``), one JSON line
    each. ``workers`` processes parse (default: :func:`default_workers`); ``resume`` picks up an
    interrupted run from its journal; ``limit`` stops after that many records; ``channel`` is
    the feed's channel for ``rss``; ``progress`` shows a progress bar on stderr. ``converter``
    replaces :func:`~.work.convert_record` (it must be picklable: a module-level function).

    Raises:
        ConvertError: an input does not exist, the output is in the way, or the journal to
            resume belongs to another conversion.
        MissingDependencyError: a WARC file is named but ``warcio`` is not installed.
        ValueError: a bad argument (unknown format, ``workers`` < 1, ``rss`` without a channel).
    """
    if to not in FORMATS:
        raise ValueError(f"unknown output format {to!r}; choose one of {', '.join(FORMATS)}")
    if to == "rss" and channel is None:
        raise ValueError("an RSS output needs a channel")
    workers = default_workers() if workers is None else workers
    if workers < 1 or (limit is not None and limit < 0):
        raise ValueError("workers must be at least 1 and limit at least 0")
    paths = [Path(path) for path in inputs]
    _check_inputs(paths)
    target = Path(output)
    if to in {"jsonl", "rss"} and target.is_dir():
        raise ConvertError(f"{target} is a folder; --to {to} writes one file")
    errors_path = Path(errors) if errors is not None else default_errors_path(target, to)
    sink = open_sink(to, target, channel=channel)
    error_stream = StreamFile(errors_path)
    header = {
        "inputs": [str(path) for path in paths],
        "to": to,
        "output": str(target),
        "errors": str(errors_path),
    }
    journal_file = journal_path(target)
    state = Journal.resume(journal_file, header) if resume else None
    if state is None:
        checkpoint = Checkpoint()
        sink.open()
        error_stream.open()
        journal = Journal.start(journal_file, header)
    else:
        journal, checkpoint = state
        if not checkpoint.complete:
            sink.open(checkpoint.output_bytes)
            error_stream.open(checkpoint.error_bytes)
    exclude = {path.resolve() for path in (*sink.paths(), error_stream.path, error_stream.part, journal_file)}
    conversion = _Conversion(
        inputs=paths,
        exclude=exclude,
        to=to,
        sink=sink,
        errors=error_stream,
        journal=journal,
        checkpoint=checkpoint,
        limit=limit,
        converter=converter,
    )
    return conversion.run(workers=workers, progress=progress)


def _check_inputs(paths: list[Path]) -> None:
    if not paths:
        raise ConvertError("no inputs given")
    for path in paths:
        if not path.exists():
            raise ConvertError(f"{path}: no such file or folder")
    if any(path.is_file() and input_type(path) == "warc" for path in paths) and not warc_available():
        raise MissingDependencyError(WARC_EXTRA_MESSAGE)


class _Interrupted(Exception):  # noqa: N818 - a control-flow signal inside this module, not an error
    """SIGINT or SIGTERM arrived: stop as soon as possible."""


class _Conversion:
    """One run: the read-submit-write loop and its bookkeeping."""

    def __init__(
        self,
        *,
        inputs: list[Path],
        exclude: set[Path],
        to: Format,
        sink: Sink,
        errors: StreamFile,
        journal: Journal,
        checkpoint: Checkpoint,
        limit: int | None,
        converter: Converter,
    ) -> None:
        self.inputs = inputs
        self.exclude = exclude
        self.to = to
        self.sink = sink
        self.errors = errors
        self.journal = journal
        self.start = checkpoint
        self.limit = limit
        self.converter = converter
        self.next = checkpoint.next
        self.source = checkpoint.source
        self.converted = checkpoint.converted
        self.failed = checkpoint.failed
        self.skipped = checkpoint.skipped
        self.records = self.converted + self.failed  # records taken from the input, for --limit
        self.pending: collections.deque[tuple[_Batch, Future[list[Result]], int]] = collections.deque()
        self.last_checkpoint = time.monotonic()
        self.crashes = 0  # records in a row that killed their worker
        self.window = _BATCHES_PER_WORKER
        self.bar: tqdm[Any] = tqdm(disable=True)

    def run(self, *, workers: int, progress: bool) -> Summary:
        started = time.monotonic()
        interrupted: str | None = None
        if self.start.complete:
            self._finish()
            return self._summary(started, interrupted)
        self.window = workers * _BATCHES_PER_WORKER
        self.stop = _StopSignals()
        self.pool = _Pool(workers)
        self.bar = tqdm(
            disable=not progress,
            unit=" pages",
            desc="converting",
            initial=self.converted + self.failed + self.skipped,
            dynamic_ncols=True,
        )
        try:
            with self.stop:
                self._loop()
            self._checkpoint(complete=True)
            self._finish()
        except _Interrupted:
            self.pool.shutdown(kill=True)
            self._checkpoint()
            self._close()
            interrupted = signal.Signals(self.stop.signal or signal.SIGINT).name
        except BaseException:
            self.pool.shutdown(kill=True)
            self._close()
            raise
        finally:
            self.pool.shutdown()
            self.bar.close()
        return self._summary(started, interrupted)

    def _loop(self) -> None:
        stop = self.stop
        items = read_inputs(self.inputs, exclude=self.exclude, start=self.next, start_source=self.source)
        batch: _Batch = []
        size = 0
        try:
            for position, item in items:
                if stop.signal is not None:
                    raise _Interrupted
                if not isinstance(item, Skipped):
                    if self.limit is not None and self.records >= self.limit:
                        break
                    self.records += 1
                batch.append((position, item))
                size += len(item.data) if isinstance(item, Record) else 0
                if len(batch) >= self._batch_size() or size >= _MAX_BATCH_BYTES:
                    self._submit(batch)
                    batch, size = [], 0
                    self._drain(keep=self.window)
        finally:
            items.close()
        if batch:
            self._submit(batch)
        self._drain(keep=0)

    def _batch_size(self) -> int:
        # Small batches at first spread a small job over every worker; larger ones later cost less.
        return min(_MAX_BATCH, 1 + self.records // (self.window * 2))

    def _submit(self, batch: _Batch) -> None:
        items = [item for _, item in batch]
        if any(isinstance(item, Record) for item in items):
            future = self.pool.submit(items, self.to, self.converter)
        else:
            future = Future()
            future.set_result(list(items))  # type: ignore[arg-type]  # failures and skips pass through
        self.pending.append((batch, future, self.pool.generation))

    def _drain(self, *, keep: int) -> None:
        """Write finished batches in order; wait for the oldest while more than ``keep`` are in flight."""
        while self.pending and (len(self.pending) > keep or self.pending[0][1].done()):
            batch, future, generation = self.pending[0]
            try:
                results = self._result(future)
            except BrokenProcessPool:
                results = self._isolate(batch, generation)
            self.pending.popleft()
            self._write(batch, results)
            if time.monotonic() - self.last_checkpoint >= _CHECKPOINT_SECONDS:
                self._checkpoint()

    def _result(self, future: Future[list[Result]]) -> list[Result]:
        while True:
            if self.stop.signal is not None:
                raise _Interrupted
            try:
                return future.result(timeout=_POLL_SECONDS)
            except TimeoutError:
                continue

    def _isolate(self, batch: _Batch, generation: int) -> list[Result]:
        """A worker died on this batch: run its records one at a time to find the one that kills it."""
        if self.stop.signal is not None:
            raise _Interrupted  # workers killed by the same signal, not by a record
        self.pool.restart(generation)
        results: list[Result] = []
        for _, item in batch:
            future = self.pool.submit([item], self.to, self.converter)
            try:
                results.extend(self._result(future))
                self.crashes = 0
            except BrokenProcessPool:
                if self.stop.signal is not None:
                    raise _Interrupted from None
                self.crashes += 1
                if self.crashes >= _MAX_CONSECUTIVE_CRASHES:
                    raise ConvertError(
                        "the worker processes die on every record, so they cannot start or run "
                        "(see the messages above); the run can be resumed once that is fixed"
                    ) from None
                results.append(_crash(item))
                self.pool.restart(self.pool.generation)
        return results

    def _write(self, batch: _Batch, results: list[Result]) -> None:
        for (position, item), result in zip(batch, results, strict=True):
            if isinstance(result, Rendered):
                self.sink.write(result)
                self.converted += 1
            elif isinstance(result, Failure):
                self.errors.write(failure_line(result))
                self.failed += 1
            else:
                self.skipped += 1
            self.next, self.source = Position(position.file, position.item + 1), item.source
        self.bar.update(len(batch))

    def _checkpoint(self, *, complete: bool = False) -> None:
        self.sink.sync()
        self.errors.sync()
        self.journal.record(
            Checkpoint(
                next=self.next,
                source=self.source,
                output_bytes=self.sink.size,
                error_bytes=self.errors.size,
                converted=self.converted,
                failed=self.failed,
                skipped=self.skipped,
                complete=complete,
            )
        )
        self.last_checkpoint = time.monotonic()
        if self.failed:
            self.bar.set_postfix_str(f"{self.failed} failed", refresh=False)

    def _finish(self) -> None:
        self.sink.finish()
        self.errors.finish()
        self.journal.remove()

    def _close(self) -> None:
        self.sink.close()
        self.errors.close()
        self.journal.close()

    def _summary(self, started: float, interrupted: str | None) -> Summary:
        done_before = self.start.converted + self.start.failed
        return Summary(
            converted=self.converted,
            failed=self.failed,
            skipped=self.skipped,
            pages=self.converted + self.failed - done_before,
            seconds=time.monotonic() - started,
            output=self.sink.paths()[0],
            errors=self.errors.path,
            interrupted=interrupted,
        )


def _crash(item: Item) -> Result:
    if not isinstance(item, Record):
        return item
    return Failure(
        source=item.source,
        locator=item.locator,
        url=item.url,
        error="WorkerCrash",
        message="the worker process died while converting this record "
        "(a crash in native code, or the system ran out of memory)",
    )


# --------------------------------------------------------------------------- in the workers


def _convert_batch(items: list[Item], to: Format, converter: Converter) -> list[Result]:
    """The worker's task: convert and render each record; failures and skips pass through."""
    return [_convert_item(item, to, converter) for item in items]


def _convert_item(item: Item, to: Format, converter: Converter) -> Result:
    if not isinstance(item, Record):
        return item
    result = converter(item)
    if isinstance(result, Failure):
        return result
    try:
        return render(result, item, to)
    except Exception as error:  # noqa: BLE001 - a bug in a writer must still leave a record
        return Failure.of_record(item, error)


def _init_worker(lifeline: Connection) -> None:
    # Ctrl-C reaches the whole process group; the main process alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_main, args=(lifeline,), daemon=True).start()


def _exit_with_main(lifeline: Connection) -> None:
    """Exit when the main process is gone (killed with SIGKILL, it could not stop us).

    Only the main process holds the other end of ``lifeline``: reading from it blocks until the
    main process closes it or dies, and then fails. (Watching the parent would not do: with
    forkserver, the parent is the server, which lives as long as its children.)
    """
    with contextlib.suppress(EOFError, OSError):
        lifeline.recv()
    os._exit(1)


# --------------------------------------------------------------------------- in the main process


class _Pool:
    """A process pool that can be replaced when a worker dies (``generation`` counts replacements)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.generation = 0
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # forkserver: workers fork from a clean, preloaded server, never from this threaded process.
        context: multiprocessing.context.BaseContext
        if "forkserver" in multiprocessing.get_all_start_methods():
            forkserver = multiprocessing.get_context("forkserver")
            forkserver.set_forkserver_preload([__name__])
            context = forkserver
        else:
            context = multiprocessing.get_context("spawn")
        lifeline, self._lifeline = context.Pipe(duplex=False)
        return ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_init_worker, initargs=(lifeline,)
        )

    def submit(self, items: list[Item], to: Format, converter: Converter) -> Future[list[Result]]:
        return self.executor.submit(_convert_batch, items, to, converter)

    def restart(self, generation: int) -> None:
        """Replace the pool, unless that was done already since ``generation``."""
        if generation == self.generation:
            self.shutdown(kill=True)
            self.executor = self._start()
            self.generation += 1

    def shutdown(self, *, kill: bool = False) -> None:
        if kill:  # a stop must not wait for the pages being parsed
            for process in list(self.executor._processes.values()):  # noqa: SLF001 - no public handle
                process.kill()
        self.executor.shutdown(wait=True, cancel_futures=True)
        self._lifeline.close()


class _StopSignals:
    """Turns SIGINT and SIGTERM into a flag the loop checks, for the duration of a ``with`` block."""

    def __init__(self) -> None:
        self.signal: int | None = None
        self._previous: dict[int, Callable[[int, types.FrameType | None], object] | int | None] = {}

    def __enter__(self) -> Self:
        if threading.current_thread() is threading.main_thread():
            for number in (signal.SIGINT, signal.SIGTERM):
                self._previous[number] = signal.signal(number, self._handle)
        return self

    def __exit__(self, *_: object) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)

    def _handle(self, number: int, _: types.FrameType | None) -> None:
        self.signal = number
