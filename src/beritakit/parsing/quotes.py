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
    from collections.abc import Iterator, Sequence

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


_MARK: Final = re.compile('["“”„‟]')
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
_PARTICLES: Final = r"(?:bin|binti|van|von|de|da|al|el)"
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
# The patterns below match at the start of a word only (a leading \b), found by _WordStart.
_REPORTING_VERBS: Final = _WordStart(rf"{_prefix_tree(_REPORTING.split('|'))}\b")
_PASSIVE_VERB: Final = _WordStart(rf"(?:{_PASSIVE})\b(?:\s+oleh)?\s+")
# Attribution outside quotes ("..., tambah dr Wisman, gula darah ..."): only verbs that cannot be nouns.
_INDIRECT_VERBS: Final = (
    "kata", "ujar", "ucap", "tutur", "tegas", "ungkap", "imbuh", "tambah", "terang", "pungkas", "papar",
    "lanjut", "sambung", "tukas", "tandas", "menurut", "Menurut",
)  # fmt: skip
_INDIRECT: Final = _WordStart(
    rf"{_prefix_tree(_INDIRECT_VERBS)}\s+(?:(?:dr|drg)\.?\s+)?(?P<who>{_RUN.pattern})"
)
_ALIAS: Final = _WordStart(
    rf"(?:akrab|biasa|kerap|sering|karib)\s+(?:di)?(?:sapa|panggil)\s+(?P<alias>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
)
_SENTENCE_END: Final = re.compile(r"[.!?]+[\"”’)]*(?:\s+|$)")
_ABBREVIATIONS: Final = _words("dr drg prof ir no jl st h hj drs dra kh tbk bpk sdr")
_SHORT_TERM_WORDS: Final = 3


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


class _Found(NamedTuple):
    paragraph: int
    span: _Span
    text: str
    speaker: str | None
    verb: str | None
    explicit: bool  # the speaker comes from an attribution of this very quote
    fallback: str | None  # the person in focus when the quote was read


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
            _mask(paragraph, spans) for paragraph, spans in zip(self.body, self.spans, strict=True)
        ]
        dateline = find_dateline(self.body[0]) if self.body else None
        if dateline is not None:  # the outlet in "JAKARTA, KOMPAS.com -" is nobody
            self.masked[0] = " " * dateline[1] + self.masked[0][dateline[1] :]
        runs = [(masked, [_without_opener(run) for run in _runs(masked)]) for masked in self.masked]
        self.midsentence = {
            word for _, found in runs for run in found if not run.initial for word in run.words
        }
        # Every capitalised run outside quotes, less a first word capitalised only as a sentence opener.
        self.runs = [
            run._replace(words=run.words[1:]) if run.initial and self._opener(run, masked) else run
            for masked, found in runs
            for run in found
        ]
        self.runs = [run for run in self.runs if run.words]
        self._names = [(run.words, *_name_bounds(run.words)) for run in self.runs]
        self._expanded: dict[str, tuple[str, ...]] = {}
        self.aliases: dict[str, str] = {}
        self.noun_speakers: list[str] = []  # "seorang sumber", for a later "sumber itu"
        self.current: str | None = None
        self._first: tuple[str | None] | None = None

    def read(self) -> tuple[Quote, ...]:
        found = [item for index in range(len(self.body)) for item in self._paragraph(index)]
        return tuple(
            Quote(text=item.text, speaker=speaker, verb=item.verb, paragraph=item.paragraph)
            for item, speaker in zip(found, _passage_speakers(found), strict=True)
        )

    def _paragraph(self, index: int) -> list[_Found]:
        paragraph, masked = self.body[index], self.masked[index]
        events = self._events(masked)
        found: list[_Found] = []
        position = 0
        for number, span in enumerate(self.spans[index]):
            self._advance(events, position, span.start)
            position = span.start
            text = normalize_space(paragraph[span.inner])
            following = self.spans[index + 1] if index + 1 < len(self.body) else []
            runs_on = not span.closed and bool(following) and following[0].start == 0
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
            found.append(_Found(index, span, text, speaker, verb, explicit, self.current))
            self.current = speaker or self.current
            position = span.end
        self._advance(events, position, len(masked) + 1)
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
        appositive = _APPOSITIVE.match(text[run.end() :])
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

    def _opener(self, run: _Run, text: str) -> bool:
        """Whether the first word of a sentence-initial run is capitalised only because it opens it."""
        first = run.words[0]
        if first.lower() in _SENTENCE_OPENERS or first.lower() in _ROLES:
            return True
        if len(run.words) > 1:
            return False
        following = text[run.end :].split()
        follows_verb = bool(following) and _REPORTING_VERB.fullmatch(following[0]) is not None
        return first not in self.midsentence and not follows_verb

    def _named_before(self, masked: str, span: _Span) -> str | None:
        """For an unattributed quote: the first person named in the sentence before it."""
        head = masked[: span.start].rstrip()
        people = self._people(head[_sentence_start(head, max(0, len(head) - 1)) :])
        return people[0][0] if people else None

    def _people(self, text: str) -> list[tuple[str, _Run, bool]]:
        """The names in a text, in order, with their runs and whether each run names an office."""
        people = []
        for run in _runs(text):
            words = run.words[1:] if run.initial and self._opener(run, text) else run.words
            if words and (name := self._name(words)):
                people.append((name, run, _is_office(words)))
        return people

    # ----------------------------------------------------------------------- the person in focus

    def _events(self, masked: str) -> list[tuple[int, str]]:
        """People a paragraph puts in focus outside its quotes, with their positions."""
        for alias in _ALIAS.finditer(masked):  # "Pria yang akrab disapa Dani ini"
            named = self._people(masked[: alias.start()])
            person = named[-1][0] if named else self._in_focus()
            if person is None:
                continue
            nickname = alias["alias"].lower()
            self.aliases[nickname] = person
            for word in set(nickname.split()) - set(person.lower().split()):  # "Bambang Pacul" → "Pacul"
                self.aliases[word] = person
        events: list[tuple[int, str]] = []
        for verb in _REPORTING_VERBS.finditer(masked):
            subject = self._subject(masked[_sentence_start(masked, verb.start()) : verb.start()])
            if subject is not None:
                events.append((verb.start(), subject))
        for passive in _PASSIVE_VERB.finditer(masked):  # "Hal itu disampaikan Sekda ..., Aprizal Hasyim,"
            run = _RUN.match(masked, passive.end())
            if run is not None and (name := self._named_phrase(masked[run.start() : run.end() + 60])):
                events.append((passive.end(), name))
        indirect = (
            (match.start("who"), self._named_phrase(masked[match.start("who") :]))
            for match in _INDIRECT.finditer(masked)
        )
        events.extend((position, name) for position, name in indirect if name)
        return sorted(events)

    def _advance(self, events: list[tuple[int, str]], start: int, end: int) -> None:
        for position, name in events:
            if start <= position < end:
                self.current = name

    def _in_focus(self) -> str | None:
        """Who "katanya" or "kata dia" means: the person in focus, else the first the story names."""
        if self.current is not None:
            return self.current
        if self._first is None:
            names = [name for run in self.runs if (name := self._name(run.words))]
            self._first = (next((name for name in names if " " in name), names[0] if names else None),)
        return self._first[0]

    # ----------------------------------------------------------------------- names

    def _name(self, words: Sequence[str]) -> str | None:
        """A person's name from a capitalised run, expanded to the fullest form the story used."""
        trimmed = _trim(tuple(words))
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
        for words, start, end in self._names:
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


def _spans(paragraph: str) -> list[_Span]:
    """The quoted passages of a paragraph, pairing marks in order (sites mix “ ” and ")."""
    marks = [match.start() for match in _MARK.finditer(paragraph)]
    spans: list[_Span] = []
    if marks and marks[0] > 0 and paragraph[marks[0] - 1] in ",.!?" and _closing_shaped(paragraph, marks[0]):
        # The paragraph continues a quote without reopening it: 'Kami siap," kata dia.'
        spans.append(_Span(0, marks[0], opened=False, closed=True))
        marks = marks[1:]
    for k in range(0, len(marks), 2):
        closed = k + 1 < len(marks)
        spans.append(_Span(marks[k], marks[k + 1] if closed else len(paragraph), opened=True, closed=closed))
    return spans


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
    if len(text.split()) <= _SHORT_TERM_WORDS:
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
        next_paragraph = bool(passage) and item.paragraph == found[passage[-1]].paragraph + 1
        continues = next_paragraph and item.span.start == 0
        if not continues:
            _fill(found, speakers, passage)
            passage = []
        passage.append(index)
        if item.span.closed:
            _fill(found, speakers, passage)
            passage = []
    _fill(found, speakers, passage)
    return speakers


def _fill(found: list[_Found], speakers: list[str | None], passage: list[int]) -> None:
    named = next((found[index].speaker for index in passage if found[index].explicit), None)
    for index in passage:
        if not found[index].explicit:
            speakers[index] = named or speakers[index] or found[index].fallback


# --------------------------------------------------------------------------- capitalised runs

# ", Kompol Budi Santoso," / ", Yanti (45)," / " (BPS) Amalia Widyasanti": the name after an office.
_APPOSITIVE: Final = re.compile(rf"\s*(?:,|\([^()]{{1,30}}\))\s*(?P<who>{_RUN.pattern})\s*(?:[,(]|$)")


def _runs(text: str) -> list[_Run]:
    runs = []
    for match in _RUN.finditer(text):
        before = _last_visible(text, match.start())
        initial = not before or before in ".!?:-–—"
        runs.append(_Run(tuple(match.group().split()), match.start(), match.end(), initial))
    return runs


def _without_opener(run: _Run) -> _Run:
    """ "Namun Brotoseno" at the start of a sentence is "Brotoseno"."""
    if run.initial and len(run.words) > 1 and run.words[0].lower() in _SENTENCE_OPENERS:
        return run._replace(words=run.words[1:], initial=False)
    return run


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
    if len(name) == 1 and name[0].lower() in _PRONOUNS | _SENTENCE_OPENERS:
        return ()
    if any(word.lower() in _CALENDAR or any(ch.isdigit() for ch in word) for word in name):
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
    end = match.start()
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end]  # the last word before the stop, without copying the text before it
    return not ((len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS)


def _last_visible(text: str, index: int) -> str:
    """The last character before ``text[index]`` that is not white space ("" when none is)."""
    while index > 0 and text[index - 1].isspace():
        index -= 1
    return text[index - 1] if index > 0 else ""


def _sentence_start(text: str, index: int) -> int:
    """Where the sentence holding ``text[index]`` starts."""
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, max(0, index)):
        if match.end() <= index and match.end() > match.start() and _is_sentence_end(text, match):
            start = match.end()
    return start


def _sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends."""
    for match in _SENTENCE_END.finditer(text):
        if _is_sentence_end(text, match):
            return match.start()
    return len(text)


_KEPALA: Final = re.compile(
    r"ka(?:sub|sat|pol|jari|jati|bid|dis|si|nit|kan|bag|div|rum|lapas|rutan|pus|ops|ro)\w*$"
)
