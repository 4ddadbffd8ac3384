"""The demo assessment workshops start with: the fictional Republic of Meridia, in two rounds.

- "Baseline 2024" (period 2024), final;
- "Review 2026" (period 2026), a draft started from the baseline: it improves on many items,
  regresses on a few, opens new gaps and leaves some items unscored (work in progress).

Its content is data, under ``assess/demo/data``: the answers of each round, the institutions, the
evidence and the fictional documents it attaches (read and checked by :mod:`assess.demo.content`).
:mod:`assess.demo.build` enters it through the ordinary services on the demo's working calendar
(:mod:`assess.demo.workdays`), and :mod:`assess.demo.template` hands out copies of a cached build.
"""

from __future__ import annotations

from assess.demo.build import build_demo
from assess.demo.template import demo_database, demo_template, open_demo_copy, template_key, template_path

__all__ = ["build_demo", "demo_database", "demo_template", "open_demo_copy", "template_key", "template_path"]
