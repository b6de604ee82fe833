"""The ``beritakit`` command line (also ``python -m beritakit``).

Each subcommand is one ``_add_<name>`` function that declares its arguments and sets ``run`` to the
function doing the work, which returns the exit status; ``_COMMANDS`` lists them in the order
``--help`` shows them. Exit statuses: 0 success, 1 the work found errors, 2 usage errors or
unreadable input (a message on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from beritakit import __version__
from beritakit.formats.rss_validate import validate_rss

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from beritakit.models import Problem

    _Commands = argparse._SubParsersAction[argparse.ArgumentParser]  # noqa: SLF001 - argparse's only handle

__all__ = ["main"]

EXIT_OK = 0
EXIT_FOUND_ERRORS = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status.

    ``main(["validate", "feed.xml"])`` is ``beritakit validate feed.xml``; it never raises
    ``SystemExit``, so it can be called from Python and tests.
    """
    parser = _parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and usage errors: argparse has printed why
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    run: Callable[[argparse.Namespace], int] = arguments.run
    return run(arguments)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="beritakit", description="Typed models, parsers and feeds for Indonesian news articles."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for add_command in _COMMANDS:
        add_command(commands)
    return parser


def _fail(command: str, message: str) -> None:
    print(f"beritakit {command}: {message}", file=sys.stderr)


# --------------------------------------------------------------------------- validate


def _add_validate(commands: _Commands) -> None:
    parser = commands.add_parser(
        "validate",
        help="check RSS 2.0 feeds as the W3C feed validator does",
        description="Check RSS 2.0 feeds as the W3C feed validator does. Prints one line per problem "
        "and a summary per feed; exits 1 when any feed has an error, 2 when a feed cannot be read.",
    )
    parser.add_argument("feeds", nargs="+", metavar="FEED.xml", help="a feed file, or - for standard input")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print errors and summaries only, no warnings or info"
    )
    parser.set_defaults(run=_run_validate)


def _run_validate(arguments: argparse.Namespace) -> int:
    status = EXIT_OK
    for feed in arguments.feeds:
        try:
            data = sys.stdin.buffer.read() if feed == "-" else Path(feed).read_bytes()
        except OSError as error:
            _fail("validate", f"cannot read {feed}: {error.strerror or error}")
            status = EXIT_USAGE
            continue
        name = "<stdin>" if feed == "-" else feed
        problems = validate_rss(data)
        for problem in problems:
            if problem.level == "error" or not arguments.quiet:
                print(_problem_line(name, problem))
        counts: Counter[str] = Counter(problem.level for problem in problems)
        print(f"{name}: {_summary(counts)}")
        if counts["error"] and status == EXIT_OK:
            status = EXIT_FOUND_ERRORS
    return status


def _problem_line(name: str, problem: Problem) -> str:
    """``feed.xml:12: error InvalidRFC2822Date <pubDate>: message``, the form compilers use."""
    where = f"{name}:{problem.line}" if problem.line is not None else name
    element = f" <{problem.element}>" if problem.element else ""
    return f"{where}: {problem.level} {problem.code}{element}: {problem.message}"


def _summary(counts: Counter[str]) -> str:
    errors, warnings = counts["error"], counts["warning"]
    return (
        f"{errors} error{'' if errors == 1 else 's'}, "
        f"{warnings} warning{'' if warnings == 1 else 's'}, {counts['info']} info"
    )


# --------------------------------------------------------------------------- the command table

_COMMANDS: tuple[Callable[[_Commands], None], ...] = (_add_validate,)
"""One ``_add_<name>`` function per subcommand (``parse``, ``sites`` and ``convert`` join here)."""
