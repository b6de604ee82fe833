"""Bylines give writers and editors as credited, and nothing when the text is not a byline."""

from __future__ import annotations

import doctest
import importlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit._text import normalize_space
from beritakit.parsing.bylines import Byline, parse_byline, split_names

BYLINES = [
    # text, then the authors and editors it credits
    ("Penulis: Rina Marlina | Editor: Dodi Prasetyo", ("Rina Marlina",), ("Dodi Prasetyo",)),
    ("Reporter: Andi Saputra", ("Andi Saputra",), ()),
    ("Pewarta: Siti Rahma", ("Siti Rahma",), ()),
    ("Editor: Bambang Hermawan", (), ("Bambang Hermawan",)),
    ("Penyunting: Lia Anggraini", (), ("Lia Anggraini",)),
    ("Redaktur : Fajar Nugraha", (), ("Fajar Nugraha",)),
    ("Red: Yohanes Putra", (), ("Yohanes Putra",)),
    ("Laporan Wartawan Tribun Medan, Jefri Susetyo", ("Jefri Susetyo",), ()),
    ("Laporan Reporter Tribunnews.com, Rina dan Adi", ("Rina", "Adi"), ()),
    ("Kontributor Lhokseumawe, Masriadi", ("Masriadi",), ()),
    ("Penulis : Kontributor Bireuen, Desi Safnita", ("Desi Safnita",), ()),
    ("Oleh: Maya Sofia", ("Maya Sofia",), ()),
    ("Oleh Dewi Lestari dan Joko Susilo", ("Dewi Lestari", "Joko Susilo"), ()),
    ("By Hendra Gunawan", ("Hendra Gunawan",), ()),
    ("Penulis : Ani Wijaya, Budi Hartono", ("Ani Wijaya", "Budi Hartono"), ()),
    ("Reporter: Ani | Editor: Budi", ("Ani",), ("Budi",)),
    ("Pewarta: Rudi Hartono (ant)", ("Rudi Hartono",), ()),
    ("Pewarta: Nur Aini Editor: Ade Saputra", ("Nur Aini",), ("Ade Saputra",)),
    ("Pewarta: Teguh Santoso dan Agus S", ("Teguh Santoso", "Agus S"), ()),
    ("Jurnalis: Dewi Kania", ("Dewi Kania",), ()),
    ("Fotografer: Grandy Zafna", ("Grandy Zafna",), ()),
    ("Penulis: Tono Editor: Susi Sumber: Antara", ("Tono",), ("Susi",)),
    ("Eko Prasetyo - detikNews", ("Eko Prasetyo",), ()),
    ("Editor: Andi Wijaya, S.H., M.H.", (), ("Andi Wijaya",)),
    ("Pewarta: prwir", ("prwir",), ()),
    ("Penulis: Rina & Tomi | Editor: Sari; Dani", ("Rina", "Tomi"), ("Sari", "Dani")),
    ("By Wulan Sari on 6 Feb 2026 at 14:30 WIB", ("Wulan Sari",), ()),
    ("Oleh Bayu Aji, Jumat (6/2/2026) 14:30 WIB", ("Bayu Aji",), ()),
    ("Penulis: Nia Kurnia | 2026-02-06 14:30", ("Nia Kurnia",), ()),
    ("Oleh Dimas Putra pada Jumat, 6 Februari 2026", ("Dimas Putra",), ()),
]

NOT_BYLINES = [
    "Harga cabai naik di Pasar Cinde.",
    "Sumber: Antara",
    "Sumber: kemenag.go.id",
    "Oleh karena itu, pemerintah menaikkan tarif.",
    "Oleh sebab itu warga diminta waspada.",
    "Oleh Presiden Joko Widodo pada 2015 diresmikan.",
    "Menurut editor senior itu, beritanya akurat.",
    "Penulis: Tim Redaksi",
    "Laporan Wartawan Tribunnews.com Budi",
    "Kontributor Lhokseumawe Masriadi",
    "Tim Redaksi",
    "Foto bersama pengurus. Editor: Budi",
    "",
]

NAMES = [
    ("A, B dan C", ("A", "B", "C")),
    ("Ani & Budi", ("Ani", "Budi")),
    ("Ani; Budi", ("Ani", "Budi")),
    ("Ani and Budi", ("Ani", "Budi")),
    ("Ani serta Budi", ("Ani", "Budi")),
    ("Reporter: Andi, S.H.; Rina (ant)", ("Andi", "Rina")),
    ("Editor Budi", ("Budi",)),
    (" , ; ", ()),
    ("Wicky V. Olindo", ("Wicky V. Olindo",)),
    ("Rudi Hartono (ant/rhm)", ("Rudi Hartono",)),
    ("Joko - detikNews", ("Joko",)),
    ("Budi Santoso, MM", ("Budi Santoso",)),
    ("Budi 2, Rina", ("Rina",)),
]


class TestParseByline:
    @pytest.mark.parametrize(("text", "authors", "editors"), BYLINES)
    def test_labelled_names_are_read(
        self, text: str, authors: tuple[str, ...], editors: tuple[str, ...]
    ) -> None:
        """Each label form gives its writers and editors in printed order."""
        assert parse_byline(text) == Byline(authors=authors, editors=editors)

    @pytest.mark.parametrize("text", NOT_BYLINES)
    def test_other_lines_give_an_empty_byline(self, text: str) -> None:
        """Sources, prose, institutional credits and unsure forms give no names."""
        assert parse_byline(text) == Byline()

    @given(st.text())
    def test_names_come_from_the_text(self, text: str) -> None:
        """Every name a byline gives is printed in it: nothing is invented."""
        byline = parse_byline(text)
        normalised = normalize_space(text)
        for name in byline.authors + byline.editors:
            assert name
            assert name in normalised

    @given(
        label=st.sampled_from(["Penulis", "Reporter", "Pewarta", "Editor", "Penyunting"]),
        names=st.lists(
            st.sampled_from(["Ani Lestari", "Budi", "Cahya Putri", "Dedi"]), min_size=1, max_size=3
        ),
        joiner=st.sampled_from([", ", " dan ", " & ", "; "]),
    )
    def test_composed_bylines_are_read_back(self, label: str, names: list[str], joiner: str) -> None:
        """Any label with any list of names reads back as those names in the right role."""
        byline = parse_byline(f"{label}: {joiner.join(names)}")
        role = byline.editors if label in {"Editor", "Penyunting"} else byline.authors
        assert role == tuple(names)


class TestSplitNames:
    @pytest.mark.parametrize(("text", "names"), NAMES)
    def test_lists_of_names_are_split(self, text: str, names: tuple[str, ...]) -> None:
        """Separators split, role titles, desk codes, outlets and degrees are trimmed."""
        assert split_names(text) == names

    @given(st.text())
    def test_names_are_trimmed_and_never_empty(self, text: str) -> None:
        """Every name is non-empty, trimmed of white space, and printed in the input."""
        for name in split_names(text):
            assert name
            assert name == name.strip()
            assert name in normalize_space(text)


def test_docstring_examples_run() -> None:
    """The examples in the module's docstrings give what they print."""
    assert doctest.testmod(importlib.import_module("beritakit.parsing.bylines")).failed == 0
