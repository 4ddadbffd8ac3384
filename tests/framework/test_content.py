"""Content of the built-in framework: the tree, the codes, the cross-walk and the verbatim text.

The fidelity tests compare every text and title with the source, the seed text of the Secretary-General's
background paper of 5 May 2009 (Annex II, Working Group recommendations, and Annex III, Framework for Action).
They read the copy of the seed text kept in tests/framework/sources/.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import framework
from framework import Framework
from framework.loader import load_document

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
    1: S, 2: S, 3: CONF, 4: SEC, 5: S, 6: SEC, 7: S, 8: S, 9: SEC, 10: S, 11: S, 12: S, 13: S, 14: S, 15: SEC,
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
REQUIRED_LINKS = [
    ("WG-11.b", "PROS-1.v"),
    ("WG-11.b", "PROT-5"),
    ("WG-16.a", "NAT-2"),
    ("WG-16.b", "NAT-2"),
]
# Assessable Working Group items with no Framework measure to link to: allocation of funds for victims is a
# cross-cutting challenge (tagged CC-4) rather than a measure of the Framework.
UNLINKED_WG = {"WG-12.g"}

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
    assert fw.item("CC-4").text["en"].split("\n\n") == [
        "A consistent challenge in the practical implementation of anti-human trafficking activities is allocation "
        "of resources.",
        "In addition to the abovementioned topical challenges, insufficient allocation of resources is a consistent "
        "challenge in the practical implementation of anti-human trafficking activities.",
    ]


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


# ---------------------------------------------------------------------------------------------- cross-walk


def test_required_links(fw: Framework) -> None:
    pairs = {(a, b) for a, b, _ in fw.crosswalk}
    for a, b in REQUIRED_LINKS:
        assert (a, b) in pairs, (a, b)


def test_links_join_working_group_to_framework(fw: Framework) -> None:
    seen = set()
    for a, b, note in fw.crosswalk:
        assert in_wg(fw, a) and fw.item(a).assessable, a
        assert not in_wg(fw, b) and fw.item(b).kind in ("measure", "sub-measure"), b
        assert (a, b) not in seen, (a, b)
        seen.add((a, b))
        text = note.get("en", "")
        assert text and text.endswith(".") and "\n" not in text and len(text) <= 300, (a, b)


def test_every_assessable_working_group_item_is_linked(fw: Framework) -> None:
    linked = {a for a, _, _ in fw.crosswalk}
    assert ASSESSABLE_WG - linked == UNLINKED_WG


def test_links_are_seen_from_both_sides(fw: Framework) -> None:
    for a, b, note in fw.crosswalk:
        assert (b, note) in fw.links(a)
        assert (a, note) in fw.links(b)
    assert "PROS-1.v" in [code for code, _ in fw.links("WG-11.b")]
    assert "WG-11.b" in [code for code, _ in fw.links("PROT-5")]
    assert {"WG-16.a", "WG-16.b"} <= {code for code, _ in fw.links("NAT-2")}


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

SEED = Path(__file__).parent / "sources" / "003_23a8e3783b16fe42.txt"  # a copy of the project seed
SEED_LINES = (1484, 2342)  # Annex II and Annex III, inclusive

FOOTNOTE_BODY = re.compile(r"^1[2-4]\d\s")  # footnotes 127-146 of Annex III, at the foot of a page
PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
# An inline footnote reference: 127-146 glued to the word or punctuation before it ("seekers136.", "process.145");
# a space between the reference and the punctuation after it goes too ("Convention133 ." -> "Convention.").
FOOTNOTE_MARKER = re.compile(r"(?<=[A-Za-z.,;:)])(?:12[7-9]|13\d|14[0-6])(?!\d)(?:\s+(?=[.,;:]))?")

# Titles that are not verbatim in the seed because they were composed for the checklist. Nothing else may be.
COMPOSED_TITLES = {
    # The annex heading is a long sentence ("Recommendations adopted by the meeting of ..."); it is the item's text.
    "WG": "Recommendations of the Working Group on Trafficking in Persons",
    # Section III names allocation of resources as a challenge but has no heading for it.
    "CC-4": "Allocation of resources",
}


def normalise_seed(lines: list[str]) -> str:
    """The seed as one line: footnote bodies and page numbers out, lines joined, footnote references dropped.

    A footnote body starts with its number and runs on until the page's page number or the first line of the
    next page, which the extraction indents by one space (footnote 143 spans a blank line, so a blank line does
    not end it).
    """
    kept: list[str] = []
    in_footnote = False
    for line in lines:
        if PAGE_NUMBER.match(line):
            in_footnote = False
            continue
        if FOOTNOTE_BODY.match(line):
            in_footnote = True
            continue
        if in_footnote:
            if line[:1] in (" ", "\t"):
                in_footnote = False
            else:
                continue
        if line.strip():
            kept.append(line.strip())
    text = ""
    for line in kept:
        if not text or text.endswith("-"):
            text += line
        else:
            text += " " + line
    text = re.sub(r"\s+", " ", text)
    return FOOTNOTE_MARKER.sub("", text)


@pytest.fixture(scope="module")
def seed() -> str:
    lines = SEED.read_text("utf-8").split("\n")
    first, last = SEED_LINES
    return normalise_seed(lines[first - 1 : last])


def in_seed(passage: str, seed: str) -> bool:
    """Whether ``passage`` occurs in the normalised seed, starting and ending on word boundaries."""
    start = seed.find(passage)
    while start != -1:
        end = start + len(passage)
        before = seed[start - 1] if start else " "
        after = seed[end] if end < len(seed) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = seed.find(passage, start + 1)
    return False


def passages(fw: Framework) -> Iterator[tuple[str, str, str]]:
    """(code, where, passage) for every English title and every paragraph of every English text."""
    for item in fw.items:
        title = item.title.get("en")
        if title is not None and COMPOSED_TITLES.get(item.code) != title:
            yield item.code, "title", title
        if "en" in item.text:
            for i, paragraph in enumerate(item.text["en"].split("\n\n")):
                yield item.code, f"text paragraph {i + 1}", paragraph


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
    assert all(COMPOSED_TITLES[code] == fw.item(code).title["en"] for code in COMPOSED_TITLES)


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
