"""Direct quotations are found with their speaker, resolved to the name the story introduced."""

from __future__ import annotations

import doctest
import importlib
import json
import re
from collections import Counter
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit._text import normalize_space
from beritakit.models import Quote
from beritakit.parsing.quotes import extract_quotes

if TYPE_CHECKING:
    from pathlib import Path

INTRO = "Kepala Dinas Pertanian Kota Medan, Rahmat Hidayat, meninjau sawah warga, Senin."

VERBS = ["kata", "ujar", "ucap", "tutur", "jelas", "tegas", "ungkap", "imbuh", "tambah", "terang", "pungkas",
         "papar", "sebut", "lanjut"]  # fmt: skip
NYA_VERBS = ["katanya", "ujarnya", "jelasnya", "tegasnya", "ungkapnya", "tuturnya", "imbuhnya", "tambahnya",
             "pungkasnya", "lanjutnya", "ucapnya", "paparnya", "terangnya", "sambungnya", "tandasnya",
             "Imbuhnya", "Lanjutnya", "kelakarnya"]  # fmt: skip


def speakers(body: list[str]) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(body)]


QUOTE_LIKE_WORDS = ['"', "“", "”", "kata", "ujarnya", "Budi", "Santoso", ",", ".", "dia", "itu", "Menurut",
                    "mengatakan", "Ketua", "PT", "H", "dr", "Ia", "akrab disapa", "Dani", "\n"]  # fmt: skip


class TestQuoteText:
    def test_straight_and_curly_marks(self) -> None:
        """Straight and curly quotation marks both delimit quotes; the text keeps inner punctuation."""
        body = ['"Panen tahun ini bagus sekali," kata Rahmat.', "“Harga gabah stabil, bukan?” ujar Rahmat."]
        assert [quote.text for quote in extract_quotes(body)] == [
            "Panen tahun ini bagus sekali,",
            "Harga gabah stabil, bukan?",
        ]

    def test_mixed_marks_pair_in_order(self) -> None:
        """Sites that mix ” and " still pair their marks in order."""
        body = ['”Kami menolak rencana itu,” kata Siti. "Itu merugikan petani kecil," tambahnya.']
        assert [quote.text for quote in extract_quotes(body)] == [
            "Kami menolak rencana itu,",
            "Itu merugikan petani kecil,",
        ]

    def test_paragraph_index_and_verb(self) -> None:
        """Each quote records its paragraph index and the attribution verb as printed."""
        quotes = extract_quotes([INTRO, "Ia menyapa petani.", '"Musim ini panen raya," ujarnya.'])
        assert quotes == (
            Quote(text="Musim ini panen raya,", speaker="Rahmat Hidayat", verb="ujarnya", paragraph=2),
        )

    def test_two_quotes_in_one_paragraph(self) -> None:
        """A second quote after the attribution of the first is its own quote, same speaker."""
        body = [INTRO, '"Sawah ini subur," kata Rahmat. "Kami akan menambah irigasi tahun depan."']
        quotes = extract_quotes(body)
        assert [quote.text for quote in quotes] == [
            "Sawah ini subur,",
            "Kami akan menambah irigasi tahun depan.",
        ]
        assert [quote.speaker for quote in quotes] == ["Rahmat Hidayat", "Rahmat Hidayat"]

    @pytest.mark.parametrize(
        "paragraph",
        [
            'Film "Laskar Pelangi" kembali diputar di bioskop.',
            'Ia mengenakan kerudung warna "peach" hari itu.',
            'Warga menyebutnya "kampung nelayan lama yang terlupakan" sejak dulu.',
            'Program "Makan Bergizi Gratis Untuk Semua Anak Sekolah" dimulai Senin.',
            'Lagu "Bengawan Solo" dinyanyikan bersama.',
            'Ia menyebut proyek itu "kota pahlawan", kata dia.',
        ],
    )
    def test_titles_and_terms_are_not_quotes(self, paragraph: str) -> None:
        """Quoted titles, terms and phrases that do not stand as speech are not quotes."""
        assert extract_quotes([paragraph]) == ()

    def test_short_attributed_quote_closed_by_comma(self) -> None:
        """Even a three-word quote is speech when its own comma leads to an attribution verb."""
        body = ["Menteri Keuangan Sri Wahyuni menanggapi kenaikan indeks.", '"To the moon," ujarnya.']
        assert extract_quotes(body)[0].text == "To the moon,"

    def test_unattributed_sentence_after_a_colon(self) -> None:
        """A full sentence introduced by a colon is a quote even without an attribution verb."""
        body = ['Tetangga lain, Dewi Anggraini, bercerita: "Suara musiknya terdengar sampai subuh."']
        assert [(quote.text, quote.speaker) for quote in extract_quotes(body)] == [
            ("Suara musiknya terdengar sampai subuh.", "Dewi Anggraini")
        ]

    def test_names_inside_quotes_are_not_speakers(self) -> None:
        """People named inside a quotation are never taken as the speaker of the next quote."""
        body = [
            INTRO,
            '"Pak Gubernur Budi Santoso sudah menyetujui anggaran," kata Rahmat.',
            '"Kami tinggal menunggu pencairan dana," katanya.',
        ]
        assert speakers(body) == ["Rahmat Hidayat", "Rahmat Hidayat"]

    def test_empty_body(self) -> None:
        """An empty body has no quotes."""
        assert extract_quotes([]) == ()


class TestSpeakerAfterQuote:
    @pytest.mark.parametrize("verb", VERBS)
    def test_verb_then_name(self, verb: str) -> None:
        """Every attribution verb followed by a name gives that name."""
        quote = extract_quotes([f'"Irigasi di sini harus diperbaiki," {verb} Rahmat Hidayat.'])[0]
        assert (quote.speaker, quote.verb) == ("Rahmat Hidayat", verb)

    @pytest.mark.parametrize("verb", NYA_VERBS)
    def test_nya_forms_give_the_person_in_focus(self, verb: str) -> None:
        """Every "-nya" form gives the person the story is about, by full name."""
        quote = extract_quotes([INTRO, f'"Irigasi di sini harus diperbaiki," {verb}.'])[0]
        assert (quote.speaker, quote.verb) == ("Rahmat Hidayat", verb)

    @pytest.mark.parametrize(
        "pronoun", ["kata dia", "ujar dia", "ujar beliau", "katanya lagi", "kata dia lagi"]
    )
    def test_pronouns_give_the_person_in_focus(self, pronoun: str) -> None:
        """ "kata dia", "ujar beliau" and their variants give the person in focus."""
        assert speakers([INTRO, f'"Kami butuh pupuk bersubsidi," {pronoun}.']) == ["Rahmat Hidayat"]

    @pytest.mark.parametrize(
        ("attribution", "speaker"),
        [
            ("kata Rahmat, kepada wartawan, Selasa (6/1/2026)", "Rahmat Hidayat"),
            ("kata Rahmat di Medan, Selasa", "Rahmat Hidayat"),
            ("ujar Rahmat saat ditemui di kantornya", "Rahmat Hidayat"),
            ("kata Rahmat seperti dikutip dari laman resmi", "Rahmat Hidayat"),
            ("ujar Rahmat bergurau", "Rahmat Hidayat"),
            ("kata Rahmat yang juga mantan camat", "Rahmat Hidayat"),
        ],
    )
    def test_name_stops_before_context(self, attribution: str, speaker: str) -> None:
        """The speaker's name ends at the context that follows it (kepada, di, saat, a date)."""
        assert speakers([INTRO, f'"Kami butuh pupuk bersubsidi," {attribution}.']) == [speaker]

    @pytest.mark.parametrize(
        ("attribution", "speaker"),
        [
            ("kata Direktur PT Sinar Tani Tbk Yohanes Lim", "Yohanes Lim"),
            ("kata Kapolres Deli Serdang AKBP Rudi Hartono", "Rudi Hartono"),
            ("ujar Bupati Bogor Ade Yulianti", "Ade Yulianti"),
            ("kata Wali Kota Palembang Ratu Dewa", "Ratu Dewa"),
            ("kata Gubernur Jawa Barat Dedi Mulyana", "Dedi Mulyana"),
            ("ujar ketua majelis hakim Benny Sitorus", "Benny Sitorus"),
            ("kata H Sofyan Hadi saat meninjau lokasi", "Sofyan Hadi"),
            ("ujar dr Wulan Sari SpPD", "Wulan Sari"),
            ("kata Kasat Reskrim Polres Bireuen, AKP Yusuf Hamdani, di Bireuen", "Yusuf Hamdani"),
            ("kata Direktur Utama PLN Darmawan Prasetyo", "Darmawan Prasetyo"),
            ("ujar Juru Bicara KPK Ali Fikri", "Ali Fikri"),
            ("kata Ketua DPRD Kota Palembang Zainal Arifin", "Zainal Arifin"),
            ("kata Gubernur DKI Jakarta Pramono Anung", "Pramono Anung"),
            ("kata Kepala Badan Pusat Statistik (BPS) Amalia Widyasari", "Amalia Widyasari"),
            ("ujar Kapolsek Medan Baru, Kompol Budi Santoso, Senin (17/8/2025)", "Budi Santoso"),
            ("kata Lurah Sukamaju, Hj Siti Aminah SE", "Siti Aminah"),
            ("kata Menteri Keuangan Sri Wahyuni", "Sri Wahyuni"),
        ],
    )
    def test_titles_ranks_and_offices_are_trimmed(self, attribution: str, speaker: str) -> None:
        """Roles, offices with their place, ranks, honorifics and degrees are not part of the name."""
        assert speakers([f'"Kami akan menindaklanjuti laporan warga," {attribution}.']) == [speaker]

    def test_name_after_an_unnamed_description(self) -> None:
        """ "kata warga setempat, Yanti (45)," gives the name, not the description."""
        assert speakers(['"Airnya naik cepat," kata warga setempat, Yanti (45), kepada wartawan.']) == [
            "Yanti"
        ]

    def test_unnamed_source_is_the_noun_phrase(self) -> None:
        """An unnamed speaker is given as the noun phrase the story uses."""
        assert speakers(['"Pelaku sudah kabur ke luar kota," ujar seorang saksi kepada wartawan.']) == [
            "seorang saksi"
        ]

    def test_demonstrative_refers_back_to_the_same_noun(self) -> None:
        """ "saksi itu" is the "seorang saksi" quoted before."""
        body = [
            '"Pelaku sudah kabur ke luar kota," ujar seorang saksi kepada wartawan.',
            '"Mobilnya berwarna hitam dan melaju kencang," tambah saksi itu.',
        ]
        assert speakers(body) == ["seorang saksi", "seorang saksi"]

    @pytest.mark.parametrize(
        "description", ["politisi Partai Golkar itu", "pria kelahiran Medan ini", "pejabat tersebut"]
    )
    def test_description_with_demonstrative_is_the_person_in_focus(self, description: str) -> None:
        """ "kata politisi Partai Golkar itu" describes the person already in focus."""
        assert speakers([INTRO, f'"Anggaran irigasi akan kami tambah," kata {description}.']) == [
            "Rahmat Hidayat"
        ]

    def test_name_after_a_described_role(self) -> None:
        """ "ujar pengamat pertanian, Bayu Krisna" gives the name after the role."""
        assert speakers(['"Harga gabah akan turun," ujar pengamat pertanian, Bayu Krisna.']) == [
            "Bayu Krisna"
        ]

    def test_group_noun_is_kept(self) -> None:
        """ "tim X" and "pihak X" keep their group noun."""
        assert speakers(['"Celah keamanan sudah ditambal," demikian pernyataan tim Garuda Siber.']) == [
            "tim Garuda Siber"
        ]

    def test_name_then_reporting_verb_after_quote(self) -> None:
        """'"...," Rahmat menambahkan.' attributes the quote to Rahmat."""
        body = [INTRO, '"Pupuk organik lebih murah," Rahmat menambahkan.']
        assert speakers(body) == ["Rahmat Hidayat"]

    def test_full_stop_ends_the_attribution(self) -> None:
        """After a full stop inside the marks, the next sentence is not an attribution."""
        body = [
            INTRO,
            '"Pupuk organik lebih murah," ujar Rahmat. "Petani di sini senang sekali." Ia lalu menjelaskan.',
        ]
        assert speakers(body) == ["Rahmat Hidayat", "Rahmat Hidayat"]


class TestSpeakerBeforeQuote:
    @pytest.mark.parametrize(
        "paragraph",
        [
            'Menurut Rahmat, "Musim tanam kedua dimajukan."',
            'Rahmat mengatakan, "Musim tanam kedua dimajukan."',
            'Rahmat menjelaskan: "Musim tanam kedua dimajukan."',
            'Kepada wartawan Rahmat berkata, "Musim tanam kedua dimajukan."',
            'Ia lalu menegaskan, kata Rahmat: "Musim tanam kedua dimajukan."',
        ],
    )
    def test_speaker_before_the_quote(self, paragraph: str) -> None:
        """ "Menurut X," / "X mengatakan," / "kata X:" before the quote give X."""
        assert speakers([INTRO, paragraph]) == ["Rahmat Hidayat"]

    def test_nya_verb_before_the_quote(self) -> None:
        """ "ujarnya:" before the quote gives the person in focus."""
        assert speakers(
            [INTRO, 'Ia lalu menunjuk saluran air, ujarnya: "Ini harus dikeruk bulan depan."']
        ) == ["Rahmat Hidayat"]

    def test_interview_label_before_the_quote(self) -> None:
        """A name and a colon before the quote, as in interviews, give that name."""
        assert speakers([INTRO, 'Rahmat: "Kami siap menanam lagi bulan depan."']) == ["Rahmat Hidayat"]

    def test_noun_phrase_subject(self) -> None:
        """An unnamed subject before the quote is given as its noun phrase."""
        assert speakers(
            ['Salah satu petani mengatakan, "Air irigasi tidak pernah sampai ke sawah kami."']
        ) == ["Salah satu petani"]

    def test_named_in_the_sentence_before(self) -> None:
        """An unattributed quote belongs to the person named in the sentence before it."""
        body = [
            INTRO,
            'Keluhan datang dari Lestari Wahyuni, petani di Sei Rotan. "Air tidak sampai ke sawah kami."',
        ]
        assert speakers(body) == ["Lestari Wahyuni"]


class TestNameResolution:
    def test_short_name_gives_the_introduced_full_name(self) -> None:
        """ "ujar Aprilia" after "Sekretaris Daerah ..., Aprilia Hasanah," gives the full name."""
        body = [
            "Hal itu disampaikan Sekretaris Daerah Kota Jambi, Aprilia Hasanah, saat rapat.",
            '"Semua camat wajib hadir," ujar Aprilia.',
        ]
        assert speakers(body) == ["Aprilia Hasanah"]

    def test_family_name_gives_the_full_name(self) -> None:
        """A family name reads back to its given names, without the title before them."""
        body = [
            "Presiden Asosiasi Musik Nasional Anton Wirawan memuji penampilan itu.",
            '"Penampilan yang luar biasa," kata Wirawan.',
        ]
        assert speakers(body) == ["Anton Wirawan"]

    def test_first_introduction_wins_among_equal_names(self) -> None:
        """A later shorter form ("Dian Sastro") does not replace the introduced "Dian Sastrowardoyo"."""
        body = [
            "Aktris Dian Sastrowardoyo mengunggah foto lama.",
            "Banyak yang pangling melihat Dian Sastro kecil.",
            'Dian menulis keterangan, "Inilah aku saat masih berusia tiga belas tahun."',
        ]
        assert speakers(body) == ["Dian Sastrowardoyo"]

    def test_nickname_resolves_through_akrab_disapa(self) -> None:
        """ "yang akrab disapa Dani" makes "Dani" the person just named."""
        body = [
            "Hal ini diungkapkan oleh Muhammad Ramdani, Wakil Direktur PT Telko Nusantara.",
            "Pria yang akrab disapa Dani ini optimistis pasar data tumbuh.",
            '"Kami akan membangun menara baru," ucap Dani.',
        ]
        assert speakers(body) == ["Muhammad Ramdani"]

    def test_nickname_in_the_introducing_sentence(self) -> None:
        """ "Name, yang akrab disapa X," makes X that name even before anyone is in focus."""
        body = [
            "Wakil Ketua Komisi Bambang Santoso, yang akrab disapa Bambang Pacul, memimpin rapat.",
            "Sekretaris Komisi Joko Purnomo membacakan agenda.",
            '"Rapat kita tunda," ujar Pacul.',
        ]
        assert speakers(body) == ["Bambang Santoso"]

    def test_prefix_of_a_name(self) -> None:
        """A clipped name ("dr Wulan") reads back to the introduced "Wulandari Putri"."""
        body = [
            "Dokter spesialis dalam dr Wulandari Putri SpPD mengingatkan bahaya gula.",
            '"Kurangi minuman manis," ujar dr Wulan.',
        ]
        assert speakers(body) == ["Wulandari Putri"]

    def test_appositive_subject_takes_focus(self) -> None:
        """ "Sementara itu, Ketua Koperasi, Kurnia, mengatakan ..." moves the focus to Kurnia."""
        body = [
            INTRO,
            '"Sawah ini subur," kata Rahmat.',
            "Sementara itu, Ketua Koperasi Tani, Kurnia, mengatakan panen akan dibeli koperasi.",
            '"Kami siap menampung gabah," ujarnya.',
        ]
        assert speakers(body) == ["Rahmat Hidayat", "Kurnia"]

    def test_people_named_in_passing_do_not_take_focus(self) -> None:
        """Names of people merely mentioned (objects, relatives) do not become "-nya"."""
        body = [
            "Bintang muda Raka Pratama, putra aktor Doni Pratama, membintangi film baru bersama Laras Ayu.",
            '"Saya belajar banyak dari lawan main," jelasnya.',
            "Film itu disutradarai Hanung Wibowo dan diproduseri Gina Sari.",
            '"Syutingnya hanya dua minggu," tuturnya.',
        ]
        assert speakers(body) == ["Raka Pratama", "Raka Pratama"]

    def test_dateline_outlet_is_nobody(self) -> None:
        """The outlet in the dateline is not a person in focus."""
        body = ["JAKARTA, KOMPAS.com - Harga beras naik.", '"Stok kami cukup," katanya.']
        assert speakers(body) == [None]

    def test_nickname_learnt_later_leaves_the_person_already_in_focus(self) -> None:
        """A name put in focus is read as the story stood then, not through a nickname given after."""
        body = [
            "Warga mengeluh soal harga. Dani mengatakan harga naik.",
            "Budi Santoso, pria yang akrab disapa Dani itu, tinggal di Bogor.",
            '"Harga naik terus," ujarnya.',
        ]
        assert speakers(body) == ["Dani"]

    def test_name_before_a_verb_ending_a_paragraph_is_named(self) -> None:
        """ "Sugeng menjelaskan" closing a paragraph names Sugeng, though the next paragraph follows."""
        body = ["Petani mengeluh. Sugeng menjelaskan", "Panen raya tiba.", '"Kami siap menanam," ujarnya.']
        assert speakers(body) == ["Sugeng"]

    def test_speaker_of_a_quote_takes_the_focus_from_people_named_before(self) -> None:
        """After '"...," jelas Siti Aminah', "-nya" is Siti, not the person the paragraph before named."""
        body = [
            "Ketua Koperasi Tani, Rahmat Hidayat, mengatakan panen gagal.",
            '"Harga gabah turun," jelas Siti Aminah.',
            '"Kami merugi," ujarnya.',
        ]
        assert speakers(body) == ["Siti Aminah", "Siti Aminah"]

    def test_unattributed_quote_falls_back_on_the_person_in_focus(self) -> None:
        """A quote without attribution or name before it is given to the last person named."""
        body = [
            "Harga cabai naik di pasar.",
            "Ketua Koperasi Tani, Rahmat Hidayat, mengatakan panen gagal.",
            "Hujan turun setiap hari.",
            "“Kami merugi karena hujan terus turun sejak Januari.”",
        ]
        assert speakers(body) == ["Rahmat Hidayat"]

    def test_nya_form_with_nobody_in_focus_gives_the_first_full_name(self) -> None:
        """With nobody in focus, "katanya" is the first person the story names in full."""
        body = ["Kemarin warga bersama Budi dan Siti Aminah menonton laga itu.", '"Seru sekali," katanya.']
        assert speakers(body) == ["Siti Aminah"]

    def test_first_full_name_may_come_after_the_quote(self) -> None:
        """The story names its people as a whole: a full name printed after the quote counts."""
        body = ['"Seru sekali," katanya.', "Kemarin warga bersama Budi dan Siti Aminah menonton laga itu."]
        assert speakers(body) == ["Siti Aminah"]

    def test_nya_form_without_a_full_name_gives_the_first_name(self) -> None:
        """A story naming nobody in full gives "katanya" the first name it prints."""
        body = ["Kemarin warga bersama Budi dan Siti menonton laga itu.", '"Seru sekali," katanya.']
        assert speakers(body) == ["Budi"]


class TestMultiParagraphQuotes:
    def test_passage_keeps_the_speaker_named_at_its_end(self) -> None:
        """A quote left open over paragraphs takes the speaker named in its last paragraph."""
        body = [
            INTRO,
            '"Tahun ini kami menanam dua kali.',
            '"Tahun depan kami coba tiga kali," kata Sugeng Riyadi, ketua kelompok tani.',
        ]
        quotes = extract_quotes(body)
        assert [(quote.paragraph, quote.speaker) for quote in quotes] == [
            (1, "Sugeng Riyadi"),
            (2, "Sugeng Riyadi"),
        ]

    def test_passage_keeps_the_speaker_named_at_its_start(self) -> None:
        """A quote whose first paragraph names the speaker keeps him in the following paragraphs."""
        body = [
            INTRO,
            '"Tahun ini kami menanam dua kali," kata Sugeng Riyadi. "Hasilnya lumayan.',
            '"Tahun depan kami coba tiga kali dengan benih unggul.',
            '"Semoga cuaca mendukung."',
        ]
        quotes = extract_quotes(body)
        assert [quote.speaker for quote in quotes] == ["Sugeng Riyadi"] * 4
        assert [quote.paragraph for quote in quotes] == [1, 1, 2, 3]

    def test_continuation_without_reopening_mark(self) -> None:
        """A paragraph that goes on with a quote without reopening it ends at its closing mark."""
        body = [INTRO, '"Tahun ini kami menanam dua kali.', 'Tahun depan tiga kali," kata Sugeng.']
        quotes = extract_quotes(body)
        assert [quote.text for quote in quotes] == [
            "Tahun ini kami menanam dua kali.",
            "Tahun depan tiga kali,",
        ]
        assert [quote.speaker for quote in quotes] == ["Sugeng", "Sugeng"]


class TestTotality:
    @given(st.lists(st.text(), max_size=6))
    def test_total_with_valid_paragraph_indices(self, body: list[str]) -> None:
        """Any body gives quotes whose paragraph index is valid and whose text is in that paragraph."""
        for quote in extract_quotes(body):
            assert quote.paragraph is not None
            assert 0 <= quote.paragraph < len(body)
            assert quote.text in normalize_space(body[quote.paragraph])

    @given(st.lists(st.lists(st.sampled_from(QUOTE_LIKE_WORDS), max_size=25).map(" ".join), max_size=6))
    def test_total_on_quote_like_text(self, body: list[str]) -> None:
        """Bodies dense with marks, verbs and names never raise, and indices stay valid."""
        for quote in extract_quotes(body):
            assert quote.paragraph is not None
            assert 0 <= quote.paragraph < len(body)


def _tokens(text: str | None) -> Counter[str]:
    return Counter(re.findall(r"\w+", (text or "").casefold()))


def _similar(a: str, b: str) -> bool:
    common = sum((_tokens(a) & _tokens(b)).values())
    return common > 0 and 2 * common / (sum(_tokens(a).values()) + sum(_tokens(b).values())) >= 0.9


class TestCorpus:
    def test_gold_quotes_and_speakers(self, corpus: Path) -> None:
        """On the labelled bodies of the corpus, quotes and speakers agree with the gold labels."""
        matched = predicted = gold_count = right_speaker = 0
        for gold_file in sorted(corpus.glob("*/*.gold.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            quotes = list(extract_quotes(gold["body"]))
            predicted += len(quotes)
            gold_count += len(gold["quotes"])
            for expected in gold["quotes"]:
                found = next((quote for quote in quotes if _similar(quote.text, expected["text"])), None)
                if found is not None:
                    quotes.remove(found)
                    matched += 1
                    speaker, wanted = set(_tokens(found.speaker)), set(_tokens(expected["speaker"]))
                    right_speaker += bool(speaker) and (speaker <= wanted or wanted <= speaker)
        assert matched / max(predicted, 1) >= 0.95
        assert matched / max(gold_count, 1) >= 0.95
        assert right_speaker / max(matched, 1) >= 0.9


def test_docstring_examples_run() -> None:
    """The examples in the module's docstrings give what they print."""
    assert doctest.testmod(importlib.import_module("beritakit.parsing.quotes")).failed == 0
