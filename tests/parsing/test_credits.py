"""Photo credits are split off captions wherever Indonesian outlets print them, and no word is lost."""

from __future__ import annotations

import doctest
import importlib
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit._text import normalize_space
from beritakit.parsing import credits as credit_rules
from beritakit.parsing.credits import CREDIT_LABELS, split_credit

CREDITED = [
    # caption, then its text and its credit
    (
        "Warga antre minyak goreng. (ANTARA FOTO/Budi Santoso)",
        "Warga antre minyak goreng.",
        "ANTARA FOTO/Budi Santoso",
    ),
    ("Ilustrasi (ANTARA FOTO/Fakhri Hermansyah)", "Ilustrasi", "ANTARA FOTO/Fakhri Hermansyah"),
    (
        "Banjir di Kemang. (ANTARA FOTO/ASPRILLA DWI ADHA).",
        "Banjir di Kemang.",
        "ANTARA FOTO/ASPRILLA DWI ADHA",
    ),
    ("Petani memanen padi. ANTARA FOTO/Rina Sari", "Petani memanen padi.", "ANTARA FOTO/Rina Sari"),
    ("Warga mengungsi. (Foto: Dedi Kurnia)", "Warga mengungsi.", "Dedi Kurnia"),
    ("Warga mengungsi. (Foto : Humas Pemkot)", "Warga mengungsi.", "Humas Pemkot"),
    ("Rapat paripurna DPRD. Foto: Dok. Humas", "Rapat paripurna DPRD.", "Dok. Humas"),
    ("Foto: Rudi Hartono - Pasar Cinde diresmikan", "Pasar Cinde diresmikan", "Rudi Hartono"),
    ("FOTO: ANTARA/Reno | Massa berunjuk rasa", "Massa berunjuk rasa", "ANTARA/Reno"),
    ("Foto: Dok. Pertamina – detikNews", "", "Dok. Pertamina – detikNews"),
    ("Kapal nelayan bersandar. Dok. Pemkot Bitung", "Kapal nelayan bersandar.", "Dok. Pemkot Bitung"),
    (
        "Sekda menerima audiensi, Jumat.-kominfo palembang-",
        "Sekda menerima audiensi, Jumat.",
        "kominfo palembang",
    ),
    ("Jembatan ambruk diterjang banjir -humas bpbd-", "Jembatan ambruk diterjang banjir", "humas bpbd"),
    ("Mobil terguling di tol (ist)", "Mobil terguling di tol", "ist"),
    ("Mobil terguling di tol (Istimewa)", "Mobil terguling di tol", "Istimewa"),
    ("Keluarga berkumpul saat Lebaran (dok. pribadi)", "Keluarga berkumpul saat Lebaran", "dok. pribadi"),
    ("Suasana pasar pagi. Tribun Medan/Jefri Susetyo", "Suasana pasar pagi.", "Tribun Medan/Jefri Susetyo"),
    (
        "Warga melintas di jalan TRIBUN MEDAN/JEFRI SUSETYO",
        "Warga melintas di jalan",
        "TRIBUN MEDAN/JEFRI SUSETYO",
    ),
    ("Petani memanen jagung - ANTARA/Yudhi Mahatma", "Petani memanen jagung", "ANTARA/Yudhi Mahatma"),
    ("Menteri meninjau proyek (KOMPAS.com/NINA SUSILO)", "Menteri meninjau proyek", "KOMPAS.com/NINA SUSILO"),
    ("Pebulu tangkis berlaga (REUTERS/Edgar Su)", "Pebulu tangkis berlaga", "REUTERS/Edgar Su"),
    ("Penyanyi berpose (REUTERS / Mario Anzuoni)", "Penyanyi berpose", "REUTERS / Mario Anzuoni"),
    ("Kondisi hutan di Papua(Greenpeace Indonesia)", "Kondisi hutan di Papua", "Greenpeace Indonesia"),
    ("Pemain Persib berlatih Instagram @persib", "Pemain Persib berlatih", "Instagram @persib"),
    (
        "Gol indah ke gawang lawan (Twitter/@officialpersija)",
        "Gol indah ke gawang lawan",
        "Twitter/@officialpersija",
    ),
    ("Rumah adat Toraja © Shutterstock", "Rumah adat Toraja", "Shutterstock"),
    ("Aktor muda/©KapanLagi.com®/Budi Setiawan", "Aktor muda", "KapanLagi.com®/Budi Setiawan"),
    ("KOMPAS.COM/ANDI HARTIK Petugas memadamkan api", "Petugas memadamkan api", "KOMPAS.COM/ANDI HARTIK"),
    ("Kampus baru diresmikan. Doc. unsri.ac.id HUMAS", "Kampus baru diresmikan.", "Doc. unsri.ac.id HUMAS"),
    ("Wisuda angkatan ke-XX(Dok.IGI )", "Wisuda angkatan ke-XX", "Dok.IGI"),
    ("Ilustrasi. (Shutterstock)", "Ilustrasi.", "Shutterstock"),
    ("Warga antre vaksin | Sumber foto: Dinkes", "Warga antre vaksin", "Dinkes"),
    ("(ist)", "", "ist"),
    ("Antara/Teresia May", "", "Antara/Teresia May"),
    ("Republika/ Wihdan Hidayat", "", "Republika/ Wihdan Hidayat"),
    ("ANTARA FOTO/BUDI SETYA", "", "ANTARA FOTO/BUDI SETYA"),
]

UNCREDITED = [
    "Suasana rapat di Jakarta",
    "Calon jamaah haji diperiksa petugas medis (Ilustrasi)",
    "Presiden Joko Widodo (kanan) berbincang dengan menteri",
    "Para menteri berfoto bersama (dari kiri ke kanan)",
    "Gubernur Bank Indonesia (BI)",
    "Sidang digelar Selasa (16/2/2016)",
    "Tersangka (37) digiring ke ruang tahanan polisi",
    "Jakarta - Bandung",
    "Warga membaca koran pagi di teras rumah.",
    "Perkumpulan Pengusaha Kemplang Palembang (PPKP)",
    "Petani menanam padi (setelah hujan turun semalaman di desa itu)",
    "Rute Jakarta/Bandung",
    "Tarif Rp 5.000/Orang",
    "",
]

_WORD = re.compile(r"\w+")


def _words(text: str) -> Counter[str]:
    return Counter(word.casefold() for word in _WORD.findall(text))


class TestSplitCredit:
    @pytest.mark.parametrize(("caption", "text", "credit"), CREDITED)
    def test_credit_is_split_off(self, caption: str, text: str, credit: str) -> None:
        """Each credit form gives the caption text and the credit as printed, markers dropped."""
        assert split_credit(caption) == (text, credit)

    @pytest.mark.parametrize("caption", UNCREDITED)
    def test_captions_without_credit_stay_whole(self, caption: str) -> None:
        """Positions, illustrations, acronyms, dates and ages in parentheses are not credits."""
        assert split_credit(caption) == (normalize_space(caption), None)

    def test_text_is_whitespace_normalised(self) -> None:
        """White space in the caption collapses, as in every model field."""
        assert split_credit("  Warga\u00a0antre \n (ist) ") == ("Warga antre", "ist")

    @given(st.text())
    def test_no_word_is_lost_or_invented(self, caption: str) -> None:
        """Text and credit hold exactly the caption's words, but for the dropped label words."""
        text, credit = split_credit(caption)
        kept = _words(text) + _words(credit or "")
        original = _words(normalize_space(caption))
        assert not kept - original
        assert set(original - kept) <= CREDIT_LABELS

    @given(
        st.lists(
            st.sampled_from(["Warga", "antre", "(ist)", "Foto:", "-", "ANTARA", "/", "©", "Dok.", "(", ")"])
        )
    )
    def test_no_word_is_lost_from_credit_like_captions(self, words: list[str]) -> None:
        """Captions built from credit markers keep every word too."""
        caption = " ".join(words)
        text, credit = split_credit(caption)
        assert not (_words(text) + _words(credit or "")) - _words(caption)
        assert set(_words(caption) - _words(text) - _words(credit or "")) <= CREDIT_LABELS

    @given(st.text())
    def test_credit_is_never_blank(self, caption: str) -> None:
        """A credit, when found, has words; a caption without credit is returned normalised."""
        text, credit = split_credit(caption)
        if credit is None:
            assert text == normalize_space(caption)
        else:
            assert credit.strip()


# Each credit pattern, with the characters its rule looks for before trying it (any one will do).
PATTERN_MARKS = [
    (("©",), credit_rules._COPYRIGHT),
    ((")",), credit_rules._LAST_PARENTHESES),
    ((":",), credit_rules._LEADING_LABEL),
    ((":",), credit_rules._TRAILING_LABEL),
    (("-", "–", "—"), credit_rules._AFTER_DASH),
    (("@",), credit_rules._SOCIAL),
    (("Do", "DO"), credit_rules._DOK),
    (("/",), credit_rules._BARE_CREDIT),
    (("/",), credit_rules._SLASH_AFTER_SENTENCE),
    (("/",), credit_rules._SLASH_IN_CAPITALS),
    (("/",), credit_rules._LEADING_CAPITALS),
]
CAPTION_PIECES = ["Warga", "antre", "Foto", "FOTO", "Sumber", ":", "©", "(", ")", "(ist)", "-", "–", "—",
                  "/", "@kompas", "Instagram", "Dok.", "DOK", "Doc", "ANTARA", "Budi", ".", "kiri",
                  "\u00a0"]  # fmt: skip
credit_like_captions = st.lists(st.sampled_from(CAPTION_PIECES), max_size=10).flatmap(
    lambda pieces: st.sampled_from([" ".join(pieces), "".join(pieces)])
)


class TestRuleMarks:
    @given(credit_like_captions)
    def test_a_pattern_never_matches_without_its_mark(self, caption: str) -> None:
        """A rule that skips a caption lacking its mark skips only what its pattern would refuse."""
        text = normalize_space(caption)
        for marks, pattern in PATTERN_MARKS:
            if not any(mark in text for mark in marks):
                assert pattern.match(text) is None

    @given(credit_like_captions)
    def test_a_credit_between_dashes_closes_the_caption_with_a_dash(self, caption: str) -> None:
        """Only a caption ending in a dash can hold a credit between dashes."""
        text = normalize_space(caption)
        if not text.endswith("-"):
            assert credit_rules._BETWEEN_DASHES.match(text) is None

    @pytest.mark.parametrize("caption", ["", "  \u200b\n"])
    def test_an_empty_caption_has_no_credit(self, caption: str) -> None:
        """Nothing to split: the text is empty and there is no credit."""
        assert split_credit(caption) == ("", None)


def test_docstring_examples_run() -> None:
    """The examples in the module's docstrings give what they print."""
    assert doctest.testmod(importlib.import_module("beritakit.parsing.credits")).failed == 0
