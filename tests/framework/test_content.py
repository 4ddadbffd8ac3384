"""Content of the built-in framework: the tree, the codes, the tags, and the verbatim text at its place.

The fidelity tests compare every text and title with the source, the seed text of the Secretary-General's
background paper of 5 May 2009 (Annex II, Working Group recommendations, and Annex III, Framework for Action),
word for word and place by place: each item's text must stand where its source (section and number) says.
They read the copy of the seed text kept in tests/framework/sources/ (tests/framework/seed.py).
The cross-walk is checked in test_crosswalk.py, the starter indicators in test_starter_indicators.py.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

import pytest

import framework
from framework import Framework, Item, TextField
from framework.loader import load_document
from tests.framework.seed import annexes, find, in_seed

# ---------------------------------------------------------------------------------------------- expected tree

PILLARS = {"PROS": 5, "PROT": 7, "PREV": 5, "NAT": 3, "INT": 8}
PILLAR_TITLES = {
    "PROS": "Prosecution",
    "PROT": "Protection",
    "PREV": "Prevention",
    "NAT": "National cooperation and coordination",
    "INT": "International cooperation and coordination",
}
ROMAN = ["i", "ii", "iii", "iv", "v"]
MEASURES = [f"{pillar}-{n}" for pillar, count in PILLARS.items() for n in range(1, count + 1)]
SUB_MEASURES = [f"PROS-1.{r}" for r in ROMAN]
WG_SECTIONS = [f"WG-{letter}" for letter in "ABCDEFGHIJKLMNOPQ"]
# The recommendations in each section, and the lettered sub-items of each recommendation.
WG_SECTION_RECOMMENDATIONS = {
    "A": [1], "B": [2, 3], "C": [4, 5], "D": [6], "E": [7], "F": [8, 9], "G": [10], "H": [11], "I": [12], "J": [13],
    "K": [14, 15], "L": [16], "M": [17], "N": [18], "O": [19], "P": [20, 21], "Q": [22, 23],
}  # fmt: skip
WG_SUB_ITEMS = {5: "ab", 7: "abcd", 10: "ab", 11: "ab", 12: "abcdefgh", 16: "ab", 17: "abc", 18: "abc", 19: "abcd",
                23: "abc"}  # fmt: skip
S, SEC, CONF = "states", "secretariat", "conference"
ADDRESSEES = {
    1: "all-states", 2: "non-parties", 3: CONF, 4: SEC, 5: S, 6: SEC, 7: S, 8: S, 9: SEC, 10: S, 11: S, 12: S, 13: S, 14: S, 15: SEC,
    16: S, 17: CONF, 18: SEC, 19: CONF, 20: CONF, 21: SEC, 22: SEC, 23: S,
}  # fmt: skip
ASSESSABLE_WG = {
    "WG-1", "WG-2", "WG-5.a", "WG-5.b", "WG-7.a", "WG-7.b", "WG-7.c", "WG-7.d", "WG-8", "WG-10.a", "WG-10.b",
    "WG-11.a", "WG-11.b", "WG-12.a", "WG-12.b", "WG-12.c", "WG-12.d", "WG-12.e", "WG-12.f", "WG-12.g", "WG-12.h",
    "WG-13", "WG-14", "WG-16.a", "WG-16.b", "WG-23.a", "WG-23.b", "WG-23.c",
}  # fmt: skip
PRINCIPLES = [
    "Human rights-based approach",
    "Principle of non-discrimination",
    "Gender perspective",
    "Child-Rights approach and child participation",
    "The UN Trafficking Protocol and other international instruments",
    "Comprehensive international approach",
    "Inter-disciplinary, coordinated, integrated approach",
    "Evidence-based approach",
    "Sustainability",
]
CHALLENGES = ["Knowledge and research", "Capacity-building and development", "Monitoring and evaluation",
              "Allocation of resources"]  # fmt: skip
CONTEXT_CODES = [f"GP-{n}" for n in range(1, 10)] + [f"CC-{n}" for n in range(1, 5)]
# Whom each addressee is, in the words the recommendations use for it: the label follows the text.
ADDRESSED_AS = {
    "states": "States parties should",
    "all-states": "recommended that States adopt",
    "non-parties": "States that have not yet done so should",
    "secretariat": "Secretariat should",
    "conference": "Conference should",
}
ADDRESSEE_LABELS = {
    "states": "States parties",
    "all-states": "States",
    "non-parties": "States not yet parties",
    "secretariat": "The Secretariat",
    "conference": "The Conference",
}

CODE_SCHEME = re.compile(
    r"^(?:"
    r"(?:PROS|PROT|PREV|NAT|INT)(?:-[1-9]\d*(?:\.(?:i|ii|iii|iv|v))?)?"
    r"|WG(?:-[A-Q]|-[1-9]\d*(?:\.[a-h])?)?"
    r"|(?:GP|CC)(?:-[1-9])?"
    r")$"
)


@pytest.fixture(scope="module")
def fw() -> Framework:
    return framework.load_builtin()


def codes_of(fw: Framework, kind: str) -> list[str]:
    return [item.code for item in fw.items if item.kind == kind]


def in_wg(fw: Framework, code: str) -> bool:
    return fw.root_of(code).code == "WG"


# ---------------------------------------------------------------------------------------------- counts and shape


def test_pillars(fw: Framework) -> None:
    assert codes_of(fw, "pillar") == list(PILLARS)
    assert [item.code for item in fw.roots()] == [*PILLARS, "WG", "GP", "CC"]
    for code, title in PILLAR_TITLES.items():
        item = fw.item(code)
        assert item.title["en"] == title
        assert item.text["en"].endswith("the following measures are required:")
        assert not item.assessable


def test_measures(fw: Framework) -> None:
    assert codes_of(fw, "measure") == MEASURES
    assert len(MEASURES) == 28
    for pillar, count in PILLARS.items():
        assert fw.item(pillar).children == tuple(f"{pillar}-{n}" for n in range(1, count + 1))
    for letter, pillar in zip("abcde", PILLARS, strict=True):
        assert fw.item(pillar).source.section == f"IV.B.{letter}"
        for n in range(1, PILLARS[pillar] + 1):
            source = fw.item(f"{pillar}-{n}").source
            assert (source.annex, source.section, source.number) == ("III", f"IV.B.{letter}", f"measure {n}")


def test_sub_measures(fw: Framework) -> None:
    assert codes_of(fw, "sub-measure") == SUB_MEASURES
    assert fw.item("PROS-1").children == tuple(SUB_MEASURES)
    for roman in ROMAN:
        item = fw.item(f"PROS-1.{roman}")
        assert item.parent == "PROS-1"
        assert item.source.number == f"measure 1 ({roman})"
        assert not re.match(r"^[ivx]+\.", item.text["en"])


def test_working_group_sections(fw: Framework) -> None:
    assert codes_of(fw, "section") == WG_SECTIONS
    assert fw.item("WG").children == tuple(WG_SECTIONS)
    assert fw.item("WG").source.annex == "II"
    assert fw.item("WG-A").title["en"] == "General recommendation"
    assert fw.item("WG-H").title["en"] == "Non-punishment and non-prosecution of trafficked persons"
    for letter, numbers in WG_SECTION_RECOMMENDATIONS.items():
        section = fw.item(f"WG-{letter}")
        assert (section.source.annex, section.source.section) == ("II", letter)
        assert section.children == tuple(f"WG-{n}" for n in numbers)


def test_working_group_recommendations(fw: Framework) -> None:
    assert codes_of(fw, "recommendation") == [f"WG-{n}" for n in range(1, 24)]
    expected_subs = [f"WG-{n}.{letter}" for n, letters in WG_SUB_ITEMS.items() for letter in letters]
    assert codes_of(fw, "sub-recommendation") == expected_subs
    for letter, numbers in WG_SECTION_RECOMMENDATIONS.items():
        for n in numbers:
            item = fw.item(f"WG-{n}")
            assert (item.source.annex, item.source.section, item.source.number) == ("II", letter, f"recommendation {n}")
            assert not re.match(r"^\d+\.", item.text["en"])
            subs = WG_SUB_ITEMS.get(n, "")
            assert item.children == tuple(f"WG-{n}.{s}" for s in subs)
            for s in subs:
                sub = fw.item(f"WG-{n}.{s}")
                assert sub.source.number == f"recommendation {n} ({s})"
                assert sub.source.section == letter
                assert not re.match(r"^\([a-h]\)", sub.text["en"])


def test_addressee_labels_follow_the_text(fw: Framework) -> None:
    assert {code: label["en"] for code, label in fw.addressees.items()} == ADDRESSEE_LABELS
    for item in fw.items:
        if item.kind == "recommendation":
            assert item.addressee is not None
            assert ADDRESSED_AS[item.addressee] in item.text["en"], item.code
    assert all(set(label) == {"en", "fr", "es", "ru", "ar", "zh"} for label in fw.addressees.values())


def test_addressees(fw: Framework) -> None:
    assert sorted(ADDRESSEES) == list(range(1, 24))
    for n, addressee in ADDRESSEES.items():
        item = fw.item(f"WG-{n}")
        assert item.addressee == addressee, item.code
        for child in item.children:
            assert fw.item(child).addressee == addressee, child
    for item in fw.items:
        if item.kind in ("recommendation", "sub-recommendation"):
            assert item.addressee is not None, item.code
        else:
            assert item.addressee is None, item.code


def raw_nodes(nodes: Any) -> Iterator[dict[str, Any]]:
    for node in nodes:
        yield node
        yield from raw_nodes(node.get("children", []))


def test_assessable_flags_in_the_file(fw: Framework) -> None:
    """A recommendation with sub-items is not assessable itself; others take it from their addressee."""
    for node in raw_nodes(fw.raw["items"]):
        if node["kind"] == "recommendation" and node.get("children"):
            assert node.get("assessable") is False, node["code"]
        else:
            assert "assessable" not in node, node["code"]


def test_assessable_working_group_items(fw: Framework) -> None:
    assessable = {item.code for item in fw.assessable() if in_wg(fw, item.code)}
    assert assessable == ASSESSABLE_WG
    assert len(ASSESSABLE_WG) == 28


def test_assessable_overall(fw: Framework) -> None:
    assessable = [item.code for item in fw.assessable()]
    assert len(assessable) == len(set(assessable)) == 28 + 5 + 28
    assert set(assessable) == set(MEASURES) | set(SUB_MEASURES) | ASSESSABLE_WG


def test_principles_and_challenges(fw: Framework) -> None:
    assert codes_of(fw, "principle") == [f"GP-{n}" for n in range(1, 10)]
    assert fw.item("GP").children == tuple(f"GP-{n}" for n in range(1, 10))
    assert [fw.item(f"GP-{n}").title["en"] for n in range(1, 10)] == PRINCIPLES
    assert codes_of(fw, "challenge") == [f"CC-{n}" for n in range(1, 5)]
    assert fw.item("CC").children == tuple(f"CC-{n}" for n in range(1, 5))
    assert [fw.item(f"CC-{n}").title["en"] for n in range(1, 5)] == CHALLENGES
    assert fw.item("GP").source.section == "IV.A"
    assert all(fw.item(f"GP-{n}").source.section == "IV.A" for n in range(1, 10))
    assert fw.item("CC").source.section == "III"
    assert [fw.item(f"CC-{n}").source.section for n in range(1, 5)] == ["III.1", "III.2", "III.3", "III"]


def test_allocation_of_resources_is_said_once(fw: Framework) -> None:
    """Section III names allocation of resources in its introduction, with no heading of its own: the
    introduction (CC) quotes it, and CC-4 is an editorial heading over it without a text of its own."""
    cc4 = fw.item("CC-4")
    assert cc4.text == {} and cc4.editorial == {TextField.TITLE}
    introduction = fw.item("CC").text["en"].split("\n\n")
    assert sum("allocation of resources" in paragraph for paragraph in introduction) == 2
    # A second quotation of those paragraphs would stand at no place of its own: test_every_text_is_at_its_own_place.


def test_every_item_has_a_source(fw: Framework) -> None:
    for item in fw.items:
        assert item.source.document == "sg-background-paper-2009", item.code
        assert item.source.annex == ("II" if in_wg(fw, item.code) else "III"), item.code


def test_scored_items_have_text(fw: Framework) -> None:
    for item in fw.items:
        if item.kind in ("measure", "sub-measure", "recommendation", "sub-recommendation"):
            assert item.text.get("en", "").strip(), item.code


# ---------------------------------------------------------------------------------------------- codes


def test_code_scheme(fw: Framework) -> None:
    bad = [item.code for item in fw.items if not CODE_SCHEME.match(item.code)]
    assert bad == []
    assert len(fw.items) == 5 + 28 + 5 + 1 + 17 + 23 + sum(len(s) for s in WG_SUB_ITEMS.values()) + 1 + 9 + 1 + 4


def test_codes_cited_in_the_issue_exist(fw: Framework) -> None:
    cited = [*PILLARS, *MEASURES, *SUB_MEASURES, "WG", *WG_SECTIONS]
    cited += [f"WG-{n}" for n in range(1, 24)]
    cited += [f"WG-{n}.{letter}" for n, letters in WG_SUB_ITEMS.items() for letter in letters]
    cited += ["GP", "CC", *CONTEXT_CODES]
    missing = [code for code in cited if not fw.has(code)]
    assert missing == []
    for code in ("PROS-1", "PROS-1.i", "PROS-5", "PROT-7", "PREV-5", "NAT-3", "INT-8", "WG-1", "WG-5.a", "WG-5.b",
                 "WG-23.c"):  # fmt: skip
        assert fw.has(code), code


# ---------------------------------------------------------------------------------------------- tags


def test_every_principle_and_challenge_is_used(fw: Framework) -> None:
    used = {tag for item in fw.items if item.kind in ("measure", "sub-measure") for tag in item.tags}
    assert set(CONTEXT_CODES) <= used


def test_tags_name_principles_or_challenges(fw: Framework) -> None:
    for item in fw.items:
        assert set(item.tags) <= set(CONTEXT_CODES), item.code
        if item.kind in ("measure", "sub-measure"):
            assert item.tags, item.code


# ---------------------------------------------------------------------------------------------- verbatim text


@pytest.fixture(scope="module")
def seed() -> str:
    return annexes()


def item_passages(item: Item) -> Iterator[tuple[str, str]]:
    """(where, passage) for the English title, unless editorial, then each paragraph of the English text."""
    if "en" in item.title and TextField.TITLE not in item.editorial:
        yield "title", item.title["en"]
    if "en" in item.text and TextField.TEXT not in item.editorial:
        for i, paragraph in enumerate(item.text["en"].split("\n\n")):
            yield f"text paragraph {i + 1}", paragraph


def passages(fw: Framework) -> Iterator[tuple[str, str, str]]:
    """(code, where, passage) for every quoted title and paragraph of the framework."""
    for item in fw.items:
        for where, passage in item_passages(item):
            yield item.code, where, passage


def unverified(fw: Framework, seed: str) -> list[str]:
    """Every title or paragraph that is not, word for word, in the seed."""
    problems = []
    for code, where, passage in passages(fw):
        if passage != passage.strip() or re.search(r"\s{2,}|[\n\t]", passage):
            problems.append(f"{code} {where}: stray whitespace")
        elif not in_seed(passage, seed):
            problems.append(f"{code} {where}: not in the seed: {passage[:80]!r}")
    return problems


def test_normalised_seed(seed: str) -> None:
    # Footnote references and bodies are gone, page breaks are joined, hyphenated line ends are joined.
    assert not re.search(r"[A-Za-z.,;:](?:12[7-9]|13\d|14[0-6])\b", seed)
    assert "and asylum-seekers." in seed
    assert "implementation of the Convention. At its first session" in seed
    assert "without reliance on the testimony of victims, and establish" in seed
    assert "during the judicial process. 5. Address corruption" in seed
    assert "international human rights law, international labour standards" in seed
    assert "adapt, take course-corrective actions" in seed
    assert "prioritizing the rights of victims: i. Ensure that" in seed
    assert "the rights of victims and witnesses" in seed
    assert "principles of non-discrimination." in seed and "non- discrimination" not in seed
    for footnote in ("Directorate General Freedom", "UNICEF Guidelines on the Protection", "Dottridge", "Corr.1",
                     "The corresponding information should not only be collected"):  # fmt: skip
        assert footnote not in seed, footnote
    assert "  " not in seed


def test_every_text_is_verbatim(fw: Framework, seed: str) -> None:
    assert unverified(fw, seed) == []


def test_editorial_marks(fw: Framework, seed: str) -> None:
    """Only the titles the seed does not have are editorial, and they are indeed not in it."""
    marked = {item.code: item.editorial for item in fw.items if item.editorial}
    assert marked == {"WG": {TextField.TITLE}, "CC-4": {TextField.TITLE}}
    for code in marked:
        assert not in_seed(fw.item(code).title["en"], seed), code
    # The annex heading is a long sentence ("Recommendations adopted by the meeting of ..."): WG's text.
    assert fw.item("WG").title["en"] == "Recommendations of the Working Group on Trafficking in Persons"
    assert fw.item("CC-4").title["en"] == "Allocation of resources"


def test_every_word_is_checked(fw: Framework, seed: str) -> None:
    """Changing any single word of any paragraph of any text makes the check fail."""
    checked = 0
    for item in fw.items:
        for paragraph in item.text["en"].split("\n\n") if "en" in item.text else []:
            words = paragraph.split(" ")
            for i, word in enumerate(words):
                core = re.search(r"\w+", word)
                if core is None:
                    continue
                # Another word, or the same word in another case, keeping the punctuation around it.
                for other in ("persons" if core[0] != "persons" else "victims", core[0].swapcase()):
                    if other == core[0]:
                        continue
                    changed = word[: core.start()] + other + word[core.end() :]
                    mutated = " ".join([*words[:i], changed, *words[i + 1 :]])
                    assert not in_seed(mutated, seed), (item.code, i, mutated)
                    checked += 1
    assert checked > 5000


def find_node(document: dict[str, Any], code: str) -> dict[str, Any]:
    for node in raw_nodes(document["items"]):
        if node["code"] == code:
            return node
    raise KeyError(code)


@pytest.mark.parametrize(
    ("code", "field", "old", "new"),
    [
        ("PROS-1.v", "text", "punishment", "prosecution"),
        ("WG-11.b", "text", "not punishing", "not penalizing"),
        ("PROT-5", "text", "as a result for being trafficked", "as a result of being trafficked"),  # seed's grammar
        ("PROT-3", "text", "legislation measures", "legislative measures"),  # seed's grammar
        ("CC-3", "text", "programme of work", "programme of action"),  # second of five paragraphs
        ("GP-5", "title", "international instruments", "international standards"),
        ("WG-H", "title", "non-prosecution", "non-detention"),
        ("NAT", "text", "the following measures are required:", "the following measures are needed:"),
        ("WG-23.c", "text", "countries of origin", "States of origin"),
    ],
)
def test_fidelity_check_catches_a_changed_word(
    fw: Framework, seed: str, code: str, field: str, old: str, new: str
) -> None:
    document = copy.deepcopy(dict(fw.raw))
    node = find_node(document, code)
    assert node[field]["en"].count(old) == 1
    node[field]["en"] = node[field]["en"].replace(old, new)
    mutated = load_document(document, "mutated")
    problems = unverified(mutated, seed)
    assert len(problems) == 1
    assert problems[0].startswith(f"{code} {field}")


def test_fidelity_check_catches_a_footnote_number_left_in(fw: Framework, seed: str) -> None:
    document = copy.deepcopy(dict(fw.raw))
    node = find_node(document, "GP-1")
    node["text"]["en"] = node["text"]["en"].replace("asylum-seekers.", "asylum-seekers136.")
    problems = unverified(load_document(document, "mutated"), seed)
    assert [p.split(":")[0] for p in problems] == ["GP-1 text paragraph 1"]


# ---------------------------------------------------------------------------------------------- each text at its place

# The order of the roots in the seed: Annex II, then Annex III sections III, IV.A and IV.B.
SEED_ORDER = ["WG", "CC", "GP", "PROS", "PROT", "PREV", "NAT", "INT"]
# What the seed has just before a root's first quoted passage; text the checklist leaves out may come before it.
ROOT_MARKERS = {"WG": "Annex II", "CC": "III.", "GP": "A)"}
NUMBERED = re.compile(r"(?:measure|recommendation) (\d+)(?: \(([a-z]+)\))?")


def marker(item: Item) -> tuple[str, bool] | None:
    """What the seed has just before the item's first quoted passage, derived from the item's source, and whether
    text the checklist leaves out (an introduction, the sections it does not quote) may come before that; None if
    the source names no place of the item's own."""
    source = item.source
    if item.parent is None and item.kind != "pillar":
        return ROOT_MARKERS[item.code], True
    if item.kind == "pillar":
        return f"{source.section.rsplit('.', 1)[1]}.", True  # IV.B.a: "a. Prosecution"
    if item.kind == "section":
        return f"{source.section}.", False  # "A. General recommendation"
    if item.kind == "challenge":
        subsection = re.fullmatch(r"III\.(\d)", source.section)
        return (f"{subsection[1]}.", False) if subsection else None  # III.1: "1. Knowledge and research"
    if item.kind == "principle":
        return "", False  # "... previous principle. Human rights-based approach: ..."
    numbered = NUMBERED.fullmatch(source.number)
    if numbered is None:
        return None
    number, sub = numbered.groups()
    if sub is None:
        return f"{number}.", False  # "3. Ensure the establishment ..."
    return (f"{sub}." if item.kind == "sub-measure" else f"({sub})"), False  # "iii. Ensure ...", "(a) Criminalize ..."


def misplaced(fw: Framework, seed: str) -> list[str]:
    """Every quoted passage that is not at its own place in the seed.

    The items are read in the seed's order, each passage searched from the end of the one before: an item's first
    passage must follow its marker (its number, its letter) with nothing in between, and its next passages must
    follow on directly (a principle's text after its title and a colon). So every item stands where its source
    says, in order, and two items' texts swapped, or an item given another's number, are caught.
    """
    problems: list[str] = []
    cursor = 0
    for root in SEED_ORDER:
        for item in subtree(fw, root):
            quoted = list(item_passages(item))
            if not quoted:
                continue  # an editorial heading with no text of its own (CC-4)
            place = marker(item)
            if place is None:
                problems.append(f"{item.code}: its source ({item.source.section}, {item.source.number}) names no place")
                continue
            expected, may_skip = place
            for index, (where, passage) in enumerate(quoted):
                start = find(passage, seed, cursor)
                if start is None:
                    problems.append(f"{item.code} {where}: not found after the item before it")
                    break
                gap = seed[cursor:start].strip()
                if index == 0:
                    placed = gap.endswith(expected) if may_skip else gap == expected
                else:
                    placed = gap == (":" if item.kind == "principle" and index == 1 else "")
                    expected = ":" if item.kind == "principle" and index == 1 else "(nothing)"
                if not placed:
                    problems.append(f"{item.code} {where}: preceded by {gap[-40:]!r}, expected {expected!r}")
                cursor = start + len(passage)
    return problems


def subtree(fw: Framework, code: str) -> Iterator[Item]:
    item = fw.item(code)
    yield item
    for child in item.children:
        yield from subtree(fw, child)


def test_every_text_is_at_its_own_place(fw: Framework, seed: str) -> None:
    assert sorted(SEED_ORDER) == sorted(root.code for root in fw.roots())
    assert misplaced(fw, seed) == []


def _swap(document: dict[str, Any], first: str, second: str, field: str) -> None:
    a, b = find_node(document, first), find_node(document, second)
    a[field], b[field] = b[field], a[field]


@pytest.mark.parametrize(
    ("mutate", "codes"),
    [
        pytest.param(lambda d: _swap(d, "PROS-2", "PROS-3", "text"), {"PROS-2", "PROS-3"}, id="two-measures-swapped"),
        pytest.param(lambda d: _swap(d, "WG-12.a", "WG-12.b", "text"), {"WG-12.a", "WG-12.b"}, id="sub-items-swapped"),
        pytest.param(lambda d: _swap(d, "PROT-7", "PREV-1", "text"), {"PROT-7", "PREV-1"}, id="across-pillars"),
        pytest.param(lambda d: _swap(d, "GP-1", "GP-2", "text"), {"GP-1", "GP-2"}, id="principles-swapped"),
        pytest.param(lambda d: _swap(d, "CC-1", "CC-2", "title"), {"CC-1", "CC-2"}, id="challenge-titles-swapped"),
        pytest.param(lambda d: _swap(d, "WG-13", "WG-14", "source"), {"WG-13"}, id="numbers-swapped"),
        pytest.param(
            lambda d: find_node(d, "WG-8")["source"].update(number="recommendation 9"), {"WG-8"}, id="wrong-number"
        ),
        pytest.param(
            lambda d: find_node(d, "CC")["text"].update(en=find_node(d, "CC")["text"]["en"].rsplit("\n\n", 1)[0]),
            {"CC-1"},
            id="a-paragraph-left-out",
        ),
        pytest.param(
            lambda d: find_node(d, "CC-4").update(text={"en": find_node(d, "CC")["text"]["en"].split("\n\n")[2]}),
            {"CC-4"},
            id="a-paragraph-quoted-twice",
        ),
    ],
)
def test_position_check_catches_a_misplaced_text(fw: Framework, seed: str, mutate: Any, codes: set[str]) -> None:
    document = copy.deepcopy(dict(fw.raw))
    mutate(document)
    mutated = load_document(document, "mutated")
    assert unverified(mutated, seed) == [], "every text is still verbatim: only its place is wrong"
    problems = misplaced(mutated, seed)
    assert problems
    assert {problem.split(" ")[0].rstrip(":") for problem in problems} >= codes
