"""The journal: the last complete checkpoint survives any interruption, and belongs to one conversion."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from beritakit.archive.records import ConvertError, Position
from beritakit.archive.resume import Checkpoint, Journal, journal_path

if TYPE_CHECKING:
    from pathlib import Path

HEADER = {"inputs": ["arsip"], "to": "jsonl", "output": "out.jsonl", "errors": "out.errors.jsonl"}


def checkpoint(item: int) -> Checkpoint:
    return Checkpoint(next=Position(0, item), source="arsip/a.jsonl", output_bytes=item * 10, converted=item)


class TestJournal:
    def test_resume_returns_the_last_checkpoint(self, tmp_path: Path) -> None:
        """Reopening a journal gives back the last checkpoint recorded."""
        journal = Journal.start(tmp_path / "out.jsonl.journal", HEADER)
        journal.record(checkpoint(3))
        journal.record(checkpoint(7))
        journal.close()
        resumed = Journal.resume(tmp_path / "out.jsonl.journal", HEADER)
        assert resumed is not None
        assert resumed[1] == checkpoint(7)
        resumed[0].close()

    def test_a_checkpoint_torn_by_a_kill_is_ignored(self, tmp_path: Path) -> None:
        """A last line cut short (kill -9 while writing) does not count; the one before does."""
        path = tmp_path / "out.jsonl.journal"
        journal = Journal.start(path, HEADER)
        journal.record(checkpoint(3))
        journal.close()
        path.write_bytes(path.read_bytes() + b'{"next": [0, 9], "sour')
        resumed = Journal.resume(path, HEADER)
        assert resumed is not None
        assert resumed[1] == checkpoint(3)
        resumed[0].record(checkpoint(4))
        resumed[0].close()
        again = Journal.resume(path, HEADER)
        assert again is not None
        again[0].close()
        assert again[1] == checkpoint(4)

    def test_a_journal_of_another_conversion_is_refused(self, tmp_path: Path) -> None:
        """Resuming with another output format is refused, naming what differs."""
        Journal.start(tmp_path / "j", HEADER).close()
        with pytest.raises(ConvertError, match="other to"):
            Journal.resume(tmp_path / "j", {**HEADER, "to": "markdown"})

    def test_without_a_journal_there_is_nothing_to_resume(self, tmp_path: Path) -> None:
        """No journal means a fresh start."""
        assert Journal.resume(tmp_path / "j", HEADER) is None

    def test_removing_the_journal_deletes_it(self, tmp_path: Path) -> None:
        """A complete conversion leaves no journal behind."""
        journal = Journal.start(tmp_path / "j", HEADER)
        journal.remove()
        assert not (tmp_path / "j").exists()

    def test_the_journal_lives_beside_the_output(self, tmp_path: Path) -> None:
        """The journal of OUT is OUT.journal."""
        assert journal_path(tmp_path / "feed.xml") == tmp_path / "feed.xml.journal"
