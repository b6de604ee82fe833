"""Fixtures shared by the parsing tests."""

from __future__ import annotations

import pytest

from beritakit.parsing.document import absolute_url

URL = "https://www.contoh.id/berita/2026/02/06/banjir-rendam-kemang"
"""The page the readers' links are resolved against."""


class Recorder:
    """A resolver against :data:`URL` that remembers every href it was asked for."""

    def __init__(self) -> None:
        self.asked: list[str | None] = []

    def __call__(self, href: str | None) -> str | None:
        self.asked.append(href)
        return absolute_url(href, URL)


@pytest.fixture
def resolve() -> Recorder:
    """A fresh recording resolver."""
    return Recorder()
