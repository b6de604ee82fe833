"""The generic sources of article fields, each a function ``Document -> Partial``.

- :mod:`~beritakit.parsing.sources.jsonld`: the page's schema.org ``NewsArticle`` JSON-LD;
- :mod:`~beritakit.parsing.sources.meta`: OpenGraph, ``article:``, ``twitter:`` and ``name=``
  ``<meta>`` tags plus microdata;
- :mod:`~beritakit.parsing.sources.heuristics`: what a reader sees in the HTML (headline, visible
  date, bylines, body, captions, related links, tags).

Which source wins for which field is decided in :mod:`beritakit.parsing.merge`, and only there.
"""
