"""The article container is the block whose paragraphs read like a story, not like a list of links."""

from __future__ import annotations

import lxml.html

from beritakit.parsing.container import find_container

SENTENCE = "Warga mengungsi ke masjid terdekat, sementara petugas membantu mengevakuasi lansia dan anak-anak."


class TestFindContainer:
    def test_short_paragraphs_do_not_outweigh_a_story(self) -> None:
        """Many one-word paragraphs score nothing; two story paragraphs make the container."""
        html = (
            '<html><body><div id="daftar">' + "<p>Indeks</p>" * 40 + "</div>"
            f'<div id="cerita"><p>{SENTENCE}</p><p>{SENTENCE}</p></div></body></html>'
        )
        found = find_container(lxml.html.fromstring(html))
        assert found is not None
        assert found.get("id") == "cerita"

    def test_content_names_outweigh_navigation_names(self) -> None:
        """Of two equal blocks, the one named as content wins over the one named as a sidebar."""
        story = f"<p>{SENTENCE}</p>" * 2
        html = f'<html><body><div class="sidebar">{story}</div><div class="isi">{story}</div></body></html>'
        found = find_container(lxml.html.fromstring(html))
        assert found is not None
        assert found.get("class") == "isi"
