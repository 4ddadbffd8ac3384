"""A synthetic framework of any size, built on the built-in framework's header, for load tests and benchmarks."""

from __future__ import annotations

import json
from typing import Any

from framework.loader import builtin_path


def synthetic_document(
    pillars: int = 5, measures: int = 20, subs: int = 20, indicators: int = 200, categories: int = 20
) -> dict[str, Any]:
    """The built-in framework's header with pillars x measures x subs sub-measures (5 x 20 x 20 = 2,000), and
    ``indicators`` operational indicators broken down by one dimension of ``categories`` categories.

    For load tests and benchmarks: with the defaults, 2,100 assessable items of realistic text length, and 200
    indicators each informing ten sub-measures (every sub-measure has one).
    """
    document: dict[str, Any] = json.loads(builtin_path().read_text("utf-8"))
    document["id"], document["version"], document["crosswalk"] = "synthetic-2000", "1", []
    document["indicators"] = []  # the built-in's indicators inform its own item codes, which are replaced below
    source = {"document": "sg-background-paper-2009", "annex": "III"}
    document["items"] = [
        {
            "code": f"P{p}",
            "kind": "pillar",
            "title": {"en": f"Pillar {p}"},
            "text": {"en": f"Problem statement of pillar {p}."},
            "source": source,
            "children": [
                {
                    "code": f"P{p}-{m}",
                    "kind": "measure",
                    "text": {"en": f"Measure {m} of pillar {p}: " + "establish and resource the measure " * 4},
                    "source": source,
                    "children": [
                        {
                            "code": f"P{p}-{m}.{s}",
                            "kind": "sub-measure",
                            "text": {"en": f"Sub-measure {s}: " + "ensure that the institution applies it " * 5},
                            "source": source,
                        }
                        for s in range(1, subs + 1)
                    ],
                }
                for m in range(1, measures + 1)
            ],
        }
        for p in range(1, pillars + 1)
    ]
    document["disaggregations"] = [
        {
            "id": "region",
            "label": {"en": "region"},
            "provenance": "suggestion",
            "categories": [
                {"id": f"r{c}", "label": {"en": f"Region {c}"}, "provenance": "suggestion"}
                for c in range(1, categories + 1)
            ],
        }
    ]
    subs_codes = [
        f"P{p}-{m}.{s}" for p in range(1, pillars + 1) for m in range(1, measures + 1) for s in range(1, subs + 1)
    ]
    per = max(len(subs_codes) // max(indicators, 1), 1)
    document["indicators"] = [
        {
            "code": f"IND-{n}",
            "name": {"en": f"Indicator {n}: persons assisted under the measure"},
            "definition": {"en": "Number of persons assisted during the period, each counted once."},
            "unit": "count",
            "disaggregations": [{"dimension": "region"}],
            "measures": subs_codes[n * per : (n + 1) * per],
            "provenance": "suggestion",
        }
        for n in range(indicators)
    ]
    return document
