"""The `beritakit` command line: subcommands, output lines, exit statuses, and no tracebacks."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

import beritakit
from beritakit.cli import main

if TYPE_CHECKING:
    from pathlib import Path

VALID = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Berita Contoh</title>
<link>https://contoh.example.id/</link>
<description>Berita terkini</description>
<language>id</language>
<atom:link href="https://contoh.example.id/rss" rel="self" type="application/rss+xml"/>
<item>
<title>Banjir di Jakarta</title>
<guid>https://contoh.example.id/banjir</guid>
<pubDate>Fri, 06 Feb 2026 14:30:00 +0700</pubDate>
</item>
</channel>
</rss>
"""
# Line 12 gets an Indonesian date (an error); dropping the self link (line 8) adds a warning.
INVALID = VALID.replace(b"Fri, 06 Feb 2026 14:30:00 +0700", b"Jumat, 06 Feb 2026 14:30 WIB").replace(
    b'<atom:link href="https://contoh.example.id/rss" rel="self" type="application/rss+xml"/>', b""
)
WARNED = VALID.replace(b"<guid>https://contoh.example.id/banjir</guid>", b"")


@pytest.fixture
def feeds(tmp_path: Path) -> Path:
    """A folder with a valid feed, an invalid one and one with only a warning."""
    (tmp_path / "valid.xml").write_bytes(VALID)
    (tmp_path / "invalid.xml").write_bytes(INVALID)
    (tmp_path / "warned.xml").write_bytes(WARNED)
    return tmp_path


class TestValidate:
    def test_valid_feed_prints_a_clean_summary_and_exits_0(
        self, feeds: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A valid feed prints only its summary line and exits 0."""
        path = str(feeds / "valid.xml")
        assert main(["validate", path]) == 0
        assert capsys.readouterr().out == f"{path}: 0 errors, 0 warnings, 0 info\n"

    def test_invalid_feed_prints_one_line_per_problem_and_exits_1(
        self, feeds: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Each problem is `FEED:LINE: level CODE <element>: message`, then the summary; exit 1."""
        path = str(feeds / "invalid.xml")
        assert main(["validate", path]) == 1
        lines = capsys.readouterr().out.splitlines()
        expected_warning = 'MissingAtomSelfLink <channel>: Missing atom:link with rel="self"'
        assert lines[0] == f"{path}:3: warning {expected_warning} (the address of the feed itself)"
        assert lines[1].startswith(
            f"{path}:12: error InvalidRFC2822Date <pubDate>: pubDate must be an RFC-822"
        )
        assert lines[2] == f"{path}: 1 error, 1 warning, 0 info"
        assert len(lines) == 3

    def test_warnings_alone_exit_0(self, feeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Warnings are printed but do not make the feed invalid."""
        assert main(["validate", str(feeds / "warned.xml")]) == 0
        assert "warning MissingGuid <item>" in capsys.readouterr().out

    def test_quiet_prints_errors_and_summaries_only(
        self, feeds: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--quiet drops warning and info lines but keeps errors and the summary."""
        path = str(feeds / "invalid.xml")
        assert main(["validate", "--quiet", path]) == 1
        lines = capsys.readouterr().out.splitlines()
        assert [line.split(": ")[1].split()[:2] for line in lines[:-1]] == [["error", "InvalidRFC2822Date"]]
        assert lines[-1] == f"{path}: 1 error, 1 warning, 0 info"

    def test_several_feeds_get_a_summary_each_and_exit_1_if_any_has_an_error(
        self, feeds: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every feed is validated in turn; one invalid feed makes the status 1."""
        names = [str(feeds / name) for name in ("valid.xml", "invalid.xml", "warned.xml")]
        assert main(["validate", "-q", *names]) == 1
        summaries = [line for line in capsys.readouterr().out.splitlines() if " error " not in line]
        assert [summary.split(": ")[0] for summary in summaries] == names

    def test_dash_reads_standard_input(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """`-` validates standard input, named <stdin> in the output."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(INVALID)))
        assert main(["validate", "-"]) == 1
        assert capsys.readouterr().out.splitlines()[-1] == "<stdin>: 1 error, 1 warning, 0 info"

    def test_broken_xml_is_reported_not_raised(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file that is not XML at all is one SAXError line and exit 1, not a traceback."""
        path = tmp_path / "page.html"
        path.write_bytes(b"<html><body>Halaman tidak ditemukan</p></html>")
        assert main(["validate", str(path)]) == 1
        assert f"{path}:1: error SAXError: XML parsing error:" in capsys.readouterr().out

    @pytest.mark.parametrize("name", ["missing.xml", "."])
    def test_unreadable_file_is_a_usage_error(
        self, feeds: Path, name: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A missing file or a folder gives a one-line message on stderr and exit 2; other feeds still run."""
        assert main(["validate", str(feeds / name), str(feeds / "invalid.xml")]) == 2
        captured = capsys.readouterr()
        assert captured.err == f"beritakit validate: cannot read {feeds / name}: " + (
            "No such file or directory\n" if name == "missing.xml" else "Is a directory\n"
        )
        assert captured.out.splitlines()[-1].endswith("invalid.xml: 1 error, 1 warning, 0 info")


class TestMain:
    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the package version and exits 0."""
        assert main(["--version"]) == 0
        assert capsys.readouterr().out == f"beritakit {beritakit.__version__}\n"

    @pytest.mark.parametrize("argv", [[], ["validate"], ["terbangkan"], ["validate", "--bogus", "x.xml"]])
    def test_usage_errors_exit_2_with_a_message(
        self, argv: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """No command, no feed, an unknown command or option: usage on stderr and exit 2."""
        assert main(argv) == 2
        assert "usage: beritakit" in capsys.readouterr().err

    def test_help_lists_the_validate_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--help exits 0 and names each subcommand."""
        assert main(["--help"]) == 0
        assert "validate" in capsys.readouterr().out

    def test_python_dash_m_runs_the_command_line(self, feeds: Path) -> None:
        """`python -m beritakit validate` is the real program: its exit status is 1 for an invalid feed."""
        result = subprocess.run(  # noqa: S603 - our own program
            [sys.executable, "-m", "beritakit", "validate", str(feeds / "invalid.xml")],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert result.returncode == 1
        assert result.stdout.splitlines()[-1].endswith("invalid.xml: 1 error, 1 warning, 0 info")
        assert result.stderr == ""
