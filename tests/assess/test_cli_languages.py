"""``--lang``: one of the six UN languages, in any usual spelling; anything else is refused, naming the six."""

from __future__ import annotations

import pytest

from assess.cli import main as cli
from assess.vocabulary import LANGUAGES, language_code

SIX = ("en", "fr", "es", "ru", "ar", "zh")


def test_the_six_languages_are_the_un_languages_in_its_order() -> None:
    assert tuple(LANGUAGES) == SIX


@pytest.mark.parametrize(("given", "code"), [("fr", "fr"), ("fr_FR", "fr"), ("FR-ca", "fr"), ("zh_CN", "zh")])
def test_usual_spellings_are_read_as_their_language(given: str, code: str) -> None:
    assert language_code(given) == code
    assert cli.build_parser().parse_args(["--lang", given, "list"]).lang == code


@pytest.mark.parametrize(
    "words",
    [
        ["--lang", "xx"],
        ["--lang", "xx", "list"],
        ["demo", "--lang", "de"],
        ["--lang=klingon", "demo"],
        ["report", "1", "--out", "r.pdf", "--lang", "pt"],
    ],
)
def test_an_unknown_language_is_refused_naming_the_six(words: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(words) == cli.EXIT_USAGE
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and captured.out == ""
    assert "unknown language" in lines[0]
    for code, name in LANGUAGES.items():
        assert f"{code} ({name})" in lines[0]
