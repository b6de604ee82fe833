"""marks: the elements around an article, sorted once by what their names and short texts say."""

from __future__ import annotations

from lxml import etree

from beritakit.parsing.marks import mark

_AREA = """<div>
<div class="breadcrumb"><a href="/">Home</a></div>
<h1 id="judul">Banjir Rendam Kemang</h1>
<time class="date" datetime="2026-02-06T14:30:00+07:00">Jumat, 6 Februari 2026</time>
<span class="tanggal-terbit">Jumat, 6 Februari 2026 14:30 WIB</span>
<figure class="foto"><img src="/a.jpg"><figcaption class="caption">Banjir (Foto: Budi)</figcaption></figure>
<p>Editor: Rina Wulandari</p>
<div class="baca-juga"><b>Baca Juga</b><a href="/b">Banjir lagi</a></div>
</div>"""


def _area() -> etree._Element:
    return etree.fromstring(_AREA, etree.HTMLParser()).find("body/div")


def test_elements_are_filed_by_name_and_tag_in_page_order() -> None:
    """Classes file captions, photos and related blocks; <figure> and <time> count by their tag."""
    marks = mark(_area())
    assert [element.get("class") for element in marks.captions] == ["caption"]
    assert [element.tag for element in marks.figures] == ["figure"]
    assert [element.get("class") for element in marks.related] == ["baca-juga"]
    assert [element.tag for element in marks.dates] == ["time", "span"]


def test_a_time_named_as_a_date_is_listed_once() -> None:
    """<time class="date"> is a date by its tag and by its name: listed once all the same."""
    assert [element.tag for element in mark(_area()).dates].count("time") == 1


def test_short_texts_are_read_only_when_asked() -> None:
    """Credit lines and related headings come from texts, which ``lines=False`` leaves unread."""
    area = _area()
    marks = mark(area)
    assert [element.tag for element in marks.credit_lines] == ["p"]
    assert [element.tag for element in marks.headings] == ["b"]
    unread = mark(area, lines=False)
    assert unread.credit_lines == unread.headings == ()


def test_elements_before_the_headline_are_remembered() -> None:
    """A bar above the headline (often site-wide) is told apart from what follows it."""
    area = _area()
    headline = area.find("h1")
    marks = mark(area, headline=headline)
    assert not marks.after_headline(area.find("div"))
    assert marks.after_headline(area.find("figure"))
