"""Republika: republika.co.id, its channel subdomains and its Ihram (haji) site, ihram.co.id."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from beritakit.models import Caption
from beritakit.parsing.body import image_source
from beritakit.parsing.credits import split_credit
from beritakit.sites._base import SiteRule, field, has_class

if TYPE_CHECKING:
    from collections.abc import Mapping

    from beritakit.parsing.document import Document

__all__ = ["RepublikaRule"]


class RepublikaRule(SiteRule):
    """Republika: the 2015-17 template, for articles (``div.jdl-detail`` headline,
    ``div.date-detail``, text in ``div.content-detail``) and "In Picture" photo stories
    (``div.jdl-pic``, ``div.date-pic``, text in ``div.teaser-pic``), and the current one (text in
    ``div.article-content``; from memory of the live site, not from a saved page).

    An In Picture page fills its photo viewer by script: the static page holds only the gallery
    thumbnails, whose ``caption`` attributes are the captions the viewer shows ("… (23/2).
    (Republika/Nama Fotografer)"), credit included.
    """

    name = "Republika"
    domains = frozenset({"republika.co.id", "ihram.co.id"})
    title = (f"//div[{has_class('jdl-detail')}]/h2", f"//div[{has_class('jdl-pic')}]")
    body = (
        f"//div[{has_class('article-content')}]",
        f"//div[{has_class('content-detail')}]",
        f"//div[{has_class('teaser-pic')}]",
    )
    date = (f"//div[{has_class('date-detail')}]", f"//div[{has_class('date-pic')}]")
    queries: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "gallery_images": (f"//div[{has_class('thumb-gallery')}]//img[@caption]",)
    }

    @field("captions")
    def gallery(self, doc: Document) -> tuple[Caption, ...] | None:
        """The In Picture captions, one per gallery thumbnail; None on an article page."""
        captions: dict[str, Caption] = {}
        for image in self.select_all("gallery_images", doc):
            text, credit = split_credit(image.get("caption", ""))
            if text and text not in captions:
                captions[text] = Caption(
                    text=text, credit=credit, image_url=doc.absolute(image_source(image))
                )
        return tuple(captions.values()) or None
