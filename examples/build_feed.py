"""Build two articles by hand, then write them as JSON Lines, Markdown and an RSS 2.0 feed, and validate it.

python examples/build_feed.py [OUTPUT_DIR]      # default: ./out
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import beritakit as bk
from beritakit.dates import WIB, WITA

ARTICLES = [
    bk.Article(
        url="https://contoh.example.id/berita/2026/02/06/pemkot-dukung-umkm-kerupuk",
        title="Pemkot Dukung Pengusaha Kerupuk Tembus Pasar Ekspor",
        published=dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB),
        authors=["Rina Kartika"],
        editors=["Budi Santoso"],
        site_name="Contoh News",
        section="Ekonomi",
        tags=["UMKM", "ekspor", "kerupuk"],
        dateline=bk.Dateline(place="PALEMBANG", source="CONTOHNEWS.ID"),
        body=[
            "PALEMBANG, CONTOHNEWS.ID - Pemerintah kota berkomitmen mendukung UMKM pengolahan makanan.",
            "Hal itu disampaikan Sekretaris Daerah, Andi Wijaya, saat menerima audiensi pengusaha, Jumat.",
            "“Produk olahan menjadi penyumbang pertumbuhan ekonomi yang cukup tinggi,” ujar Andi.",
        ],
        captions=[
            bk.Caption(
                text="Sekda menerima audiensi pengusaha kerupuk di ruang rapat.",
                credit="Humas Pemkot",
                image_url="https://contoh.example.id/foto/audiensi.jpg",
            )
        ],
        quotes=[
            bk.Quote(
                text="Produk olahan menjadi penyumbang pertumbuhan ekonomi yang cukup tinggi,",
                speaker="Andi Wijaya",
                verb="ujar",
                paragraph=2,
            )
        ],
        related=[
            bk.RelatedLink(
                title="Sekda Kumpulkan Seluruh Camat",
                url="https://contoh.example.id/berita/2026/02/05/sekda-kumpulkan-camat",
                placement="inline",
            )
        ],
        lead_image="https://contoh.example.id/foto/audiensi.jpg",
    ),
    bk.Article(
        url="https://contoh.example.id/berita/2026/02/07/festival-budaya-mataram",
        title='Festival Budaya Mataram Dibuka: "Tradisi Kita, Masa Depan Kita"',
        published=dt.datetime(2026, 2, 7, 9, 15, tzinfo=WITA),
        authors=["Made Ayu"],
        section="Budaya",
        tags=["festival", "NTB"],
        dateline=bk.Dateline(place="Mataram, NTB"),
        body=["Mataram, NTB - Festival budaya tahunan dibuka di alun-alun kota dengan parade busana adat."],
    ),
]


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    channel = bk.Channel(
        title="Contoh News",
        link="https://contoh.example.id/",
        description="Berita contoh dari beritakit",
        self_url="https://contoh.example.id/feed.xml",
    )
    feed = bk.to_rss(ARTICLES, channel=channel)
    (out_dir / "feed.xml").write_bytes(feed)
    bk.write_jsonl(ARTICLES, out_dir / "articles.jsonl")
    (out_dir / "article.md").write_text(bk.to_markdown(ARTICLES[0]), encoding="utf-8")
    problems = bk.validate_rss(feed)
    print(f"wrote {out_dir}/feed.xml, {out_dir}/articles.jsonl, {out_dir}/article.md")
    print(f"feed problems: {len(problems)}" + "".join(f"\n  {p}" for p in problems))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out"))
