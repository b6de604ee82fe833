"""Site rules: what differs from the generic extractor on each outlet, one small file per site.

:data:`SITES` registers every rule, one line per site; :func:`site_for` picks the rule for a
host. A page from an outlet without a rule is read by the generic extractor alone. To add an
outlet, see ``docs/adding-a-site.md``.
"""

from __future__ import annotations

import functools

from beritakit.sites._base import SiteRule, field, has_class
from beritakit.sites.antaranews_com import AntaranewsRule
from beritakit.sites.detik_com import DetikRule
from beritakit.sites.kapanlagi_com import KapanlagiRule
from beritakit.sites.kompas_com import KompasRule
from beritakit.sites.liputan6_com import Liputan6Rule
from beritakit.sites.mediaindonesia_com import MediaIndonesiaRule
from beritakit.sites.okezone_com import OkezoneRule
from beritakit.sites.republika_co_id import RepublikaRule
from beritakit.sites.tempo_co import TempoRule
from beritakit.sites.tribunnews_com import TribunRule
from beritakit.sites.viva_co_id import VivaRule

__all__ = ["SITES", "SiteRule", "field", "has_class", "site_for"]

SITES: tuple[type[SiteRule], ...] = (
    AntaranewsRule,
    DetikRule,
    KapanlagiRule,
    KompasRule,
    Liputan6Rule,
    MediaIndonesiaRule,
    OkezoneRule,
    RepublikaRule,
    TempoRule,
    TribunRule,
    VivaRule,
)
"""Every site rule, one line per site."""


def site_for(host: str | None) -> SiteRule | None:
    """The rule for ``host`` (a domain or any subdomain of one), or None for an unknown outlet.

    >>> type(site_for("regional.kompas.com")).__name__
    'KompasRule'
    >>> site_for("example.com") is None
    True
    """
    rule = _best_rule(SITES, host) if host else None
    return rule() if rule is not None else None


@functools.lru_cache(maxsize=1024)  # an archive holds many pages of few hosts
def _best_rule(rules: tuple[type[SiteRule], ...], host: str) -> type[SiteRule] | None:
    # The most specific rule wins: a rule for "jateng.tribunnews.com" beats one for "tribunnews.com".
    ranked = [(rule.specificity(host), rule) for rule in rules]
    length, best = max(ranked, key=lambda pair: pair[0], default=(0, None))
    return best if length > 0 else None
