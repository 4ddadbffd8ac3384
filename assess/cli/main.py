"""The ``assess`` command line: a thin layer over the services in this package.

This module reads the command line and opens the window; what the other commands do is in
:mod:`assess.cli.commands`, imported only for them (the window must not wait for the database layer).

Bad input of any kind prints one line on stderr and exits with status 1 (2 for a
command line that cannot be parsed); an unexpected failure is logged to a file and
summarised in one line, never shown as a traceback.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from assess.cli import server as cli_server
from assess.cli.text import database_argument
from assess.fields import (
    INSTITUTIONS,
    LAW,
    NA_JUSTIFICATION,
    NEXT_ACTION,
    NOT_APPLICABLE,
    PRACTICE,
    PRIORITY,
    RATIONALE,
    TARGET_DATE,
    TECHNICAL_ASSISTANCE,
    Field,
)
from assess.limits import visible
from assess.paths import default_database, private_files
from assess.vocabulary import LANGUAGES, AssessmentStatus, Priority, language_code

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_BUG = 3
NO_PRIORITY = "none"
"""What ``--priority`` takes for no priority."""
PRIORITY_CHOICES = [*Priority, NO_PRIORITY]

# The options of ``assess score``, in the order --help lists them: each sets the field it names (its value kept
# under the field's name); the option itself is named with the field (assess.fields).
SCORE_OPTIONS: tuple[tuple[Field, dict[str, Any]], ...] = (
    (LAW, {"metavar": "N", "help": "score in law and institutions"}),
    (PRACTICE, {"metavar": "N", "help": "score in practice"}),
    (NA_JUSTIFICATION, {"metavar": "JUSTIFICATION", "help": "mark not applicable, saying why"}),
    (NOT_APPLICABLE, {"action": "store_true", "help": "undo N/A"}),
    (RATIONALE, {"metavar": "TEXT", "help": "the rationale for the scores"}),
    (PRIORITY, {"choices": PRIORITY_CHOICES}),
    (
        INSTITUTIONS,
        {
            "metavar": "TEXT",
            "action": "append",
            "help": "responsible institution (repeat for several; an empty value clears them)",
        },
    ),
    (TARGET_DATE, {"metavar": "YYYY-MM-DD", "help": "target date (empty to clear)"}),
    (NEXT_ACTION, {"metavar": "TEXT", "help": "next action"}),
    (TECHNICAL_ASSISTANCE, {"metavar": "TEXT", "help": "technical assistance needed"}),
)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one line, like every other refusal; the full usage is one --help away
        self.exit(EXIT_USAGE, f"{self.prog}: {one_line(message)} (see: {self.prog} --help)\n")


def one_line(text: object) -> str:
    """A message on a single line (driver and library messages may span several), its control characters
    written visibly (a message may quote a file name or a package's text)."""
    return visible(" ".join(str(text).split()))


def language(text: str) -> str:
    """``--lang``: one of the six languages (``fr_FR`` reads as ``fr``), else refused naming them."""
    code = language_code(text)
    if code is None:
        known = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        raise argparse.ArgumentTypeError(f"unknown language {text!r}; use one of {known}")
    return code


def build_parser(window_only: bool = False) -> Parser:
    """The command line's parser; ``window_only``: without the commands that do not open the window
    (building them all takes longer than the starting window needs to appear)."""
    parser = Parser(prog="assess", description="Assess national implementation of the Trafficking in Persons Protocol.")
    parser.add_argument(
        "--db", metavar="PATH|URL", type=database_argument, help=f"database file or URL (default: {default_database()})"
    )
    languages = ", ".join(LANGUAGES)
    parser.add_argument("--lang", metavar="CODE", type=language, default=None, help=f"language for texts: {languages}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    demo = commands.add_parser("demo", help="open the app on a fresh throwaway copy of the demo assessment")
    demo.add_argument("--present", action="store_true", help="start in presentation mode (large type, high contrast)")
    demo.add_argument(
        "--lang", metavar="CODE", type=language, default=argparse.SUPPRESS, help=f"language of the window: {languages}"
    )
    if window_only:
        return parser

    fr = commands.add_parser("framework", help="list, show, validate or import checklist frameworks")
    fw_commands = fr.add_subparsers(dest="framework_command", metavar="ACTION", required=True, parser_class=Parser)
    fl = fw_commands.add_parser("list", help="frameworks in the database")
    fl.add_argument("--json", action="store_true")
    fs = fw_commands.add_parser("show", help="the items of a framework (the built-in one by default)")
    fs.add_argument("name", nargs="?", help="framework id, optionally id@version")
    fs.add_argument("--json", action="store_true")
    fv = fw_commands.add_parser("validate", help="check a framework file without importing it")
    fv.add_argument("file")
    fi = fw_commands.add_parser("import", help="add a framework file to the database")
    fi.add_argument("file")

    new = commands.add_parser("new", help="create an assessment; prints its id")
    new.add_argument("--country", required=True, help="country or entity")
    new.add_argument("--title", required=True)
    new.add_argument("--period", default="", help='for example "Baseline 2026"')
    new.add_argument("--framework", help="framework id, optionally id@version (default: the built-in framework)")
    new.add_argument("--from", dest="previous", metavar="ASSESSMENT", help="start a new round from this assessment")

    ls = commands.add_parser("list", help="assessments in the database")
    ls.add_argument("--json", action="store_true")

    show = commands.add_parser("show", help="every item with its response, evidence and scores")
    show.add_argument("assessment")
    show.add_argument("--json", action="store_true")

    score = commands.add_parser("score", help="score an item, mark it N/A, or change its notes")
    score.add_argument("assessment")
    score.add_argument("item", help="item code, e.g. PROS-1.i or WG-11.b")
    for field, how in SCORE_OPTIONS:
        score.add_argument(field.option, dest=field.name, **how)

    ev = commands.add_parser("evidence", help="add, list, remove or save evidence")
    ev_commands = ev.add_subparsers(dest="evidence_command", metavar="ACTION", required=True, parser_class=Parser)
    ea = ev_commands.add_parser("add", help="attach a file, a link (http...) or a legal citation (--citation)")
    ea.add_argument("assessment")
    ea.add_argument("item")
    ea.add_argument("source", metavar="FILE|URL|CITATION")
    ea.add_argument("--citation", action="store_true", help="SOURCE is the text of a legal citation")
    ea.add_argument("--description", default="")
    ea.add_argument("--sensitive", action="store_true")
    el = ev_commands.add_parser("list", help="evidence of an assessment or one item")
    el.add_argument("assessment")
    el.add_argument("item", nargs="?")
    el.add_argument("--json", action="store_true")
    er = ev_commands.add_parser("remove", help="remove one piece of evidence by its id")
    er.add_argument("evidence_id", type=int)
    es = ev_commands.add_parser("save", help="save an evidence file to a path")
    es.add_argument("evidence_id", type=int)
    es.add_argument("out")

    gaps = commands.add_parser("gaps", help="items below target, by priority and size")
    gaps.add_argument("assessment")
    gaps.add_argument("--pillar", action="append", default=[], help="only this pillar (repeatable)")
    gaps.add_argument("--priority", action="append", default=[], choices=PRIORITY_CHOICES)
    gaps.add_argument("--responsible", metavar="INSTITUTION")
    gaps.add_argument("--json", action="store_true")

    summary = commands.add_parser("summary", help="completion and scores per pillar and overall")
    summary.add_argument("assessment")
    summary.add_argument("--json", action="store_true")

    mark = commands.add_parser(
        "mark", help="approve an assessment as final (read-only), or take it back to draft", allow_abbrev=False
    )
    mark.add_argument("assessment")
    mark.add_argument("status", choices=list(AssessmentStatus))
    mark.add_argument("--approved-by", metavar="NAME", help="final: who approved it (required)")
    mark.add_argument("--role", metavar="TEXT", default="", help="final: in which capacity, e.g. Chair")
    mark.add_argument("--body", metavar="TEXT", default="", help="final: the body approving it, e.g. the task force")
    mark.add_argument("--date", metavar="YYYY-MM-DD", help="final: the date of the approval (default: today)")
    mark.add_argument("--force", action="store_true", help="final: approve although items or findings are missing")
    mark.add_argument("--reason", metavar="TEXT", default="", help="draft: why it goes back to draft (required)")

    target = commands.add_parser(
        "target", help="set the target level of the assessment, of pillars (branches) or of items"
    )
    target.add_argument("assessment")
    target.add_argument("level", metavar="LEVEL", help='a level on the scale, or "default" to remove an override')
    target.add_argument(
        "--pillar", nargs="+", action="extend", default=[], metavar="CODE", help="pillars or branches (repeatable)"
    )
    target.add_argument("--item", nargs="+", action="extend", default=[], metavar="CODE", help="items (repeatable)")
    target.add_argument("--reason", metavar="TEXT", help="why (required for a new override)")

    finding = commands.add_parser("finding", help="write a key finding: overall, or for a pillar (empty text removes)")
    finding.add_argument("assessment")
    finding.add_argument("--pillar", metavar="CODE", default="", help="the pillar, e.g. PROS or WG (default: overall)")
    finding.add_argument("--text", required=True, help="the finding in words (empty: remove it)")

    method = commands.add_parser(
        "methodology", help="record how the assessment was made (for the report); without options, show it"
    )
    method.add_argument("assessment")
    method.add_argument("--participant", action="append", metavar="TEXT", help="institution or person (repeat)")
    method.add_argument(
        "--meeting", action="append", metavar="'YYYY-MM-DD NAME'", help="a meeting or workshop held (repeat)"
    )
    method.add_argument("--source", action="append", metavar="TEXT", help="a source consulted (repeat)")
    method.add_argument("--agreement", metavar="TEXT", help="how the scores were agreed")
    method.add_argument("--json", action="store_true")

    hist = commands.add_parser("history", help="who changed what and when")
    hist.add_argument("assessment")
    hist.add_argument("item", nargs="?")
    hist.add_argument("--json", action="store_true")

    report = commands.add_parser("report", help="write the gap report (PDF), the action plan or all responses")
    report.add_argument("assessment")
    report.add_argument("--out", required=True, metavar="FILE", help="file to write, e.g. report.pdf")
    report.add_argument("--format", choices=("pdf", "docx", "xlsx", "csv", "json"), help="default: from --out")
    report.add_argument("--compare", metavar="PREVIOUS", help="add a progress report against this earlier round")
    report.add_argument("--paper", choices=("a4", "letter"), default="a4")
    report.add_argument("--include-sensitive", action="store_true", help="also list evidence marked sensitive")
    report.add_argument(  # also after the command: `assess report 1 --out r.pdf --lang fr`
        "--lang", metavar="CODE", type=language, default=argparse.SUPPRESS, help=f"language of the report: {languages}"
    )
    add_exchange_commands(commands)
    cli_server.add_parser(commands, Parser)
    return parser


def utf8_stdout() -> None:
    """Write UTF-8 whatever the locale: redirected output on Windows would otherwise be in the ANSI code page,
    which cannot hold Cyrillic or Arabic texts, and the command would fail halfway through its output."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and (stream.encoding or "").lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")


def opens_window(words: Sequence[str]) -> bool:
    """The command line plainly opens the window: after ``--db`` and ``--lang`` (spelt out in full), no command or
    ``demo``, and no ``-h``. Anything else, right or wrong, is left to the whole parser."""
    rest = list(words)
    while rest and (rest[0] in ("--db", "--lang") or rest[0].startswith(("--db=", "--lang="))):
        del rest[: 1 if "=" in rest[0] else 2]
    if any(word in ("-h", "--help") for word in rest):
        return False
    return not rest or rest[0] == "demo"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (or the window); every file it writes is its user's alone (assess.paths.private_files)."""
    with private_files():
        return run_main(argv)


def run_main(argv: Sequence[str] | None) -> int:
    utf8_stdout()
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(window_only=opens_window(words)).parse_args(words)
    except SystemExit as exc:  # --help, or a command line that cannot be parsed (already said on stderr)
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else EXIT_USAGE
    try:
        if args.command is None:
            return open_window(args.db, args.lang)  # None: the language chosen in the window, else the system's
        if args.command == "demo":
            return open_demo(args.lang, args.present)
        from assess.cli.commands import run_command

        return run_command(args)
    except KeyboardInterrupt:
        print("assess: interrupted; nothing further was changed", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        from assess.messages import UserMessage

        if isinstance(exc, UserMessage):  # bad input or a refusal: what to do about it, in one line
            details = getattr(exc, "details", "")
            if details:
                print(visible(details))
            print(f"assess: {one_line(exc)}", file=sys.stderr)
            return EXIT_REFUSED
        from assess.logs import log_unexpected

        where = log_unexpected(exc)
        print(f"assess: unexpected error ({type(exc).__name__}); details were written to {where}", file=sys.stderr)
        return EXIT_BUG


def open_window(db: str | None, lang: str | None, demo: bool = False, present: bool = False) -> int:
    try:
        from assess.ui.display import display_problem
        from assess.ui.launch import run_app
    except ImportError as exc:
        from assess.errors import AssessError

        raise AssessError(
            "The desktop window cannot start: {problem}. Reinstall Assess (see README).", problem=str(exc)
        ) from None
    problem = display_problem()  # before Qt is asked: it would abort the process with a misleading message
    if problem is not None:
        print(f"assess: {problem}", file=sys.stderr)
        return EXIT_REFUSED
    return run_app(db=db, lang=lang, demo=demo, present=present)


def open_demo(lang: str | None, present: bool) -> int:
    """The window on a fresh throwaway copy of the demo, made once the window is on screen."""
    return open_window(None, lang, demo=True, present=present)


def add_exchange_commands(commands: Any) -> None:
    """Exchange packages (export, import with merge) and backups."""
    # no abbreviations: "--password x" must not pass for "--password-file x" (a password never goes on a command line)
    ex = commands.add_parser(
        "export",
        help="write an exchange package, or a workbook for an institution without Assess: the assessment or a part",
        allow_abbrev=False,
    )
    ex.add_argument("assessment")
    ex.add_argument("--out", required=True, metavar="FILE", help="the package (.assess) or workbook (.xlsx) to write")
    ex.add_argument(
        "--format", choices=("assess", "xlsx"), help="a package (assess) or a workbook (xlsx); default: from --out"
    )
    ex.add_argument(  # also after the command: `assess export 2 --out part.xlsx --lang fr`
        "--lang", metavar="CODE", default=argparse.SUPPRESS, help="language of a workbook: en, fr, es, ru, ar or zh"
    )
    ex.add_argument("--pillar", nargs="+", action="extend", default=[], metavar="P", help="only these pillars")
    ex.add_argument("--items", nargs="+", action="extend", default=[], metavar="CODE", help="only these items")
    ex.add_argument("--responsible", metavar="NAME", help="only the items of this institution, addressed to it")
    ex.add_argument("--password-file", metavar="F", help="protect with the password on the first line of F")
    ex.add_argument("--scrub", action="store_true", help="leave out names of people and sensitive evidence")
    ex.add_argument(
        "--include-sensitive",
        action="store_true",
        help="include evidence marked sensitive although the package has no password (it is left out otherwise)",
    )
    im = commands.add_parser(
        "import",
        help="import a package as a new assessment, or merge a package or workbook into one (--into)",
        allow_abbrev=False,
    )
    im.add_argument("file", help="a package (.assess) or a workbook (.xlsx) that came back")
    im.add_argument("--into", metavar="ASSESSMENT", help="merge into this assessment (the one the part came from)")
    im.add_argument("--password-file", metavar="F", help="the password is on the first line of F")
    im.add_argument("--take", choices=("mine", "theirs"), help="settle every conflict this way")
    bk = commands.add_parser("backup", help="a consistent copy of the database, even while it is in use")
    bk.add_argument("--out", required=True, metavar="FILE")
    rs = commands.add_parser("restore", help="put a backup in place of the database (a copy of it is kept)")
    rs.add_argument("file")


if __name__ == "__main__":
    raise SystemExit(main())
