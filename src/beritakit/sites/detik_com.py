"""detik.com (detiknews, detikinet, detikfinance … on their subdomains)."""

from __future__ import annotations

from beritakit.sites._base import SiteRule, has_class

__all__ = ["DetikRule"]


class DetikRule(SiteRule):
    """detik.com: the 2015-16 ``text_detail`` template (photo pages: ``text_gal``) and the
    current ``detail__`` one. The "Baca Juga" box and the photo/video box under the article are
    its related links; the forum and blog boxes beside them, named alike, are not."""

    name = "detikcom"
    domains = frozenset({"detik.com"})
    body = (
        f"//div[{has_class('detail__body-text')}]",
        f"//div[{has_class('text_detail')}]",
        f"//div[{has_class('text_gal')}]",
    )
    captions = (
        f"//div[{has_class('pic_artikel')}]",
        f"//figure[{has_class('detail__media-image')}]",
        f"//div[{has_class('gal_rating')}]/span[{has_class('text')}]",
    )
    related_list = ("//div[@id='bacajugabox']",)
    tags = (f"//div[{has_class('label_fokus')}]",)  # the "Fokus Berita" series the story belongs to
