"""Kompas.com (and its channel subdomains: regional., nasional., bola., otomotif. …)."""

from __future__ import annotations

from beritakit.sites._base import SiteRule, has_class

__all__ = ["KompasRule"]


class KompasRule(SiteRule):
    """Kompas.com: the 2015-16 ``kcm-read`` template and the current ``read__`` one.

    The page's ``<h1>`` is the channel name ("Regional"); the headline is the ``<h2>`` of the
    article header (old) or ``h1.read__title`` (current). The credits sit in a table under the
    text ("Penulis : Kontributor Lhokseumawe, Masriadi", "Editor : Ervan Hardoko").
    """

    name = "Kompas.com"
    domains = frozenset({"kompas.com"})
    title = (f"//h1[{has_class('read__title')}]", f"//div[{has_class('kcm-read-top')}]/h2")
    body = (f"//div[{has_class('read__content')}]", f"//div[{has_class('kcm-read-text')}]")
    date = (f"//div[{has_class('read__time')}]", f"//div[{has_class('kcm-date')}]")
    byline = (f"//div[{has_class('read__credit')}]", f"//div[{has_class('kcm-read-copy')}]//tr")
