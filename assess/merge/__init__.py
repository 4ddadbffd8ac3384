"""Taking in contributions: merging a package or workbook sent back by an institution, or importing a package as a
new assessment.

The file formats are read by :mod:`exports.exchange.read` (packages) and :mod:`exports.exchange.workbook_read`
(workbooks), which hand over a checked :class:`Contribution`. Then, for the window or the command line:

- :func:`plan_merge` (read only) -> :class:`MergePlan`: what would be taken, kept, added, and
  the conflicts with base, mine and theirs side by side (:meth:`MergePlan.items` per item);
- :func:`apply_merge` with the user's choices -> :class:`MergeResult`;
- :func:`import_new` -> the new assessment's :class:`~assess.assessments.AssessmentInfo`.

Both write on the caller's session: one transaction, all or nothing.
"""

from assess.merge.apply import MergeResult, Side, apply_merge, conflict_summary
from assess.merge.content import ContentMismatch, store_content
from assess.merge.figures import FigureMerge
from assess.merge.model import (
    Contribution,
    FieldMerge,
    Fields,
    Identity,
    IncomingEvidence,
    IncomingFigures,
    IncomingFinding,
    IncomingItem,
    IncomingTargets,
    Medium,
    PeriodFigures,
    Scores,
    Selection,
    describe,
)
from assess.merge.new import import_new
from assess.merge.plan import (
    EvidenceMerge,
    ItemMerge,
    MergePlan,
    compare,
    plan_merge,
    target_identity,
)
from assess.merge.received import Received, identity_json, received_from

__all__ = [
    "ContentMismatch",
    "Contribution",
    "EvidenceMerge",
    "FieldMerge",
    "Fields",
    "FigureMerge",
    "Identity",
    "IncomingEvidence",
    "IncomingFigures",
    "IncomingFinding",
    "IncomingItem",
    "IncomingTargets",
    "ItemMerge",
    "Medium",
    "MergePlan",
    "MergeResult",
    "PeriodFigures",
    "Received",
    "Scores",
    "Selection",
    "Side",
    "apply_merge",
    "compare",
    "conflict_summary",
    "describe",
    "identity_json",
    "import_new",
    "plan_merge",
    "received_from",
    "store_content",
    "target_identity",
]
