"""The site registry is complete and unambiguous, and a rule only declares what differs."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import pytest

import beritakit.sites
from beritakit.parsing.document import build_document, text_of
from beritakit.sites import SITES, SiteRule, field, site_for

if TYPE_CHECKING:
    from collections.abc import Mapping

PROJECT = Path(__file__).resolve().parents[2]


def _site_modules() -> list[str]:
    return [
        info.name for info in pkgutil.iter_modules(beritakit.sites.__path__) if not info.name.startswith("_")
    ]


class TestRegistry:
    def test_every_site_module_is_registered(self) -> None:
        """Each rule class defined in beritakit/sites/ is listed in SITES."""
        for name in _site_modules():
            module = importlib.import_module(f"beritakit.sites.{name}")
            rules = [
                value
                for value in vars(module).values()
                if isinstance(value, type) and issubclass(value, SiteRule)
            ]
            assert rules, f"sites/{name}.py defines no SiteRule"
            assert all(rule in SITES for rule in rules if rule.__module__ == module.__name__), name

    def test_no_domain_is_claimed_twice(self) -> None:
        """Two rules never claim the same domain."""
        domains = [domain for rule in SITES for domain in rule.domains]
        assert len(domains) == len(set(domains))

    def test_every_rule_names_its_outlet_and_domains(self) -> None:
        """A rule has a name and at least one lower-case domain without a scheme or www."""
        for rule in SITES:
            assert rule.name
            assert rule.domains
            assert all(re.fullmatch(r"(?!www\.)[a-z0-9.-]+\.[a-z]{2,}", domain) for domain in rule.domains)

    def test_every_registered_site_has_its_tests(self) -> None:
        """tests/sites/test_<module>.py exists for each site module."""
        for name in _site_modules():
            assert (PROJECT / "tests" / "sites" / f"test_{name}.py").is_file(), name

    def test_the_docs_list_every_supported_site(self) -> None:
        """docs/adding-a-site.md's table of supported sites matches the registry."""
        text = (
            (PROJECT / "docs" / "adding-a-site.md").read_text(encoding="utf-8").split("## Supported sites")[1]
        )
        listed = set(re.findall(r"^\| `([a-z0-9_]+)` \|", text, re.MULTILINE))
        assert listed == set(_site_modules())


class TestSiteFor:
    @pytest.mark.parametrize(
        ("host", "expected"),
        [
            ("kompas.com", "KompasRule"),
            ("regional.kompas.com", "KompasRule"),
            ("INET.DETIK.COM.", "DetikRule"),
            ("notkompas.com", None),
            ("kompas.com.evil.example", None),
            (None, None),
        ],
    )
    def test_a_host_matches_a_domain_or_its_subdomains(self, host: str | None, expected: str | None) -> None:
        """Subdomains match their domain; look-alike hosts do not."""
        rule = site_for(host)
        assert (type(rule).__name__ if rule is not None else None) == expected

    def test_the_most_specific_domain_wins(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A rule for a subdomain beats the rule for its parent domain."""

        class Network(SiteRule):
            name = "Jaringan"
            domains = frozenset({"jaringan.id"})

        class Regional(SiteRule):
            name = "Jaringan Jateng"
            domains = frozenset({"jateng.jaringan.id"})

        monkeypatch.setattr(beritakit.sites, "SITES", (Network, Regional))
        assert isinstance(site_for("kota.jateng.jaringan.id"), Regional)
        assert isinstance(site_for("jaringan.id"), Network)


class TestSiteRule:
    def test_an_invalid_xpath_fails_when_the_class_is_defined(self) -> None:
        """A broken selector is an error at import time, not on some page later."""
        with pytest.raises(ValueError, match="invalid XPath"):

            class Broken(SiteRule):
                body = ("//div[@class='isi'",)

    def test_a_selector_must_be_a_tuple(self) -> None:
        """A single string (a common slip) is refused."""
        with pytest.raises(TypeError, match="tuple"):

            class Slip(SiteRule):
                body = "//div"  # type: ignore[assignment]

    def test_a_query_cannot_take_a_selectors_name(self) -> None:
        """A query named like a selector would replace it silently: refused at definition."""
        with pytest.raises(ValueError, match="body is a selector's name"):

            class Clash(SiteRule):
                queries: ClassVar[Mapping[str, tuple[str, ...]]] = {"body": ("//article",)}

    def test_field_refuses_unknown_names(self) -> None:
        """@field names a Partial field or fails at once."""
        with pytest.raises(ValueError, match="unknown field"):
            field("judul")

    def test_selectors_and_field_methods_make_the_site_partial(self) -> None:
        """Selector fields are read with the generic readers; @field methods override them."""

        class Contoh(SiteRule):
            name = "Contoh"
            domains = frozenset({"contoh.id"})
            date = ("//span[@class='waktu']",)
            byline = ("//div[@class='kredit']",)
            tags = ("//div[@class='topik']",)

            @field("section")
            def channel(self, doc: object) -> str:
                return "Megapolitan"

        html = (
            "<html><body><span class='waktu'>Jumat, 6 Februari 2026 14:30 WIB</span>"
            "<div class='kredit'>Penulis: Rina | Editor: Ade</div>"
            "<div class='topik'><a href='/t/1'>Banjir</a></div><p>isi</p></body></html>"
        )
        partial = Contoh().extract(build_document(html))
        assert partial.published is not None
        assert partial.published.isoformat() == "2026-02-06T14:30:00+07:00"
        assert (partial.authors, partial.editors) == (("Rina",), ("Ade",))
        assert partial.tags == ("Banjir",)
        assert partial.section == "Megapolitan"

    def test_remove_drops_elements_before_anything_reads_the_page(self) -> None:
        """prepare() removes the rule's junk, keeping the text around it."""

        class Contoh(SiteRule):
            name = "Contoh"
            domains = frozenset({"contoh.id"})
            remove = ("//div[@class='promo']",)

        doc = build_document(
            "<html><body><p>awal <div class='promo'>Unduh aplikasi</div>akhir</p></body></html>"
        )
        Contoh().prepare(doc)
        assert "Unduh" not in text_of(doc.root)
        assert "akhir" in text_of(doc.root)
