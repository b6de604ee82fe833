"""Every Python example in the README and in docs/ runs, and every example script runs."""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted([PROJECT / "README.md", *(PROJECT / "docs").rglob("*.md")])
# ```python blocks run in one namespace per document, in order; ```pycon blocks are doctests.
_BLOCK = re.compile(r"^```(python|pycon)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(document: Path) -> list[tuple[str, str]]:
    """Each block's kind and code, the code padded with blank lines so tracebacks show document lines."""
    text = document.read_text(encoding="utf-8")
    return [
        (match[1], "\n" * text.count("\n", 0, match.start(2)) + match[2]) for match in _BLOCK.finditer(text)
    ]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(PROJECT)))
def test_code_blocks_in_documentation_run(
    document: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each ```python block runs without error and each ```pycon block passes as a doctest."""
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    namespace: dict[str, object] = {"__name__": "__doc_example__"}
    for kind, code in _blocks(document):
        if kind == "python":
            exec(compile(code, str(document), "exec"), namespace)  # noqa: S102 - our own documentation
        else:
            test = doctest.DocTestParser().get_doctest(code, namespace, document.name, str(document), 0)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            runner.run(test, clear_globs=False)
            assert runner.failures == 0, f"doctest failures in {document.name}"


EXAMPLES = sorted((PROJECT / "examples").glob("*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_scripts_run(script: Path, tmp_path: Path) -> None:
    """Each script in examples/ runs to completion and writes nothing outside its output folder."""
    result = subprocess.run(  # noqa: S603 - our own example script
        [sys.executable, str(script), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
        check=False,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_field_guide_lists_the_merge_precedence() -> None:
    """docs/fields.md shows, for every merged field, exactly the sources PRECEDENCE trusts, in order."""
    from beritakit.parsing.merge import PRECEDENCE  # noqa: PLC0415 - only this test needs the parser internals

    rows = re.findall(
        r"^\| `(\w+)` \| ([a-z, ]+) \|", (PROJECT / "docs" / "fields.md").read_text(), re.MULTILINE
    )
    documented = {field: tuple(source.strip() for source in sources.split(",")) for field, sources in rows}
    assert documented == dict(PRECEDENCE)
