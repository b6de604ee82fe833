"""Selectors opening with a class or id step, answered from the name index, find what plain XPath finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from beritakit.parsing.document import build_document
from beritakit.sites._base import SiteRule, _elements, has_class

# Small pages built from nested blocks whose class lists mix the names the selectors ask for.
# Ids repeat on purpose: sloppy pages reuse them, and XPath then finds every holder.
CLASSES = ["isi", "isi berita", "berita  isi", "judul", "isi\tjudul", "isix", "x-isi", "", "isi\u00a0judul"]
IDS = ["", "", "konten", "konten ", "Konten", "kontenx"]
ITEMPROPS = ["", "", "articleBody", "articleBody text", "articlebody"]
blocks = st.recursive(
    st.sampled_from(["<p>Teks</p>", "<h1>Judul</h1>", "<span class='isi'>A</span>", "<p id='konten'>B</p>"]),
    lambda inner: st.tuples(
        st.sampled_from(CLASSES),
        st.sampled_from(IDS),
        st.sampled_from(ITEMPROPS),
        st.lists(inner, max_size=3),
    ).map(
        lambda parts: (
            f"<div class='{parts[0]}' id='{parts[1]}' itemprop='{parts[2]}'>{''.join(parts[3])}</div>"
        )
    ),
    max_leaves=12,
)
EXPRESSIONS = (
    f"//div[{has_class('isi')}]",
    f"//*[{has_class('isi')}]",
    f"//div[{has_class('isi')}]/h1",
    f"//div[{has_class('isi')}]//p",
    f"//div[{has_class('isi')}][p]",
    f"//div[{has_class('isi')}][1]",
    f"//div[{has_class('isi')}]/following-sibling::div[1]",
    f"//span[{has_class('isi')}]/parent::div",
    f"//div[{has_class('judul')}] | //p",
    "//div[@id='konten']",
    "//*[@id='konten']",
    "//div[@id='konten']//p",
    "//div[@id='konten'][1]",
    "//*[@itemprop='articleBody']",
    "//div[@itemprop='articleBody']/p",
    "//div[contains(@class, 'isi')]",
    "//*[contains(@class, 'si')]//p",
    f"//div[{has_class('judul')}] | //div[{has_class('isi')}]//p",
    f"//div[@id='konten'] | //*[@itemprop='articleBody'] | //span[{has_class('isi')}]",
)


class ClassRule(SiteRule):
    """A rule whose selectors all open with a class step (one of each shape)."""

    body = EXPRESSIONS
    remove = (f"//div[{has_class('berita')}]",)


def _page(content: str) -> str:
    return f"<html><body>{content}</body></html>"


class TestClassSelectors:
    @given(st.lists(blocks, min_size=1, max_size=4).map("".join))
    def test_equal_plain_xpath(self, content: str) -> None:
        """Every shape of selector gives the elements, in the order, that XPath gives on the page."""
        doc = build_document(_page(content))
        rule = ClassRule()
        for selector in rule._compiled["body"]:
            assert selector(doc, rule._names) == _elements(selector.whole(doc.root))

    @given(st.lists(blocks, min_size=1, max_size=4).map("".join))
    def test_ignore_removed_elements(self, content: str) -> None:
        """After ``remove`` drops blocks, the selectors find nothing inside them, as XPath would."""
        doc = build_document(_page(content))
        rule = ClassRule()
        for selector in rule._compiled["body"]:
            selector(doc, rule._names)  # the class index is built before the removal
        rule.prepare(doc)
        for selector in rule._compiled["body"]:
            assert selector(doc, rule._names) == _elements(selector.whole(doc.root))

    def test_positional_predicate_keeps_plain_xpath(self) -> None:
        """``//div[has_class(x)][1]`` counts among siblings, so it is not answered from the index."""
        selector = ClassRule._compiled["body"][EXPRESSIONS.index(f"//div[{has_class('isi')}][1]")]
        assert selector.relative is None

    def test_class_step_uses_the_index(self) -> None:
        """A plain ``//div[has_class(x)]/h1`` runs from the indexed elements."""
        selector = ClassRule._compiled["body"][EXPRESSIONS.index(f"//div[{has_class('isi')}]/h1")]
        assert (selector.key, selector.tag) == (("class", "isi"), "div")

    def test_id_step_uses_the_index(self) -> None:
        """A plain ``//div[@id='x']//p`` runs from the indexed elements."""
        selector = ClassRule._compiled["body"][EXPRESSIONS.index("//div[@id='konten']//p")]
        assert (selector.key, selector.tag) == (("id", "konten"), "div")

    def test_class_part_step_uses_the_index(self) -> None:
        """A plain ``//div[contains(@class, x)]`` runs from the indexed elements."""
        selector = ClassRule._compiled["body"][EXPRESSIONS.index("//div[contains(@class, 'isi')]")]
        assert (selector.key, selector.tag) == (("class-part", "isi"), "div")

    def test_union_of_named_steps_uses_the_index(self) -> None:
        """Each branch of a union of named steps runs from the index."""
        union = f"//div[{has_class('judul')}] | //div[{has_class('isi')}]//p"
        selector = ClassRule._compiled["body"][EXPRESSIONS.index(union)]
        assert [part.key for part in selector.parts] == [("class", "judul"), ("class", "isi")]

    def test_itemprop_step_uses_the_documents_list(self) -> None:
        """A plain ``//*[@itemprop='x']`` runs from the elements the Document listed by itemprop."""
        selector = ClassRule._compiled["body"][EXPRESSIONS.index("//*[@itemprop='articleBody']")]
        assert (selector.key, selector.tag) == (("itemprop", "articleBody"), "*")

    def test_headline_from_a_class_step(self) -> None:
        """The rule's ``select`` answers from the index with the element XPath would give."""
        doc = build_document(_page("<div class='berita isi'><h1>Harga Cabai Naik</h1></div>"))
        found = ClassRule().select("body", doc)
        assert [element.tag for element in found] == ["div"]
