"""Datelines are found in every shape Indonesian outlets print, and never in ordinary sentences."""

from __future__ import annotations

import doctest
import importlib
import json
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit.models import Dateline
from beritakit.parsing.datelines import find_dateline, looks_like_outlet

if TYPE_CHECKING:
    from pathlib import Path

POSITIVE = [
    # (paragraph, place, source, story start)
    ("JAKARTA, KOMPAS.com - Harga beras naik lagi.", "JAKARTA", "KOMPAS.com", "Harga"),
    ("SURABAYA, KOMPAS.com – Hujan deras mengguyur kota.", "SURABAYA", "KOMPAS.com", "Hujan"),
    ("KOMPAS.com - Harga emas turun tipis.", None, "KOMPAS.com", "Harga"),
    ("Jakarta, CNN Indonesia -- Rupiah menguat sore ini.", "Jakarta", "CNN Indonesia", "Rupiah"),
    ("Mataram, NTB (ANTARA News) - Bandara ditutup sementara.", "Mataram, NTB", "ANTARA News", "Bandara"),
    ("Jakarta (ANTARA) - Pemerintah menyiapkan stimulus.", "Jakarta", "ANTARA", "Pemerintah"),
    ("Padang (ANTARA News) - Gempa mengguncang pesisir.", "Padang", "ANTARA News", "Gempa"),
    ("Surabaya (Antara Jatim) - Banjir rob merendam pelabuhan.", "Surabaya", "Antara Jatim", "Banjir"),
    ("Liputan6.com, Jakarta - Operator seluler memperluas jaringan.", "Jakarta", "Liputan6.com", "Operator"),
    ("PALEMBANG, RADARPALEMBANG.ID - Pemkot meresmikan pasar.", "PALEMBANG", "RADARPALEMBANG.ID", "Pemkot"),
    ("TRIBUNNEWS.COM, MEDAN - Polisi menangkap dua pelaku.", "MEDAN", "TRIBUNNEWS.COM", "Polisi"),
    ("TRIBUNJAKARTA.COM, KOJA – Warga mengungsi.", "KOJA", "TRIBUNJAKARTA.COM", "Warga"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Menteri meninjau pasar.", "JAKARTA", "REPUBLIKA.CO.ID", "Menteri"),
    ("Jakarta - Galaxy terbaru resmi dirilis.", "Jakarta", None, "Galaxy"),
    ("JAKARTA—Harga cabai merah melonjak.", "JAKARTA", None, "Harga"),
    ("PALEMBANG,SUARAPUBLIK.ID–Jembatan baru dibuka.", "PALEMBANG", "SUARAPUBLIK.ID", "Jembatan"),
    ("SUARAPUBLIK.ID, PALEMBANG – Jembatan baru dibuka.", "PALEMBANG", "SUARAPUBLIK.ID", "Jembatan"),
    ("Palembang, IDN Times - Sungai Musi meluap.", "Palembang", "IDN Times", "Sungai"),
    ("JAKARTA - Dua kapal tenggelam.", "JAKARTA", None, "Dua"),
    ("LOS ANGELES, KOMPAS.com - Bintang film itu menikah.", "LOS ANGELES", "KOMPAS.com", "Bintang"),
    ("Jakarta, KompasOtomotif – Penjualan mobil naik.", "Jakarta", "KompasOtomotif", "Penjualan"),
    ("TEMPO.CO, Jakarta - Organisasi kesehatan merilis data.", "Jakarta", "TEMPO.CO", "Organisasi"),
    ("VIVA.co.id - Pianis muda memukau penonton.", None, "VIVA.co.id", "Pianis"),
    ("Bandar Lampung, Lampung (ANTARA) - Polisi berjaga.", "Bandar Lampung, Lampung", "ANTARA", "Polisi"),
    ("Mataram, NTB - Gunung meletus pagi ini.", "Mataram, NTB", None, "Gunung"),
    ("Kuala Lumpur (ANTARA) - Malaysia menggelar pemilu.", "Kuala Lumpur", "ANTARA", "Malaysia"),
    ("Rio de Janeiro (ANTARA) - Karnaval dibuka.", "Rio de Janeiro", "ANTARA", "Karnaval"),
    ("jpnn.com, JAKARTA - DPR menggelar rapat.", "JAKARTA", "jpnn.com", "DPR"),
    ("Jakarta, Beritasatu.com - Inflasi terkendali.", "Jakarta", "Beritasatu.com", "Inflasi"),
    ("YOGYAKARTA - “Kami siap,” kata Sultan.", "YOGYAKARTA", None, "“Kami"),
    ("BANDUNG — 2.000 warga mengungsi.", "BANDUNG", None, "2.000"),
    ("Liputan6.com, Jakarta Film itu meraih sejuta penonton.", "Jakarta", "Liputan6.com", "Film"),
    ("Makassar, Tribun-Timur.com - Pelabuhan ramai.", "Makassar", "Tribun-Timur.com", "Pelabuhan"),
    ("Jakarta, CNBC Indonesia - IHSG menguat.", "Jakarta", "CNBC Indonesia", "IHSG"),
    ("Jakarta, Kabar24 - Harga emas naik.", "Jakarta", "Kabar24", "Harga"),
    ("Jakarta, HanTer - Harga emas naik.", "Jakarta", "HanTer", "Harga"),
    ("Yogyakarta, (ANTARA) - Malioboro padat.", "Yogyakarta", "ANTARA", "Malioboro"),
    ("Samarinda, Kaltim - Sungai Mahakam surut.", "Samarinda, Kaltim", None, "Sungai"),
    ("Jakarta, 5/11 (ANTARA) - Rupiah melemah.", "Jakarta", "ANTARA", "Rupiah"),
]

NEGATIVE = [
    "Presiden - yang baru dilantik - berpidato di depan parlemen.",
    "Pemerintah menaikkan harga BBM mulai pekan depan.",
    "Harga cabai naik - bahkan dua kali lipat - di pasar tradisional.",
    "Jakarta-Bandung kini bisa ditempuh dalam 40 menit.",
    "Jakarta–Bandung kini bisa ditempuh dalam 40 menit.",
    "COVID-19 kembali merebak di Jakarta.",
    "Namun - seperti biasa - rapat ditunda.",
    "Menteri Keuangan - menurut sumber - akan mundur.",
    "Tekanan Sektor Bahan Baku",
    "Sentimen Pasar: Euforia Sesaat?",
    "Dia mengatakan bahwa kebijakan itu - jika diterapkan - akan merugikan petani kecil di desa-desa.",
    "",
    "   ",
    "-",
    "Baca juga - Harga emas naik",
    "Warga - khususnya anak-anak - diminta tetap di rumah.",
    "Jakarta - yang dulu disebut Batavia - terus berkembang.",
    "SAIC-GM-Wuling membangun pabrik di Cikarang.",
    "Ketua RT 05 (Budi) - mengaku tidak tahu.",
    "1 - 0 untuk tuan rumah.",
    "Jakarta (2024) - Harga naik.",
]


class TestFindDateline:
    @pytest.mark.parametrize(("paragraph", "place", "source", "story"), POSITIVE)
    def test_dateline_shapes_give_place_and_source(
        self, paragraph: str, place: str | None, source: str | None, story: str
    ) -> None:
        """Every dateline shape gives its place and outlet, and the offset points at the story."""
        found = find_dateline(paragraph)
        assert found is not None
        dateline, offset = found
        assert (dateline.place, dateline.source) == (place, source)
        assert paragraph[offset:].startswith(story)

    @pytest.mark.parametrize("paragraph", NEGATIVE)
    def test_ordinary_sentences_have_no_dateline(self, paragraph: str) -> None:
        """Sentences with dashes, headings and empty text are not datelines."""
        assert find_dateline(paragraph) is None

    def test_dateline_alone_ends_at_the_paragraph_end(self) -> None:
        """A dateline printed as its own paragraph, with a date, ends where the paragraph ends."""
        paragraph = "ISTANBUL, 3 Maret 2016 (Antara/PRNewswire) --"
        assert find_dateline(paragraph) == (
            Dateline(place="ISTANBUL", source="Antara/PRNewswire"),
            len(paragraph),
        )

    def test_place_without_story_is_not_a_dateline(self) -> None:
        """A bare place and dash with nothing after it is a fragment, not a dateline."""
        assert find_dateline("Jakarta -") is None

    @given(st.text())
    def test_total_with_offset_within_bounds(self, paragraph: str) -> None:
        """Any text gives None or a dateline whose offset lies inside the paragraph."""
        found = find_dateline(paragraph)
        if found is not None:
            assert 0 < found[1] <= len(paragraph)

    @given(
        place=st.sampled_from(["JAKARTA", "Medan", "Tanjung Pinang", "BANDA ACEH", "Makassar"]),
        outlet=st.sampled_from(["KOMPAS.com", "detikcom", "IDN Times", "Suara.com", "REPUBLIKA.CO.ID"]),
        dash=st.sampled_from([" - ", " -- ", " – ", " — ", "—", "–"]),
        outlet_first=st.booleans(),
        story=st.sampled_from(["Harga naik.", "Warga antre BBM.", "“Kami siap,” katanya."]),
    )
    def test_composed_datelines_are_read_back(
        self, place: str, outlet: str, dash: str, outlet_first: bool, story: str
    ) -> None:
        """Any place and outlet joined in either order by any dash reads back as that dateline."""
        head = f"{outlet}, {place}" if outlet_first else f"{place}, {outlet}"
        found = find_dateline(f"{head}{dash}{story}")
        assert found is not None
        assert found[0] == Dateline(place=place, source=outlet)
        assert f"{head}{dash}{story}"[found[1] :] == story

    def test_gold_datelines_of_the_corpus(self, corpus: Path) -> None:
        """The place of every labelled lead paragraph in the corpus matches its gold dateline."""
        for gold_file in sorted(corpus.glob("*/*.gold.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            if gold["body"]:
                found = find_dateline(gold["body"][0])
                assert (found[0].place if found else None) == gold["dateline"], gold_file.name


class TestLooksLikeOutlet:
    @pytest.mark.parametrize(
        "name",
        [
            "KOMPAS.com",
            "detikNews",
            "CNN Indonesia",
            "IDN Times",
            "Jakarta Post",
            "jpnn.com",
            "ANTARA",
            "Kabar24",
        ],
    )
    def test_outlets(self, name: str) -> None:
        """Domains, news brands and "<X> Times"-like names are outlets."""
        assert looks_like_outlet(name)

    @pytest.mark.parametrize(
        "name",
        [
            "NTB",
            "Jakarta",
            "Jawa Timur",
            "Presiden",
            "",
            "Satu Dua Tiga Empat Lima",
            "Ronald McDonald",
            "2024",
        ],
    )
    def test_places_and_words_are_not_outlets(self, name: str) -> None:
        """Provinces, cities, common words and long phrases are not outlets."""
        assert not looks_like_outlet(name)


def test_docstring_examples_run() -> None:
    """The examples in the module's docstrings give what they print."""
    assert doctest.testmod(importlib.import_module("beritakit.parsing.datelines")).failed == 0
