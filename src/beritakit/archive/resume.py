"""The journal of a conversion: how far it got, so that an interrupted run can be resumed exactly.

Output is written in input order, so one :class:`Checkpoint` describes all the work done: the
position of the first input item not yet written, and how many bytes of the output and error
streams hold that work. The journal (``OUT.journal``, beside the output) is a JSON Lines file: a
header naming the conversion, then one checkpoint per line, appended after the outputs were
flushed to disk. After any interruption, even ``kill -9`` halfway through a line, the last
complete checkpoint is true: a resumed run cuts the streams back to its lengths (dropping work
written after it) and reads on from its position, so nothing is repeated and nothing is lost.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs

from beritakit.archive.records import START, ConvertError, Position

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["Checkpoint", "Journal", "journal_path"]

_VERSION = 1


@attrs.frozen(kw_only=True)
class Checkpoint:
    """Everything written so far: items before ``next`` are done, the streams hold
    ``output_bytes`` and ``error_bytes`` of them, and the counts add up what they were.

    ``source`` is the name of the input file at ``next.file`` (checked on resume, so that
    changed inputs are refused instead of resumed at the wrong place); ``complete`` says every
    item was written and only the final renames may be missing.
    """

    next: Position = START
    source: str | None = None
    output_bytes: int = 0
    error_bytes: int = 0
    converted: int = 0
    failed: int = 0
    skipped: int = 0
    complete: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The checkpoint as one JSON object."""
        return {**attrs.asdict(self, recurse=False), "next": list(self.next)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Checkpoint:
        """Read back what :meth:`to_dict` wrote (raising ``TypeError``, ``ValueError``, ``KeyError``)."""
        file, item = data.pop("next")
        return cls(next=Position(int(file), int(item)), **data)


def journal_path(output: Path) -> Path:
    """Where the journal of a conversion to ``output`` lives: ``OUT.journal`` beside it."""
    return output.with_name(output.name + ".journal")


class Journal:
    """An append-only, fsynced log of checkpoints, opened with :meth:`start` or :meth:`resume`."""

    def __init__(self, path: Path, file: BinaryIO) -> None:
        self.path = path
        self._file = file

    @classmethod
    def start(cls, path: Path, header: dict[str, Any]) -> Journal:
        """A new journal for the conversion described by ``header`` (replacing any old one)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        journal = cls(path, path.open("wb"))
        journal._append({"journal": _VERSION, **header})
        return journal

    @classmethod
    def resume(cls, path: Path, header: dict[str, Any]) -> tuple[Journal, Checkpoint] | None:
        """The journal at ``path`` and its last complete checkpoint, or None when there is none.

        Raises :class:`~.records.ConvertError` when the journal belongs to another conversion
        (other inputs, format or output), naming what differs.
        """
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        # A line cut short by a kill has no newline yet: it is dropped, and the one before it counts.
        complete = data[: data.rfind(b"\n") + 1]
        lines = complete.splitlines()
        first = _json(lines[0]) if lines else None
        if first is None or first.get("journal") != _VERSION:
            raise ConvertError(f"cannot resume: {path} is not a journal of this beritakit version")
        differing = [key for key in header if first.get(key) != header[key]]
        if differing:
            raise ConvertError(
                f"cannot resume: the interrupted run had other {', '.join(differing)} "
                f"(see {path}); rerun with the same arguments, or without --resume to start over"
            )
        checkpoint = Checkpoint()
        for line in lines[1:]:
            try:
                checkpoint = Checkpoint.from_dict(json.loads(line))
            except (TypeError, ValueError, KeyError, AttributeError):
                raise ConvertError(f"cannot resume: {path} holds a malformed checkpoint") from None
        file = path.open("r+b")
        file.truncate(len(complete))
        file.seek(len(complete))
        return cls(path, file), checkpoint

    def record(self, checkpoint: Checkpoint) -> None:
        """Append ``checkpoint`` and push it to disk (after the outputs it describes were)."""
        self._append(checkpoint.to_dict())

    def close(self) -> None:
        """Close, keeping the journal for a resumed run."""
        self._file.close()

    def remove(self) -> None:
        """Close and delete the journal: the conversion is complete."""
        self._file.close()
        self.path.unlink(missing_ok=True)

    def _append(self, data: dict[str, Any]) -> None:
        self._file.write(json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n")
        self._file.flush()
        os.fsync(self._file.fileno())


def _json(line: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
