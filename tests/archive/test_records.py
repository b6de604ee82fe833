"""Records, failures and skips: identity, error records, and pickling across processes."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from beritakit.archive.records import Failure, Record, Skipped
from beritakit.errors import NoArticleError

records = st.builds(
    Record,
    source=st.text(min_size=1),
    locator=st.none() | st.text(min_size=1),
    url=st.none() | st.text(),
    kind=st.sampled_from(["html", "text"]),
    data=st.binary() | st.text(),
)


class TestRecord:
    def test_key_of_a_whole_file_is_its_path(self) -> None:
        """A page that is a whole file is identified by its path alone."""
        assert Record(source="arsip/a.html").key == "arsip/a.html"

    def test_key_of_a_record_inside_a_file_adds_its_locator(self) -> None:
        """A record inside an archive is identified by its path and locator."""
        assert Record(source="a.warc.gz", locator="offset 120").key == "a.warc.gz#offset 120"

    @given(records)
    def test_records_survive_pickling(self, record: Record) -> None:
        """A record crosses a process boundary unchanged."""
        assert pickle.loads(pickle.dumps(record)) == record  # noqa: S301 - our own bytes


class TestFailure:
    def test_failure_names_the_error_type_and_message(self) -> None:
        """The failure of a record keeps where it came from, the error's type and its message."""
        record = Record(source="a.jsonl", locator="line 3", url="https://contoh.id/a")
        failure = Failure.of_record(record, NoArticleError("halaman indeks"))
        assert failure.to_dict() == {
            "source": "a.jsonl",
            "locator": "line 3",
            "url": "https://contoh.id/a",
            "error": "NoArticleError",
            "message": "halaman indeks",
        }

    def test_an_error_without_a_message_is_described_by_its_repr(self) -> None:
        """An exception raised without a message still leaves a non-empty message."""
        assert Failure.of(KeyError(), source="a.html").message == "KeyError()"

    def test_failures_and_skips_survive_pickling(self) -> None:
        """Failures and skips cross process boundaries unchanged."""
        items = [Failure(source="a", error="ParseError", message="m"), Skipped(source="b", reason="r")]
        assert pickle.loads(pickle.dumps(items)) == items  # noqa: S301 - our own bytes
