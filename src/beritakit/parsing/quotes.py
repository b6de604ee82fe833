"""Direct quotations in a story body, with the person who said them.

Indonesian news attributes quotes in a few fixed ways (field guide §4.2)::

    "…," kata Budi Santoso, Selasa (6/1/2026).      verb + name after the quote
    "…," ujarnya.  /  "…," kata dia.                 -nya form or pronoun: the person in focus
    "…," kata politisi Partai Hanura itu.             a description ending in itu/ini: the same
    Menurut Budi, "…"  /  Budi mengatakan, "…"        speaker before the quote

Short names are resolved to the full name the article introduced (``ujar Aprizal`` after
``Sekretaris Daerah ..., Aprizal Hasyim,`` gives ``Aprizal Hasyim``), nicknames through
``akrab disapa Dani``. The people of the story are tracked in reading order: appositives
(``Ketua PPKKP, Kurniawan, mengatakan``), names before a reporting verb, and the speakers
themselves. Names are read from the text outside the quotation marks only.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from beritakit._text import normalize_space
from beritakit.models import Quote
from beritakit.parsing.datelines import find_dateline

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    _NameAt = Callable[[str, int], str | None]  # reads the person named at a position of a paragraph

__all__ = ["extract_quotes"]

# --------------------------------------------------------------------------- vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _prefix_tree(words: Sequence[str]) -> str:
    """``words`` as one alternation shaped as a prefix tree (``me(?:nj(?:elaskan|awab)|…)``).

    The regex engine tries the branches of an alternation one by one at every candidate
    position; shared prefixes are then tested once instead of once per word. It matches the
    same words as ``"|".join(words)``, and the same text wherever no word's match can stand
    where a longer word's could (each use here ends a word with ``\\b`` or ``\\s``).
    """
    heads: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
        else:
            ends = True  # a word ends here; longer ones go on
    if not heads:
        return ""
    branches = [re.escape(head) + _prefix_tree(rests) for head, rests in heads.items()]
    group = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
    return f"{group}?" if ends else group


class _WordStart:
    r"""A pattern matched only where a word starts, as ``\b`` before it would, but found faster.

    Every match of ``pattern`` must open with a word character. The regex engine skips quickly
    to the possible first letters of a pattern, but not past a leading ``\b``; so the pattern
    is searched bare and a match in the middle of a word is passed over (the search then goes on
    from the next character, exactly as ``re.compile(r"\b" + pattern).finditer`` would).
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        position = 0
        while (match := self.pattern.search(text, position)) is not None:
            start = match.start()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                position = start + 1  # inside a word: no \b here
            else:
                yield match
                position = match.end()


_MARKS: Final = '"“”„‟'
_MARK: Final = re.compile(f"[{_MARKS}]")  # as tested by _has_mark and found by _marks
_MASK: Final = "~"  # stands in for quoted text, so that names inside quotes are never people

_QUOTE_VERBS: Final = (
    "kata|ujar|ucap|tutur|jelas|tegas|ungkap|imbuh|tambah|terang|pungkas|papar|sebut|lanjut|sambung|tukas|"
    "tandas|bongkar|timpal|kilah|seru|jawab|tanya|aku|cerita|kisah|urai|beber|tulis|sahut|canda|kelakar|"
    "keluh|harap|pinta|ajak|klaim|bilang|tutup|simpul|ulas|pesan|imbau|seloroh|celetuk|sergah|bantah|tegur|"
    "ingat|nilai|akui|katakan|demikian"
)
_REPORTING: Final = (
    "mengatakan|menjelaskan|menegaskan|menyatakan|menyebutkan|menyebut|mengungkapkan|mengungkap|menuturkan|"
    "menambahkan|melanjutkan|menerangkan|menyampaikan|memaparkan|mengaku|mengakui|menilai|menekankan|"
    "mengingatkan|mengimbau|meminta|berkata|bercerita|berujar|bertutur|berharap|berpendapat|mencontohkan|"
    "menyarankan|mengklaim|membantah|menanggapi|merespons|merespon|mengutarakan|menguraikan|membeberkan|"
    "menceritakan|mengisahkan|menulis|menuliskan|menjawab|bertanya|menanyakan|memastikan|mengeluhkan|"
    "mengharapkan|mengajak|berpesan|berkomentar|menandaskan|menimpali|menyimpulkan|memprediksi|"
    "mengemukakan|mengumumkan|melaporkan|mengungkap|mengimbuhkan|mengutip|mengucapkan|menduga"
)
_PASSIVE: Final = "disampaikan|diungkapkan|dikatakan|dijelaskan|ditegaskan|dinyatakan|disebutkan|dituturkan"
# Words that may stand between a subject and its reporting verb ("Samsul pun mengaku").
_ADVERB_WORDS: Final = _words(
    "juga pun pula sempat sebelumnya kemudian lalu lantas telah sudah akan tidak tak belum masih kembali "
    "bahkan sendiri secara langsung"
)
_ADVERBS: Final = "(?:" + "|".join(sorted(_ADVERB_WORDS)) + ")"
# Words after which an attribution's speaker phrase ends ("ujar Budi kepada wartawan").
_PHRASE_STOPS: Final = _words(
    "kepada di ke saat ketika dalam pada seperti usai seusai setelah sebelum sambil sembari seraya dikutip "
    "melalui lewat dengan sebagaimana soal terkait tentang mengenai kemarin yang lagi menambahkan "
    "melanjutkan bergurau berseloroh tersenyum menutup mengakhiri menjawab sebelumnya belum pula juga "
    "dan usai selaku sebagai"
)
_PRONOUNS: Final = frozenset({"dia", "ia", "beliau", "dirinya", "pihaknya"})
_GROUP_NOUNS: Final = frozenset({"tim", "pihak", "kubu", "keluarga", "kuasa"})
_ANAPHORS: Final = frozenset({"itu", "ini", "tersebut"})
# -nya words that are adverbs, not "said he" ("sebelumnya", "misalnya").
_NOT_NYA_VERBS: Final = _words(
    "sebelumnya selanjutnya akhirnya biasanya misalnya tentunya sayangnya lainnya dirinya setelahnya "
    "sesudahnya karenanya padahalnya nya untuknya padanya kepadanya baginya bahkannya semuanya "
    "seharusnya sebenarnya sesungguhnya umumnya khususnya terutamanya rupanya agaknya"
)

_HONORIFICS: Final = _words(
    "h hj haji hajjah dr drg prof ir drs dra kh kiai kyai habib ustaz ustadz ustadzah pak bu bapak ibu mr "
    "mrs ms mas mbak kak bang bung raden r tuan nyonya sdr sdri"
)
_RANKS: Final = _words(
    "akbp akp kombes kompol iptu ipda aiptu aipda bripka brigpol briptu bripda brigjen irjen komjen jenderal "
    "letkol kolonel mayor kapten lettu letda serka sertu pelda mayjen letjen laksma marsma laksda marsda "
    "kopral prada praka pratu ajun komisaris besar polisi"
)
# Titles and roles: never part of a person's name ("Presiden Joko Widodo").
_ROLES: Final = _words(
    "presiden wakil menteri menko ketua kepala sekretaris sekjen sekda direktur dirut gubernur wagub bupati "
    "wabup walikota wali camat lurah kades komandan dandim danrem pangdam panglima anggota staf juru jubir "
    "pengamat analis ekonom peneliti dosen guru rektor dekan profesor dokter hakim jaksa pengacara pelatih "
    "penyerang pemain manajer pendiri founder ceo cfo coo chief officer manager head president director "
    "chairman aktris aktor penyanyi artis pianis komedian sutradara produser politisi politikus kakak adik "
    "ayah istri suami tetangga warga koordinator deputi asisten plt pj pjs penjabat umum "
    "harian eksekutif utama operasional seksi bidang bagian subbagian divisi urusan humas biro kabiro "
    "penyidik petugas pejabat mantan calon tersangka terdakwa saksi korban pelaku wartawan reporter "
    "kontributor editor penulis sang para seorang salah satu pihak"
)
# Institutions, portfolios and places of office: never part of a name either.
_INSTITUTIONS: Final = _words(
    "pt cv tbk persero bank grup group academy institute institut universitas university yayasan foundation "
    "partai dinas badan kementerian komisi dewan polres polda polsek polri mabes kejari kejati kejaksaan "
    "pengadilan rumah sakit rsud puskesmas pemkot pemkab pemprov pemerintah kota kabupaten kab provinsi desa "
    "kecamatan kelurahan sekolah kantor gedung jalan jl stadion hotel bandara pasar gunung pulau sungai "
    "asosiasi perkumpulan himpunan ikatan persatuan federasi liga klub fc club komite lembaga balai pusat "
    "direktorat ditjen subdit satuan kanwil kemenag keuangan negeri dalam luar pertahanan kesehatan "
    "pendidikan kebudayaan agama perdagangan perindustrian pertanian sosial perhubungan pariwisata "
    "ketenagakerjaan kehutanan lingkungan hidup kelautan perikanan energi pemuda olahraga komunikasi "
    "informatika negara perencanaan pembangunan daerah hukum keamanan politik perekonomian investasi "
    "koperasi reformasi birokrasi aparatur pendayagunaan kabinet nasional republik wilayah reskrim "
    "satreskrim ditreskrimum ditreskrimsus kodim korem kodam tugas kepolisian"
)
# After these, the next word names a place of office ("Bupati Bogor Ade Yasin").
_JURISDICTIONS: Final = _words(
    "kota kabupaten kab provinsi polres polda polsek kejari kejati kodim korem kodam pemkot pemkab pemprov "
    "dprd kecamatan desa kelurahan kanwil bupati gubernur walikota camat lurah kades pt universitas partai "
    "dki diy bank rsud dinas"
)
_OFFICE_WORDS: Final = _ROLES | _INSTITUTIONS
_NOT_NAME_WORDS: Final = _OFFICE_WORDS | _HONORIFICS | _RANKS
_COMPASS: Final = _words("barat timur utara selatan tengah tenggara daya laut raya")
_CALENDAR: Final = _words(
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari pebruari maret april mei juni "
    "juli agustus september oktober november nopember desember wib wita wit"
)
# Capitalised only because they open a sentence.
_SENTENCE_OPENERS: Final = _words(
    "namun tetapi tapi sementara selain bahkan menurut dalam pada di ke dari untuk dengan saat ketika "
    "setelah sebelum jika kalau karena meski meskipun adapun sedangkan lalu kemudian akhirnya hal ini itu "
    "ia dia mereka kami kita saya yang dan atau sebab kini hari bagi tentu apalagi oleh seperti tak tidak "
    "sejak hingga sampai sehingga selama sebagai terkait soal baik begitu demikian sebelumnya selanjutnya "
    "berdasarkan "
    "menanggapi mengenai tentang sebanyak sekitar hampir lebih kurang semua setiap beberapa banyak para "
    "seorang salah sang sebuah satu dua tiga yup ya nah wah lantas padahal apakah bagaimana mengapa kenapa "
    "siapa apa"
)
_PARTICLE_WORDS: Final = ("bin", "binti", "van", "von", "de", "da", "al", "el")
_PARTICLES: Final = f"(?:{'|'.join(_PARTICLE_WORDS)})"
_NAME_WORD: Final = r"(?:[A-Z]\.(?=\s)|[A-Z][\w'’&-]*)"
_RUN: Final = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_PARTICLES}\s+)?{_NAME_WORD})*")
# Degrees printed after a name: "dr Wismandari Wisnu SpPD-KEMD", "Budi Santoso MSi".
_DEGREE: Final = re.compile(
    r"^(?:Sp[A-Z][\w-]*|[A-Z]{1,4}-[A-Z]+|SH|MH|MM|MBA|MSi|MSc|PhD|SE|ST|SKom|SPd|SIP|MPd|MKes|SKM|SSos)$"
)

_AFTER_QUOTE: Final = re.compile(
    rf"""(?x)^\s*[,.;:]?\s*
    (?:(?P<verb>demikian(?:\s+(?:pernyataan|keterangan|penjelasan|disampaikan|dikatakan|diungkapkan|kata|ujar))?
        |menurut|{_QUOTE_VERBS})(?P<nya>nya)?
      |(?P<nyaverb>[A-Za-z][a-z]+nya))\b"""
)
_AFTER_QUOTE_SUBJECT: Final = re.compile(
    rf"^\s*,?\s*(?P<who>{_RUN.pattern})\s+(?:{_ADVERBS}\s+){{0,2}}(?P<verb>{_REPORTING})\b"
)
# The speaker before the quote needs its colon or comma: 'Budi mengatakan, "..."'.
_BEFORE_QUOTE_FORMS: Final = rf"""(?x)(?:
      (?:^|[\s,;])(?P<verb>{_QUOTE_VERBS})(?:(?P<nya>nya)|\s+(?P<who>[^,:;]{{1,80}}?))\s*[:,]
    | (?:^|[\s,;])(?i:menurut)\s+(?P<menurut>[^,;]{{1,80}}?)\s*,
    | (?P<subject>[^;]{{1,200}}?)\s+(?P<reporting>{_REPORTING})(?:\s+bahwa)?\s*[:,]
    | ^\s*(?P<label>{_RUN.pattern})\s*:
    )\s*$"""
_BEFORE_QUOTE: Final = re.compile(_BEFORE_QUOTE_FORMS)
# The subject form tries up to 200 characters at every position, the slowest search here. When no
# reporting verb ends the text, it cannot match: the same search without it (its groups kept,
# never matching) gives the same answer.
_ENDS_WITH_REPORTING: Final = re.compile(
    rf"\s(?:{_prefix_tree(_REPORTING.split('|'))})(?:\s+bahwa)?\s*[:,]\s*$"
)
_BEFORE_QUOTE_WITHOUT_SUBJECT: Final = re.compile(
    _BEFORE_QUOTE_FORMS.replace(
        rf"(?P<subject>[^;]{{1,200}}?)\s+(?P<reporting>{_REPORTING})", "(?!)(?P<subject>)(?P<reporting>)"
    )
)
_REPORTING_VERB: Final = re.compile(rf"\b(?:{_REPORTING})\b")
# Attribution outside quotes ("..., tambah dr Wisman, gula darah ..."): only verbs that cannot be nouns.
_INDIRECT_VERBS: Final = (
    "kata", "ujar", "ucap", "tutur", "tegas", "ungkap", "imbuh", "tambah", "terang", "pungkas", "papar",
    "lanjut", "sambung", "tukas", "tandas", "menurut", "Menurut",
)  # fmt: skip
_REPORTING_WORDS: Final = frozenset(_REPORTING.split("|"))
_PASSIVE_WORDS: Final = frozenset(_PASSIVE.split("|"))
# The verbs that put someone in focus, each a whole word, in one search (the lists share no word):
# a reporting verb ("Budi mengatakan"), a passive one then a name ("disampaikan oleh Budi"), an
# indirect one then a name ("tambah dr Wisman"). Found by _WordStart: at the start of a word only.
_FOCUS_VERB: Final = _WordStart(rf"{_prefix_tree([*_REPORTING_WORDS, *_PASSIVE_WORDS, *_INDIRECT_VERBS])}\b")
_AFTER_PASSIVE: Final = re.compile(r"(?:\s+oleh)?\s+")
_AFTER_INDIRECT: Final = re.compile(r"\s+(?:(?:dr|drg)\.?\s+)?(?=[A-Z])")  # up to the name
_ALIAS: Final = _WordStart(
    rf"(?:akrab|biasa|kerap|sering|karib)\s+(?:di)?(?:sapa|panggil)\s+(?P<alias>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
)
_SENTENCE_END: Final = re.compile(r"[.!?]+[\"”’)]*(?:\s+|$)")
_ABBREVIATIONS: Final = _words("dr drg prof ir no jl st h hj drs dra kh tbk bpk sdr")
_SHORT_TERM_WORDS: Final = 3
_OPENERS_AND_ROLES: Final = _SENTENCE_OPENERS | _ROLES
_NOT_ALONE: Final = _PRONOUNS | _SENTENCE_OPENERS  # never a name on their own


class _Span(NamedTuple):
    start: int  # the opening mark (or 0 when the paragraph continues a quote without reopening it)
    end: int  # the closing mark, or len(paragraph) when the quote runs on to the next paragraph
    opened: bool  # whether ``start`` holds a mark
    closed: bool

    @property
    def inner(self) -> slice:
        return slice(self.start + 1 if self.opened else self.start, self.end)


class _Run(NamedTuple):
    words: tuple[str, ...]
    start: int
    end: int
    initial: bool  # opens a sentence, so its first word may be capitalised only for that
    following: str  # the word after it ("" at the end of the text)


class _Found(NamedTuple):
    paragraph: int
    span: _Span
    text: str
    speaker: str | None
    verb: str | None
    explicit: bool  # the speaker comes from an attribution of this very quote
    fallback: str | None  # the person in focus when a quote without attribution was read


def extract_quotes(body: Sequence[str]) -> tuple[Quote, ...]:
    """Every direct quotation in the body paragraphs, with speaker, verb and paragraph index.

    One :class:`Quote` per quoted passage per paragraph, in reading order; its text is the words
    inside the marks (``"…"`` or ``“…”``) with their punctuation as printed. Quoted titles and
    terms (one to three words without an attribution, or words that do not stand as a sentence)
    are not quotes. A quote that runs over several paragraphs keeps the speaker of its passage.

    >>> quotes = extract_quotes([
    ...     "Sekretaris Daerah Kota Palembang, Aprizal Hasyim, menerima audiensi.",
    ...     "“Kami mendukung UMKM,” ujar Aprizal.",
    ...     "“Silakan berkoordinasi dengan dinas,” tegasnya.",
    ... ])
    >>> [(q.speaker, q.verb, q.paragraph) for q in quotes]
    [('Aprizal Hasyim', 'ujar', 1), ('Aprizal Hasyim', 'tegasnya', 2)]
    """
    return _Reader(body).read()


# --------------------------------------------------------------------------- reading the body


class _Reader:
    """Walks the body once, in reading order, keeping track of the person in focus."""

    def __init__(self, body: Sequence[str]) -> None:
        self.body = [normalize_space(paragraph) for paragraph in body]
        self.spans = [_spans(paragraph) for paragraph in self.body]
        self.masked = [
            _mask(paragraph, spans) if spans else paragraph
            for paragraph, spans in zip(self.body, self.spans, strict=True)
        ]
        dateline = find_dateline(self.body[0]) if self.body else None
        if dateline is not None:  # the outlet in "JAKARTA, KOMPAS.com -" is nobody
            self.masked[0] = " " * dateline[1] + self.masked[0][dateline[1] :]
        self._expanded: dict[str, tuple[str, ...]] = {}
        self._named: dict[tuple[str, ...], str | None] = {}  # _name's answers, until an alias is learnt
        self.aliases: dict[str, str] = {}
        self.noun_speakers: list[str] = []  # "seorang sumber", for a later "sumber itu"
        self.current: str | None = None
        self._unread: list[tuple[int, int, int]] = []  # text that may move the focus, not read yet
        self._events_of: dict[int, list[tuple[int, _NameAt]]] = {}
        self._first: tuple[str | None] | None = None
        self._midsentence_of: dict[str, bool] = {}

    def _runs_holding(self, word: str, *, joined: bool = False) -> Iterator[tuple[tuple[str, ...], bool]]:
        """The capitalised runs of the story outside quotes that hold ``word``, in order: their
        words, and whether each opens a sentence. With ``joined``, only where ``word`` may stand
        next to another word of its run: every run of two words or more, and maybe others.

        Read only when a quote needs the story's names, and only around the places that hold
        ``word``: from the comma before to the comma after, as no run holds a comma (and a run
        after the comma opens no sentence).
        """
        for masked in self.masked:
            position = masked.find(word)
            while position >= 0:
                if joined and not _may_join(masked, position, position + len(word)):
                    position = masked.find(word, position + 1)
                    continue
                start = max(masked.rfind(",", 0, position), 0)
                end = masked.find(",", position)
                end = len(masked) if end < 0 else end
                for gap, run, _ in _GAP_AND_RUN.findall(masked, start, end):
                    if word in run:
                        yield _story_run(gap, run)
                position = masked.find(word, end + 1)

    def _midsentence(self, word: str) -> bool:
        """Whether the story capitalises ``word`` in the middle of a sentence (a name, not an opener)."""
        if word not in self._midsentence_of:
            self._midsentence_of[word] = any(
                not initial and word in words for words, initial in self._runs_holding(word)
            )
        return self._midsentence_of[word]

    def _story_names(self) -> Iterator[str]:
        """The people the story names outside quotes, in order."""
        for masked in self.masked:
            for gap, printed, following in _GAP_AND_RUN.findall(masked):
                if not printed:  # the text after the last run
                    continue
                words, initial = _story_run(gap, printed)
                run = words[1:] if initial and self._opener(words, following) else words
                if run and (name := self._name(run)):
                    yield name

    def read(self) -> tuple[Quote, ...]:
        found: list[_Found] = []
        last = next((index for index in reversed(range(len(self.spans))) if self.spans[index]), -1)
        for index in range(last + 1):  # no quote reads what comes after the last quotation mark
            if self.spans[index] or _may_name_alias(self.masked[index]):
                found += self._paragraph(index)
            else:  # a paragraph without quotes (nor nicknames) can only move the focus
                self._unread.append((index, 0, len(self.masked[index]) + 1))
        return tuple(
            Quote(text=item.text, speaker=speaker, verb=item.verb, paragraph=item.paragraph)
            for item, speaker in zip(found, _passage_speakers(found), strict=True)
        )

    def _paragraph(self, index: int) -> list[_Found]:
        paragraph, masked = self.body[index], self.masked[index]
        if _may_name_alias(masked):
            self._read_aliases(masked)
        found: list[_Found] = []
        position = 0
        for number, span in enumerate(self.spans[index]):
            self._unread.append((index, position, span.start))
            position = span.start
            text = paragraph[span.inner].strip()  # normalised text: only its ends may hold a space
            following = self.spans[index + 1] if not span.closed and index + 1 < len(self.body) else []
            runs_on = bool(following) and following[0].start == 0
            continued = runs_on or (
                number == 0 and span.start == 0 and index > 0 and self._ends_open(index - 1)
            )
            speaker, verb, explicit = self._attribution(masked, span, text)
            if not text or not _is_quote(
                text, masked, span, attributed=verb is not None, continued=continued
            ):
                continue
            if not explicit:
                speaker = (
                    found[-1].speaker if found and found[-1].speaker else self._named_before(masked, span)
                )
            # Only a quote without its own attribution may fall back on the person in focus (and
            # needs to only without a speaker: one takes the focus right here).
            fallback = None if explicit or speaker else self._focus()
            found.append(_Found(index, span, text, speaker, verb, explicit, fallback))
            if speaker:
                self._set_focus(speaker)
            position = span.end
        self._unread.append((index, position, len(masked) + 1))
        return found

    def _ends_open(self, index: int) -> bool:
        spans = self.spans[index]
        return bool(spans) and not spans[-1].closed

    # ----------------------------------------------------------------------- attributions

    def _attribution(self, masked: str, span: _Span, text: str) -> tuple[str | None, str | None, bool]:
        """Speaker, verb as printed, and whether an attribution names them, for one quote."""
        if span.closed:
            tail = masked[span.end + 1 :]
            after = _AFTER_QUOTE.match(tail)
            if after is not None and (after["verb"] or after["nyaverb"].lower() not in _NOT_NYA_VERBS):
                verb = tail[after.start("verb") if after["verb"] else after.start("nyaverb") : after.end()]
                if after["nya"] or after["nyaverb"]:
                    return self._in_focus(), verb, True
                return self._speaker_phrase(tail[after.end() :]), verb, True
            subject = _AFTER_QUOTE_SUBJECT.match(tail)
            # '"...," Budi menambahkan.' -- after a full stop inside the marks a new sentence starts.
            if subject is not None and (tail.lstrip()[:1] == "," or text.rstrip()[-1:] in ",!?"):
                return self._name(subject["who"].split()) or self._in_focus(), subject["verb"], True
        head = masked[_sentence_start(masked, span.start) : span.start] if span.opened else ""
        before = _before_quote(head)
        if before is None:
            return None, None, False
        if before["verb"]:
            if before["nya"]:
                return self._in_focus(), before["verb"] + "nya", True
            return self._speaker_phrase(before["who"]), before["verb"], True
        if before["menurut"]:
            return self._speaker_phrase(before["menurut"]), "menurut", True
        if before["reporting"]:
            person = self._subject(before["subject"], phrases=True)
            return person or self._in_focus(), before["reporting"], True
        return self._name(before["label"].split()), None, True

    def _speaker_phrase(self, phrase: str) -> str | None:
        """The speaker named after an attribution verb: "Budi", "dia", "sumber itu", "Ketua X, Name"."""
        clause = phrase[: _sentence_end(phrase)].strip(" ,")
        words = clause.split()
        while words and words[0].islower() and words[0].strip(".") in _HONORIFICS:
            words.pop(0)  # "ujar dr Wisman"
        if not words or words[0].lower() in _PRONOUNS:
            return self._in_focus()
        text = " ".join(words)
        if words[0][0].isupper():
            return self._named_phrase(text)
        first_part = text.split(",", 1)[0].split()
        if first_part[-1].lower() in _ANAPHORS:  # "politisi Partai Hanura itu": someone already met
            return self._antecedent(first_part)
        noun_phrase = _until_stop(words)
        joined = " ".join(noun_phrase)
        run = _RUN.search(joined)
        if run is not None and (name := self._name(run.group().split())):
            prefix = joined[: run.start()].split()
            return f"{prefix[0]} {name}" if len(prefix) == 1 and prefix[0].lower() in _GROUP_NOUNS else name
        appositive = _APPOSITIVE.match(text[len(joined) :])
        if appositive is not None and (name := self._name(appositive["who"].split())):
            return name
        if joined:
            self.noun_speakers.append(joined)
        return joined or self._in_focus()

    def _named_phrase(self, text: str) -> str | None:
        run = _RUN.match(text)
        if run is None:
            return None
        words = tuple(run.group().split())
        appositive = _APPOSITIVE.match(text, run.end())
        if appositive is not None and (_trim(words) != words or not self._name(words)):
            # "Kasubdit IV Polda Lampung, AKBP Ferdiyan Fahmi, di ...": the name follows the office
            return self._name(appositive["who"].split()) or self._name(words)
        return self._name(words) or " ".join(words)

    def _antecedent(self, words: list[str]) -> str | None:
        nouns = {word.lower() for word in words} - _ROLES - _ANAPHORS - _PRONOUNS
        for speaker in reversed(self.noun_speakers):
            if nouns & {word.lower() for word in speaker.split()}:
                return speaker
        return self._in_focus()

    def _subject(self, segment: str, *, phrases: bool = False) -> str | None:
        """The person a reporting sentence is about, from its text before the verb.

        Prefers an appositive (", Kurniawan,") or the name right before the verb, then the first
        name of two or more words, then any name; with ``phrases`` a noun phrase without a name
        ("Salah satu tetangganya") is the subject too.
        """
        names = self._people(segment)
        for name, run, office in names:
            before, after = segment[: run.start].rstrip(), segment[run.end :]
            next_to_verb = all(word in _ADVERB_WORDS for word in after.replace(",", " ").split())
            appositive = before.endswith(",") and after.lstrip().startswith(",") and not office
            if appositive or next_to_verb:
                return name
        if names:
            return next((name for name, _, office in names if " " in name and not office), names[0][0])
        clause = segment.rsplit(",", 1)[-1].split()
        if phrases and clause and clause[0].lower() not in _PRONOUNS and len(clause) <= 6:
            phrase = " ".join(clause)
            self.noun_speakers.append(phrase)
            return phrase
        return None

    def _opener(self, words: tuple[str, ...], following: str) -> bool:
        """Whether the first word of a sentence-initial run is capitalised only because it opens it."""
        first = words[0]
        if first.lower() in _OPENERS_AND_ROLES:
            return True
        if len(words) > 1 or _REPORTING_VERB.fullmatch(following):  # "Budi mengatakan" names Budi
            return False
        return not self._midsentence(first)

    def _named_before(self, masked: str, span: _Span) -> str | None:
        """For an unattributed quote: the first person named in the sentence before it."""
        head = masked[: span.start].rstrip()
        people = self._people(head[_sentence_start(head, max(0, len(head) - 1)) :])
        return people[0][0] if people else None

    def _people(self, text: str) -> list[tuple[str, _Run, bool]]:
        """The names in a text, in order, with their runs and whether each run names an office."""
        people = []
        for run in _runs(text):
            words = run.words[1:] if run.initial and self._opener(run.words, run.following) else run.words
            if words and (name := self._name(words)):
                people.append((name, run, _is_office(words)))
        return people

    # ----------------------------------------------------------------------- the person in focus

    def _focus(self) -> str | None:
        """The person in focus: the last one named outside quotes in the text read so far.

        The text read since the focus was last asked for (``_unread``: paragraph, from, to) is
        searched backwards, and only up to the first name: most of it is never searched at all,
        as a quote's own attribution often puts its speaker in focus before anyone asks.
        """
        for index, start, end in reversed(self._unread):
            masked = self.masked[index]
            for position, name_at in reversed(self._events(index)):
                if start <= position < end and (name := name_at(masked, position)) is not None:
                    self._set_focus(name)
                    return name
        self._unread.clear()
        return self.current

    def _set_focus(self, person: str) -> None:
        self.current = person
        self._unread.clear()  # whoever that text names, the focus is now on this person

    def _events(self, index: int) -> list[tuple[int, _NameAt]]:
        """Where a paragraph may put someone in focus outside its quotes, in order, and how to read who.

        Names are read on demand (see ``_focus``). Two events at one position never both name
        someone: a reporting verb opens a lower-case word, the name after a passive or indirect
        verb a capitalised one.
        """
        if index in self._events_of:
            return self._events_of[index]
        masked = self.masked[index]
        events: list[tuple[int, _NameAt]] = []
        named_until = 0  # the end of the last name after an indirect verb: no verb inside it counts
        for verb in _FOCUS_VERB.finditer(masked):
            if verb.group() in _REPORTING_WORDS:
                events.append((verb.start(), self._reporting_subject))
            elif verb.group() in _PASSIVE_WORDS:
                if after := _AFTER_PASSIVE.match(masked, verb.end()):
                    events.append((after.end(), self._passive_name))
            elif verb.start() >= named_until and (after := _AFTER_INDIRECT.match(masked, verb.end())):
                name = _RUN.match(masked, after.end())  # always there: a capital follows
                named_until = name.end() if name else after.end()
                events.append((after.end(), self._named_at))
        self._events_of[index] = events
        return events

    def _read_aliases(self, masked: str) -> None:
        for alias in _ALIAS.finditer(masked):  # "Pria yang akrab disapa Dani ini"
            self._focus()  # the text read so far names its people before this alias renames any
            named = self._people(masked[: alias.start()])
            person = named[-1][0] if named else self._in_focus()
            if person is None:
                continue
            nickname = alias["alias"].lower()
            self._named.clear()
            self.aliases[nickname] = person
            for word in set(nickname.split()) - set(person.lower().split()):  # "Bambang Pacul" → "Pacul"
                self.aliases[word] = person

    def _reporting_subject(self, masked: str, verb: int) -> str | None:
        """ "Kepala Dinas X, Budi, mengatakan": who the reporting verb at ``verb`` is about."""
        return self._subject(masked[_sentence_start(masked, verb) : verb])

    def _passive_name(self, masked: str, end: int) -> str | None:
        """ "Hal itu disampaikan Sekda ..., Aprizal Hasyim,": the name after a passive verb."""
        run = _RUN.match(masked, end)
        return (run is not None and self._named_phrase(masked[run.start() : run.end() + 60])) or None

    def _named_at(self, masked: str, start: int) -> str | None:
        """ "..., tambah dr Wisman, ...": the name starting at ``start``."""
        return self._named_phrase(masked[start:]) or None

    def _in_focus(self) -> str | None:
        """Who "katanya" or "kata dia" means: the person in focus, else the first the story names."""
        if (current := self._focus()) is not None:
            return current
        if self._first is None:  # the first full name, else the first name: read as far as needed
            names = self._story_names()
            first = next(names, None)
            if first is not None and " " not in first:
                first = next((name for name in names if " " in name), first)
            self._first = (first,)
        return self._first[0]

    # ----------------------------------------------------------------------- names

    def _name(self, words: Sequence[str]) -> str | None:
        """A person's name from a capitalised run, expanded to the fullest form the story used."""
        key = tuple(words)
        if key not in self._named:  # a story names the same people again and again
            self._named[key] = self._read_name(key)
        return self._named[key]

    def _read_name(self, words: tuple[str, ...]) -> str | None:
        trimmed = _trim(words)
        if not trimmed:
            return None
        name = " ".join(trimmed)
        if name.lower() in self.aliases:
            return self.aliases[name.lower()]
        return name if len(trimmed) > 1 else " ".join(self._expand(trimmed[0]))

    def _expand(self, word: str) -> tuple[str, ...]:
        """ "Aprizal" → "Aprizal Hasyim", "Portnow" → "Neil Portnow", "Wisman" → "Wismandari Wisnu"."""
        if word in self._expanded:
            return self._expanded[word]
        best: tuple[str, ...] = (word,)
        for run, initial in self._runs_holding(word, joined=True):  # a longer word holds it too
            if len(run) < 2:  # one word never reads on to a longer name
                continue
            # As _opener: the first of two words or more is left out if an opener or a role.
            words = run[1:] if initial and run[0].lower() in _OPENERS_AND_ROLES else run
            start, end = _name_bounds(words)
            for position in range(start, end):
                candidate = words[position]
                if candidate != word and not (
                    len(word) >= 4 and candidate.startswith(word) and candidate[len(word) :].islower()
                ):
                    continue
                # A first name reads on to the right, a family name to the left (at most two words).
                found = words[position:end] if position + 1 < end else words[max(start, position - 2) : end]
                if len(found) > len(best):
                    best = found
        self._expanded[word] = best
        return best


# --------------------------------------------------------------------------- quotation marks


def _may_name_alias(masked: str) -> bool:
    """Whether ``_ALIAS`` may match: never without one of its verbs ("akrab disapa", "biasa dipanggil")."""
    return "sapa" in masked or "panggil" in masked


def _spans(paragraph: str) -> list[_Span]:
    """The quoted passages of a paragraph, pairing marks in order (sites mix “ ” and ")."""
    if not _has_mark(paragraph):  # most paragraphs quote nobody
        return []
    marks = _marks(paragraph)
    spans: list[_Span] = []
    if marks[0] > 0 and paragraph[marks[0] - 1] in ",.!?" and _closing_shaped(paragraph, marks[0]):
        # The paragraph continues a quote without reopening it: 'Kami siap," kata dia.'
        spans.append(_Span(0, marks[0], opened=False, closed=True))
        marks = marks[1:]
    for k in range(0, len(marks), 2):
        closed = k + 1 < len(marks)
        spans.append(_Span(marks[k], marks[k + 1] if closed else len(paragraph), opened=True, closed=closed))
    return spans


def _marks(paragraph: str) -> list[int]:
    """Where the quotation marks of a paragraph stand, in order: ``_MARK``'s matches, found faster."""
    marks = []
    for mark in '"' if paragraph.isascii() else _MARKS:  # ASCII text holds only the straight mark
        position = paragraph.find(mark)
        while position >= 0:
            marks.append(position)
            position = paragraph.find(mark, position + 1)
    return sorted(marks)


def _has_mark(paragraph: str) -> bool:
    # Five substring tests are much faster than one search for the class: most text is ASCII.
    return '"' in paragraph or "“" in paragraph or "”" in paragraph or "„" in paragraph or "‟" in paragraph


def _closing_shaped(paragraph: str, index: int) -> bool:
    after = paragraph[index + 1 : index + 2] or " "
    return after.isspace() or after in ",.;:!?)"


def _mask(paragraph: str, spans: list[_Span]) -> str:
    masked = paragraph
    for span in spans:
        stop = min(span.end + 1, len(paragraph))
        masked = masked[: span.start] + _MASK * (stop - span.start) + masked[stop:]
    return masked


def _before_quote(head: str) -> re.Match[str] | None:
    """The attribution ending ``head``, the text before a quote: ``_BEFORE_QUOTE``, searched faster."""
    if head.rstrip()[-1:] not in {":", ","}:  # every form ends with its colon or comma
        return None
    if _ENDS_WITH_REPORTING.search(head) is None:
        return _BEFORE_QUOTE_WITHOUT_SUBJECT.search(head)
    return _BEFORE_QUOTE.search(head)


def _is_quote(text: str, masked: str, span: _Span, *, attributed: bool, continued: bool) -> bool:
    """Speech rather than a quoted title or term.

    A piece of a quote running over paragraphs always is, and so is a quote closed by its own
    punctuation and attributed (``"To the moon," ujarnya``); otherwise one to three words never
    are, and an unattributed passage must stand as a sentence introduced as one (after a colon,
    comma or full stop).
    """
    ends_as_speech = text.rstrip("\"'’”)")[-1:] in ".,!?…"
    if continued or (attributed and ends_as_speech):
        return True
    if len(text.split(maxsplit=_SHORT_TERM_WORDS)) <= _SHORT_TERM_WORDS:
        return False
    if attributed or not span.closed:
        return True
    before = masked[: span.start].rstrip()
    introduced = not before or before[-1] in ",:.!?" or before.endswith(_MASK)
    return introduced and text[0].isupper() and ends_as_speech


def _passage_speakers(found: list[_Found]) -> list[str | None]:
    """Each quote's speaker; the pieces of a multi-paragraph quote share the one their passage names."""
    speakers = [item.speaker for item in found]
    passage: list[int] = []
    for index, item in enumerate(found):
        if passage and not (item.span.start == 0 and item.paragraph == found[passage[-1]].paragraph + 1):
            _fill(found, speakers, passage)
            passage = []
        passage.append(index)
        if item.span.closed:
            _fill(found, speakers, passage)
            passage = []
    _fill(found, speakers, passage)
    return speakers


def _fill(found: list[_Found], speakers: list[str | None], passage: list[int]) -> None:
    if len(passage) == 1:  # most quotes stand alone: their own speaker, else the one in focus
        item = found[passage[0]]
        if not item.explicit:
            speakers[passage[0]] = item.speaker or item.fallback
        return
    named = next((found[index].speaker for index in passage if found[index].explicit), None)
    for index in passage:
        if not found[index].explicit:
            speakers[index] = named or speakers[index] or found[index].fallback


# --------------------------------------------------------------------------- capitalised runs

# ", Kompol Budi Santoso," / ", Yanti (45)," / " (BPS) Amalia Widyasanti": the name after an office.
_APPOSITIVE: Final = re.compile(rf"\s*(?:,|\([^()]{{1,30}}\))\s*(?P<who>{_RUN.pattern})\s*(?:[,(]|$)")


# The text up to a capitalised run, the run, and the word after it; the search always matches
# where it starts (at a capital, a run; at the end, nothing), so the gaps and runs tile the text.
_GAP_AND_RUN: Final = re.compile(rf"(?P<gap>[^A-Z]*+)(?:(?P<run>{_RUN.pattern})(?=\s*(?P<following>\S*))|\Z)")
_SENTENCE_LEAD: Final = ".!?:-–—"  # a capital after one of these (and white space) opens a sentence


def _story_run(gap: str, run: str) -> tuple[tuple[str, ...], bool]:
    """A run's words and whether it opens a sentence, a sentence opener before a name left out
    ("Namun Brotoseno")."""
    words, initial = tuple(run.split()), gap.rstrip()[-1:] in _SENTENCE_LEAD
    if initial and len(words) > 1 and words[0].lower() in _SENTENCE_OPENERS:
        return words[1:], False
    return words, initial


_CAPITAL: Final = re.compile("[A-Z]")
_RUN_GOES_ON: Final = re.compile(rf"\S* (?:[A-Z]|{_PARTICLES} )")  # from within a word, to the next


def _may_join(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, part of a word, may share a capitalised run with other words.

    A run goes on over a space only to a capitalised word, or a particle and a capitalised word:
    so the word after must open with a capital or be a particle, or the word before hold a
    capital or be a particle. (Normalised text holds no white space but single spaces.)
    """
    if _RUN_GOES_ON.match(text, end):
        return True
    space = text.rfind(" ", 0, start)  # before the word holding text[start:end]
    if space < 0:
        return False
    before = text.rfind(" ", 0, space) + 1  # where the word before it starts
    return _CAPITAL.search(text, before, space) is not None or text[before:space] in _PARTICLE_WORDS


def _runs(text: str) -> list[_Run]:
    """The capitalised runs of a text, in order. A run opens a sentence at the start of the text or
    after one of ``_SENTENCE_LEAD``: white space alone stands before a run only at the start of the
    text, after a run it reads on."""
    runs = []
    end = 0
    for gap, run, following in _GAP_AND_RUN.findall(text):
        if run:
            start = end + len(gap)
            end = start + len(run)
            runs.append(_Run(tuple(run.split()), start, end, gap.rstrip()[-1:] in _SENTENCE_LEAD, following))
    return runs


@functools.lru_cache(maxsize=4096)  # a story repeats its names, and the runs they stand in
def _name_bounds(words: tuple[str, ...]) -> tuple[int, int]:
    """The slice of a capitalised run that is a person's name: titles, offices and degrees cut off."""
    end = len(words)
    while end > 0 and (_DEGREE.match(words[end - 1]) or _is_acronym(words[end - 1])):
        end -= 1
    start = position = 0
    while position < end:
        word = words[position]
        lower = word.lower().strip(".")
        office = _KEPALA.match(lower) is not None
        if office or lower in _NOT_NAME_WORDS or _is_acronym(word):
            start = position + 1
            place = words[position + 1] if position + 1 < end else ""
            place_follows = (office or lower in _JURISDICTIONS) and place.lower() not in _NOT_NAME_WORDS
            if place_follows and end - position > 2 and not _is_acronym(place):  # "Bupati Bogor Ade Yasin"
                start = position + 2
                while start < end - 1 and words[start].lower() in _COMPASS:
                    start += 1
                position = start - 1
        position += 1
    return start, max(start, end)


def _is_office(words: Sequence[str]) -> bool:
    """Whether a capitalised run names an office or institution ("Ketua Koperasi Tani")."""
    return any(
        word.lower().strip(".") in _OFFICE_WORDS
        or _KEPALA.match(word.lower()) is not None
        or (_is_acronym(word) and word.lower() not in _RANKS)
        for word in words
    )


def _is_acronym(word: str) -> bool:
    return word.isupper() and sum(map(str.isalpha, word)) >= 2


def _trim(words: tuple[str, ...]) -> tuple[str, ...]:
    start, end = _name_bounds(words)
    name = words[start:end]
    if len(name) == 1 and name[0].lower() in _NOT_ALONE:
        return ()
    for word in name:  # a date or a number is nobody
        if word.lower() in _CALENDAR or (not word.isalpha() and any(ch.isdigit() for ch in word)):
            return ()
    return name[-4:]


def _until_stop(words: list[str]) -> list[str]:
    phrase: list[str] = []
    for word in words:
        bare = word.rstrip(",")
        if bare.lower() in _PHRASE_STOPS or bare.startswith("("):
            break
        phrase.append(bare)
        if word.endswith(","):
            break
    return phrase


def _is_sentence_end(text: str, match: re.Match[str]) -> bool:
    """Whether a full stop ends a sentence, not an initial ("Wicky V. Olindo") or a title ("dr.")."""
    before = text[: match.start()].rsplit(maxsplit=1)
    word = before[-1] if before else ""  # the last word before the stop
    return not ((len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS)


def _sentence_start(text: str, index: int) -> int:
    """Where the sentence holding ``text[index]`` starts."""
    for match in reversed(list(_SENTENCE_END.finditer(text, 0, max(0, index)))):  # the last that ends one
        if match.end() <= index and match.end() > match.start() and _is_sentence_end(text, match):
            return match.end()
    return 0


def _sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends."""
    for match in _SENTENCE_END.finditer(text):
        if _is_sentence_end(text, match):
            return match.start()
    return len(text)


_KEPALA: Final = re.compile(
    r"ka(?:sub|sat|pol|jari|jati|bid|dis|si|nit|kan|bag|div|rum|lapas|rutan|pus|ops|ro)\w*$"
)
