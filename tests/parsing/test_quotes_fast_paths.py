"""The quote reader's fast paths give exactly what the plain definitions they replace give."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from beritakit.parsing import quotes

# Pieces around capitalised runs: sentence ends, initials, particles, glued words, odd white space.
PIECES = ["Budi", "Santoso", "A.", "H.", "de", "bin", "kata", "mengatakan", "Namun", "x", " ", "  ", ".",
          "!", "?", ":", "-", "–", "—", ",", "'", "’", "&", "~", "(", ")", "_", "1", "é", "É", "\n", "\t",
          "\u00a0", "\u200b", "\u00ad", '"', "“", "”", "„", "‟"]  # fmt: skip
texts = st.one_of(st.text(), st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
paragraphs = texts.filter(lambda text: "\0" not in text)  # what normalize_space leaves never holds one

# Verbs of the three kinds that put someone in focus, and what may stand around them.
FOCUS_PIECES = ["mengatakan", "menyebut", "menyebutkan", "disampaikan", "dikatakan", "oleh", "olehnya",
                "kata", "tambah", "menurut", "Menurut", "dr", "dr.", "drg", "Budi", "Ani", "Ketua", "x",
                "-", "'", " ", "  ", ",", "."]  # fmt: skip
focus_texts = st.lists(st.sampled_from(FOCUS_PIECES), max_size=14).map("".join)

# The three searches that _FOCUS_VERB replaces.
REPORTING = quotes._WordStart(rf"{quotes._prefix_tree(quotes._REPORTING.split('|'))}\b")
PASSIVE = quotes._WordStart(rf"(?:{quotes._PASSIVE})\b(?:\s+oleh)?\s+")
INDIRECT = quotes._WordStart(
    rf"{quotes._prefix_tree(quotes._INDIRECT_VERBS)}\s+(?:(?:dr|drg)\.?\s+)?(?P<who>{quotes._RUN.pattern})"
)


def plain_runs(text: str) -> list[quotes._Run]:
    """The runs as first defined: each ``_RUN`` match; sentence-initial when nothing visible or a
    sentence's punctuation stands before it; with the first word after it."""
    runs = []
    for match in quotes._RUN.finditer(text):
        before = text[: match.start()].rstrip()[-1:]
        following = text[match.end() :].split()
        words = tuple(match.group().split())
        initial = not before or before in ".!?:-–—"
        runs.append(
            quotes._Run(words, match.start(), match.end(), initial, following[0] if following else "")
        )
    return runs


class TestMarks:
    @given(texts)
    def test_mark_test_equals_the_mark_search(self, text: str) -> None:
        """The substring test for quotation marks agrees with the search for their class."""
        assert quotes._has_mark(text) == (quotes._MARK.search(text) is not None)

    @pytest.mark.parametrize("mark", ['"', "“", "”", "„", "‟"])
    def test_each_mark_alone_is_seen(self, mark: str) -> None:
        """Every mark the search knows is seen by the substring test on its own."""
        assert quotes._has_mark(f"Kami siap{mark}")


class TestRuns:
    @given(paragraphs)
    @example("Kata Budi. Namun Ani: - Santoso")
    @example("Budi A. Santoso")
    def test_runs_equal_the_plain_definition(self, text: str) -> None:
        """Runs read from the gaps between them equal the matches of ``_RUN`` with their context."""
        assert quotes._runs(text) == plain_runs(text)

    @given(st.lists(paragraphs, max_size=5))
    @example(["Yuddy mencontohkan", "Namun Ani datang."])
    def test_paragraphs_joined_by_nul_read_as_one_by_one(self, body: list[str]) -> None:
        """The story's runs in one search equal the runs of each paragraph, in order."""
        joined = quotes._read_runs("\0".join(body))
        one_by_one = [(run.words, run.initial, run.following) for text in body for run in quotes._runs(text)]
        assert [
            (tuple(run.split()), initial, following) for _, run, following, initial in joined
        ] == one_by_one


class TestFocusVerbs:
    @given(focus_texts)
    @example("kata Budi-mengatakan bahwa")
    @example("kata Budi-kata Ani")
    @example("disampaikan mengatakan Budi")
    def test_one_search_finds_what_three_find(self, text: str) -> None:
        """Reporting verbs and the names after passive and indirect verbs are found in order, where
        the three separate searches find them."""
        reader = quotes._Reader([text])
        masked = reader.masked[0]
        plain = sorted(
            [(match.start(), "_reporting_subject") for match in REPORTING.finditer(masked)]
            + [(match.end(), "_passive_name") for match in PASSIVE.finditer(masked)]
            + [(match.start("who"), "_named_at") for match in INDIRECT.finditer(masked)]
        )
        events = reader._events(0)
        assert [position for position, _ in events] == sorted(position for position, _ in events)
        assert sorted((position, name_at.__name__) for position, name_at in events) == plain
