"""Page furniture is recognised line by line, and related-link lines give their titles."""

from __future__ import annotations

import doctest
import importlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit._text import normalize_space
from beritakit.parsing import boilerplate
from beritakit.parsing.boilerplate import is_boilerplate, is_furniture, is_trailer_heading, related_title

BOILERPLATE = [
    "ADVERTISEMENT",
    "Advertisement",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Scroll ke bawah untuk melanjutkan membaca",
    "Gulir ke bawah untuk lanjut membaca",
    "Dapatkan Berita Pilihan di WhatsApp Anda",
    "Ikuti kami di Google News",
    "Download aplikasi Tribunnews untuk berita terkini",
    "Gabung ke saluran WhatsApp kami untuk update berita",
    "Berlangganan newsletter harian kami",
    "Baca berita tanpa iklan. Gabung Kompas.com+",
    "Editor: Rina Marlina",
    "Penulis: Andi Saputra",
    "Sumber: Tribun Medan",
    "Pewarta: Siti Rahma",
    "Pewarta: Siti Rahma | Editor: Budi",
    "Laporan Wartawan Tribun Medan, Jefri Susetyo",
    "Rina Wulandari berkontribusi dalam penulisan artikel ini.",
    "Rina Wulandari ber\u212aontribuſi dalam penulisan artikel ini.",  # Kelvin sign, long s
    "(fyk/ash)",
    "(kpl/pur/tch)",
    "(Cas/Isk)",
    "(ant)",
    "(red)",
    "(ANA)",
    "(*)",
    "[dni]",
    "(H-4)",
    "[Gambas:Video 20detik]",
    "[Gambas:Video CNN]",
    "Halaman 2 dari 2",
    "Halaman 1 2 3 Selanjutnya",
    "1 2 3 4 Selanjutnya »",
    "Halaman selanjutnya",
    "Selanjutnya",
    "Tampilkan semua",
    "Copyright © ANTARA 2025",
    "© 2026 Radar Palembang. All rights reserved.",
    "PT Radar Media Nusantara. All rights reserved.",
    "PT Radar Media Nusantara. All riGhtſ reserved.",
    "Copyright 2008 – 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.",
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis tanpa izin tertulis.",
    "Tim Redaksi",
    "Berita Terkait",
    "Sumber:",
    "Baca juga: Harga emas turun",
    "Share",
    "0 Komentar",
    "",
    "   ",
]

ARTICLE_TEXT = [
    "Warga mengeluhkan harga cabai yang naik dua kali lipat.",
    "Ia meminta warga melapor lewat WhatsApp jika menemukan pungutan liar di sekolah.",
    "Hak cipta lagu itu dipegang oleh label rekaman di Jakarta.",
    "Video: https://example.id/video",
    "Menurut editor senior itu, berita tersebut sudah diverifikasi.",
    "Presiden - yang baru dilantik - berpidato.",
    "Halaman rumah warga terendam banjir setinggi lutut.",
    "Ikuti perkembangan kasus ini di halaman berikut.",
    "Sumber di kepolisian menyebut pelaku sudah diamankan sejak Senin malam.",
    "Dapatkan pelayanan kesehatan gratis di puskesmas terdekat, kata kepala dinas.",
    "(Bersambung)",
    "2.000 warga mengungsi.",
]

RELATED = [
    ("Baca juga: Harga emas turun", "Harga emas turun"),
    ("BACA JUGA:Sekda Kumpulkan Seluruh Camat", "Sekda Kumpulkan Seluruh Camat"),
    ("Baca Juga : Pasar Cinde Diresmikan", "Pasar Cinde Diresmikan"),
    ("Lihat juga: Banjir Rendam Kemang", "Banjir Rendam Kemang"),
    ("Simak juga: Rupiah Menguat", "Rupiah Menguat"),
    ("(Baca: Jokowi Resmikan Tol)", "Jokowi Resmikan Tol"),
    ("Baca: Polisi Tangkap Begal", "Polisi Tangkap Begal"),
    ("Baca juga Gempa Guncang Maluku", "Gempa Guncang Maluku"),
    ("Simak video 'Banjir Bandang di Garut'", "Banjir Bandang di Garut"),
    ("Lihat juga video: Detik-detik Kapal Tenggelam", "Detik-detik Kapal Tenggelam"),
    ("Tonton juga: Wawancara Eksklusif", "Wawancara Eksklusif"),
    ('Baca artikel CNN Indonesia "Harga Cabai Melonjak" selengkapnya di sini.', "Harga Cabai Melonjak"),
    ("Baca juga:", ""),
    ("BACA JUGA", ""),
]

NOT_RELATED = [
    "Baca buku ini setiap hari.",
    "Lihat Jakarta dari ketinggian Monas.",
    "Simak pemaparannya berikut.",
    "Warga membaca koran.",
    "Tonton film itu di bioskop.",
    "",
]


class TestIsBoilerplate:
    @pytest.mark.parametrize("paragraph", BOILERPLATE)
    def test_page_furniture_is_boilerplate(self, paragraph: str) -> None:
        """Ads, promos, credit lines, desk initials, embeds, pagination and notices are furniture."""
        assert is_boilerplate(paragraph)

    @pytest.mark.parametrize("paragraph", ARTICLE_TEXT)
    def test_article_text_is_not_boilerplate(self, paragraph: str) -> None:
        """Story sentences that mention WhatsApp, editors, pages or sources stay article text."""
        assert not is_boilerplate(paragraph)

    @given(st.text())
    def test_total_on_any_text(self, paragraph: str) -> None:
        """Any text gives a boolean, never an exception."""
        assert is_boilerplate(paragraph) in {True, False}


# The notices the case-blind patterns find, their words spelled with the look-alike letters
# re.IGNORECASE also takes (long s, Kelvin sign, dotted and dotless i), among ASCII and non-ASCII filler.
NOTE = " dalam penulisan artikel ini"
GUARDED_PIECES = ["All riGhtſ reserved", "ALL RIGHTS RESERVED.", "all right\u017f reserved", "rights",
                  f" berkontribusi{NOTE}.", f" ber\u212aontribusi{NOTE}", f" berkontr\u0130busi{NOTE}.",
                  f" BERKONTR\u0131BUSI{NOTE}", "Rina", "é", "-", " "]  # fmt: skip
guarded_lines = st.lists(st.sampled_from(GUARDED_PIECES), max_size=4).map("".join)

# Furniture and story lines, their ASCII letters in any case, for the rules' lower-case fast path.
ascii_lines = st.lists(
    st.tuples(
        st.sampled_from([line for line in BOILERPLATE + ARTICLE_TEXT if line.isascii()]),
        st.sampled_from([str.upper, str.lower, str.title, str.swapcase]),
    ),
    min_size=1,
    max_size=2,
).map(lambda pieces: " ".join(case(line) for line, case in pieces))


class TestIsFurniture:
    @given(st.text())
    def test_is_boilerplate_but_for_related_link_lines(self, paragraph: str) -> None:
        """On a normalised line that is no related-link line, furniture and boilerplate agree."""
        text = normalize_space(paragraph)
        if related_title(text) is None:
            assert is_furniture(text) == is_boilerplate(text)

    @pytest.mark.parametrize("line", ["Baca juga: Harga emas turun", "(Baca: Jokowi Resmikan Tol)"])
    def test_related_link_lines_are_left_to_related_title(self, line: str) -> None:
        """A "Baca juga" line is no furniture of its own: the reader takes it as a link first."""
        assert not is_furniture(line)

    @given(guarded_lines)
    def test_word_check_never_skips_a_line_the_pattern_would_match(self, line: str) -> None:
        """Wherever a case-blind notice pattern matches, the cheap word check before it lets it run."""
        text = normalize_space(line)
        notice = boilerplate._RIGHTS_RESERVED.search(text) or boilerplate._CONTRIBUTION_NOTE.match(text)
        if notice is not None:
            assert is_furniture(text)

    @given(ascii_lines)
    def test_rules_as_written_find_on_lower_case_text_what_case_blind_ones_find(self, line: str) -> None:
        """On ASCII text, the lower-case rules agree with the case-blind rules, whatever the case."""
        text = normalize_space(line)
        blind = boilerplate._breaks_rule(text, boilerplate._CASE_BLIND, lower_case=False)
        assert boilerplate._breaks_rule(text.lower(), boilerplate._LOWER_CASE, lower_case=True) == blind

    def test_a_case_blind_rule_written_with_a_capital_is_refused(self) -> None:
        """A capital in a case-blind rule would never match lower-cased text: it is refused outright."""
        with pytest.raises(ValueError, match="lower case"):
            boilerplate._as_written(re.compile(r"(?i)^Iklan$"))


class TestRelatedTitle:
    @pytest.mark.parametrize(("paragraph", "title"), RELATED)
    def test_related_lines_give_their_title(self, paragraph: str, title: str) -> None:
        """Each marker form gives the linked title, without surrounding quotes; a bare marker gives ''."""
        assert related_title(paragraph) == title

    @pytest.mark.parametrize("paragraph", NOT_RELATED)
    def test_sentences_starting_with_read_are_not_links(self, paragraph: str) -> None:
        """Sentences that begin with "Baca", "Lihat" or "Simak" are not related-link lines."""
        assert related_title(paragraph) is None

    @given(st.text())
    def test_title_is_printed_in_the_line(self, paragraph: str) -> None:
        """A title is always a piece of the normalised line: nothing is invented."""
        title = related_title(paragraph)
        assert title is None or title in normalize_space(paragraph)

    @given(st.text())
    def test_related_lines_are_boilerplate(self, paragraph: str) -> None:
        """Every related-link line is also furniture, so it never stays in the body."""
        if related_title(paragraph) is not None:
            assert is_boilerplate(paragraph)


class TestIsTrailerHeading:
    @pytest.mark.parametrize(
        "line", ["Sumber:", "Berita Terkait", "Editor:", "Tags", "BACA JUGA", "Penulis :"]
    )
    def test_empty_headings_are_trailers(self, line: str) -> None:
        """Closing headings with nothing after them are trailers."""
        assert is_trailer_heading(line)

    @pytest.mark.parametrize("line", ["Sumber: Antara", "Editor: Budi", "Berita terkini hari ini", ""])
    def test_labelled_lines_are_not_trailers(self, line: str) -> None:
        """A heading followed by its value, or any other line, is not an empty trailer."""
        assert not is_trailer_heading(line)


def test_docstring_examples_run() -> None:
    """The examples in the module's docstrings give what they print."""
    assert doctest.testmod(importlib.import_module("beritakit.parsing.boilerplate")).failed == 0
