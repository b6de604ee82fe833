"""A rule's ``@field`` methods and selector fields: a method's value wins, and spares the selector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from beritakit.models import RelatedLink
from beritakit.parsing.document import Document, build_document
from beritakit.sites._base import SiteRule, field, has_class

if TYPE_CHECKING:
    import lxml.html

PAGE = """<html><body><h1>Harga Cabai Naik</h1>
<div class="terkait"><a href="/berita/2">Harga bawang ikut naik di pasar induk</a></div>
</body></html>"""
OWN = (RelatedLink(title="Pasokan cabai dari Jawa Barat berkurang", url="https://contoh.id/berita/3"),)


class CountingRule(SiteRule):
    """Records which selectors ran; its related-list method gives ``OWN`` unless told not to."""

    related_list = (f"//div[{has_class('terkait')}]",)
    own_list: tuple[RelatedLink, ...] | None = OWN

    def __init__(self) -> None:
        self.selected: list[str] = []

    def select(self, selector: str, doc: Document) -> list[lxml.html.HtmlElement]:
        self.selected.append(selector)
        return super().select(selector, doc)

    @field("related_list")
    def own_related(self, _doc: Document) -> tuple[RelatedLink, ...] | None:
        return self.own_list


class TestExtract:
    def test_method_value_replaces_the_selector_field(self) -> None:
        """The method's related list is the rule's, and the related-list selector is not run."""
        rule = CountingRule()
        partial = rule.extract(build_document(PAGE, url="https://contoh.id/berita/1"))
        assert partial.related_list == OWN
        assert "related_list" not in rule.selected

    def test_selector_field_stands_when_the_method_gives_none(self) -> None:
        """A method returning None leaves the field to the selector."""
        rule = CountingRule()
        rule.own_list = None
        partial = rule.extract(build_document(PAGE, url="https://contoh.id/berita/1"))
        assert [link.url for link in partial.related_list or ()] == ["https://contoh.id/berita/2"]
