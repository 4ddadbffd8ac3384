"""Messages for the user: an English template and its fields, so the window can show them translated."""

from __future__ import annotations

import pytest

from assess.messages import UserMessage, UserText
from framework import FrameworkError


def test_a_text_fills_its_fields_and_a_field_may_be_a_text() -> None:
    inner = UserText("law and institutions")
    text = UserText("The {what} score {value} is off the scale.", what=inner, value=7)
    assert str(text) == "The law and institutions score 7 is off the scale."
    assert text.params["what"] is inner


def test_a_template_without_fields_is_its_text_braces_and_all() -> None:
    assert str(UserText('expected "format": {"a": 1}')) == 'expected "format": {"a": 1}'
    assert str(UserText("{{literal}} and {name}", name="x")) == "{literal} and x"


def test_a_field_that_holds_braces_is_not_read_as_a_template() -> None:
    assert str(UserText("{path} does not exist.", path="/tmp/{x}")) == "/tmp/{x} does not exist."


def test_a_user_message_is_its_english_text_and_keeps_the_parts() -> None:
    error = UserMessage("There is no assessment {number}.", number=42)
    assert str(error) == "There is no assessment 42."
    assert (error.text.template, dict(error.text.params)) == ("There is no assessment {number}.", {"number": 42})
    given = UserText("Nothing to do.")
    assert UserMessage(given).text is given


def test_a_template_missing_a_field_fails_where_it_is_made() -> None:
    with pytest.raises(KeyError):
        UserMessage("There is no assessment {number}.", count=1)


@pytest.mark.parametrize(
    ("location", "params", "expected"),
    [
        ("", {}, "f.json: the file is empty"),
        ("scale.default_target", {}, "f.json, at scale.default_target: the file is empty"),
        ("line {line}, column {column}", {"line": 3, "column": 9}, "f.json, at line 3, column 9: the file is empty"),
    ],
)
def test_a_framework_error_says_where_and_why(location: str, params: dict[str, object], expected: str) -> None:
    error = FrameworkError("f.json", location, "the file is empty", **params)
    assert str(error) == expected
    assert error.file == "f.json" and error.problem == "the file is empty"
