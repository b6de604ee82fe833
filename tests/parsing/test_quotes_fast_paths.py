"""The quote reader's fast paths give exactly what the plain definitions they replace give."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from beritakit._text import normalize_space
from beritakit.parsing import quotes

# Pieces around capitalised runs: sentence ends, initials, particles, glued words, odd white space.
PIECES = ["Budi", "Santoso", "A.", "H.", "de", "bin", "kata", "mengatakan", "Namun", "x", " ", "  ", ".",
          "!", "?", ":", "-", "–", "—", ",", "'", "’", "&", "~", "(", ")", "_", "1", "é", "É", "\n", "\t",
          "\u00a0", "\u200b", "\u00ad", '"', "“", "”", "„", "‟"]  # fmt: skip
texts = st.one_of(st.text(), st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
# Bodies read by the quote reader: capitalised runs, particles, commas and quotes, several paragraphs.
bodies = st.lists(st.lists(st.sampled_from(PIECES), max_size=24).map("".join), max_size=4)
# Words asked about the story: names, parts of them, particles, initials, sentence openers.
ASKED = ["Budi", "Santoso", "Bud", "udi", "de", "bin", "A.", "Namun", "x", "é"]

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


def plain_story_runs(text: str, word: str) -> list[tuple[tuple[str, ...], bool]]:
    """The runs of a whole text that hold ``word``, as the story reads them: a sentence opener
    before a name left out."""
    runs = []
    for run in plain_runs(text):
        if word in text[run.start : run.end]:
            words, initial = run.words, run.initial
            if initial and len(words) > 1 and words[0].lower() in quotes._SENTENCE_OPENERS:
                words, initial = words[1:], False
            runs.append((words, initial))
    return runs


def plain_sentence_start(text: str, index: int) -> int:
    """Where a sentence starts as first defined: the end of the last sentence end before it, the
    word before each stop read by scanning back over the text."""
    start = 0
    for match in quotes._SENTENCE_END.finditer(text, 0, max(0, index)):
        end = match.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        word_start = end
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:end]
        if not ((len(word) == 1 and word.isupper()) or word.lower() in quotes._ABBREVIATIONS):
            start = match.end()
    return start


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

    @given(texts)
    def test_marks_found_are_the_matches_of_the_mark_search(self, text: str) -> None:
        """The positions found mark by mark are those of the search for their class, in order."""
        assert quotes._marks(text) == [match.start() for match in quotes._MARK.finditer(text)]

    @given(texts, st.integers(-2, 40), st.integers(-2, 40))
    def test_a_piece_of_normalised_text_needs_only_stripping(self, text: str, start: int, end: int) -> None:
        """A quote's text, cut from a normalised paragraph, is normalised once its ends are stripped."""
        piece = normalize_space(text)[start:end]
        assert piece.strip() == normalize_space(piece)

    @pytest.mark.parametrize("mark", ['"', "“", "”", "„", "‟"])
    def test_each_mark_alone_is_seen(self, mark: str) -> None:
        """Every mark the search knows is seen by the substring test on its own."""
        assert quotes._has_mark(f"Kami siap{mark}")


class TestRuns:
    @given(texts)
    @example("Kata Budi. Namun Ani: - Santoso")
    @example("Budi A. Santoso")
    def test_runs_equal_the_plain_definition(self, text: str) -> None:
        """Runs read from the gaps between them equal the matches of ``_RUN`` with their context."""
        assert quotes._runs(text) == plain_runs(text)

    @given(bodies, st.sampled_from(ASKED))
    @example(["Kata Budi, Namun Budi Santoso: x A. Budi de Santoso"], "Budi")
    @example(["Budi de Budi dengan"], "de")
    def test_runs_holding_a_word_are_those_of_the_whole_text(self, body: list[str], word: str) -> None:
        """The runs read around each place that holds a word are the runs of the whole paragraphs
        that hold it, in order."""
        reader = quotes._Reader(body)
        plain = [run for text in reader.masked for run in plain_story_runs(text, word)]
        assert list(reader._runs_holding(word)) == plain

    @given(bodies, st.sampled_from(ASKED))
    @example(["Ali bin Budi datang, lalu Budi pergi."], "Budi")
    @example(["x Budi de Santoso", "x Budi bin Ali"], "Budi")
    def test_joined_runs_holding_a_word_hold_every_name_of_several_words(
        self, body: list[str], word: str
    ) -> None:
        """Read only where the word may stand next to another of its run, the runs of two words
        or more that hold it are all found, in order."""
        reader = quotes._Reader(body)
        plain = [run for text in reader.masked for run in plain_story_runs(text, word) if len(run[0]) > 1]
        assert [run for run in reader._runs_holding(word, joined=True) if len(run[0]) > 1] == plain


class TestSentences:
    @given(texts, st.integers(-2, 40))
    @example("Budi A. Santoso datang. Ia pergi.", 30)
    @example("Kata dr. Budi. Lalu", 19)
    @example("Ia  pergi.\t \nLalu", 18)
    def test_sentence_start_is_the_end_of_the_last_sentence_before(self, text: str, index: int) -> None:
        """Searched from the last sentence end back, a sentence starts where the forward reading has it."""
        assert quotes._sentence_start(text, index) == plain_sentence_start(text, index)


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
