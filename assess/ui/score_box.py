"""The two scores on the framework's scale (each level described), or N/A with its required justification.

The box reports each decision as the fields to save at once (``edited``) and the justification as it is
typed (``typed``, saved after a pause like any text); an N/A is only reported once it has its
justification, and until then the box says what is missing. Unticking N/A is always reported: the
editor knows whether there is an N/A to take back.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

import framework as fw
from assess.assessments import AssessmentInfo
from assess.fields import NA_JUSTIFICATION
from assess.scoring import ItemState
from assess.ui import formats
from assess.ui.controls import ChoiceBox
from assess.ui.save_state import SaveStateLabel
from assess.ui.text_limits import limit_line
from framework import pick


class ScoreBox(QGroupBox):
    edited = Signal(dict)  # the fields to save at once
    typed = Signal(dict)  # the fields to save after a pause in typing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scores"), parent)
        self._loading = False
        self._read_only = False
        form = QFormLayout(self)
        self.law = self._combo(self.tr("Score in law and institutions"))
        self.law_hint = _secondary(QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText))
        self.practice = self._combo(self.tr("Score in practice"))
        self.practice_hint = _secondary(QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText))
        self.law_label = QLabel(self.tr("In &law and institutions:"))
        self.law_label.setBuddy(self.law)
        self.practice_label = QLabel(self.tr("In &practice:"))
        self.practice_label.setBuddy(self.practice)
        form.addRow(self.law_label, _stack(self.law, self.law_hint))
        form.addRow(self.practice_label, _stack(self.practice, self.practice_hint))
        self.na = QCheckBox(self.tr("&Not applicable"))
        self.na.setAccessibleName(self.tr("Not applicable"))
        self.na.toggled.connect(self._na_toggled)
        self.na_reason = limit_line(QLineEdit(), NA_JUSTIFICATION.limit)
        self.na_reason.setAccessibleName(self.tr("Why the item does not apply"))
        self.na_reason.setPlaceholderText(self.tr("Why does the item not apply? (required)"))
        self.na_reason.textEdited.connect(self._na_reason_typed)
        self.na_hint = QLabel(self.tr("An item is only N/A with a justification: say why it does not apply."))
        self.na_hint.setObjectName("naHint")
        row = QHBoxLayout()
        row.addWidget(self.na)
        row.addWidget(self.na_reason, 1)
        form.addRow(row)
        form.addRow(self.na_hint)
        self.scale = _secondary(QLabel(wordWrap=True))
        self.scale.setObjectName("scaleLegend")
        self.scale.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.scale)
        self.save_state = SaveStateLabel(self.tr("Save state of the scores"))
        form.insertRow(0, self.save_state)  # first: under the title, the state of the group

    def _combo(self, name: str) -> QComboBox:
        combo = ChoiceBox()
        combo.setAccessibleName(name)
        combo.currentIndexChanged.connect(self._score_chosen)
        return combo

    # --- showing --------------------------------------------------------------------------------------------

    def fill_scale(self, framework: fw.Framework, info: AssessmentInfo, lang: str) -> None:
        """The levels of the assessment's scale in both lists, and the legend describing each."""
        levels: list[tuple[int | None, str, str]] = [(None, self.tr("— not scored —"), "")]
        legend = []
        for value in range(info.scale_min, info.scale_max + 1):
            defined = framework.scale.level(value)
            label = pick(defined.label, lang) if defined else ""
            description = pick(defined.description, lang) if defined else ""
            number = formats.number(value)
            # a dash, not a middle dot: "٢ · ٤" reads as a number in Arabic-Indic digits
            levels.append(
                (
                    value,
                    self.tr("{number} – {label}").format(number=number, label=label) if label else number,
                    description,
                )
            )
            described = self.tr("{label}: {description}").format(label=label, description=description)
            legend.append(f"<b>{html.escape(number)}</b>&nbsp;&nbsp;{html.escape(described)}")
        self._loading = True
        for combo in (self.law, self.practice):
            if [combo.itemText(i) for i in range(combo.count())] != [text for _, text, _ in levels]:
                combo.clear()
                for level, text, tip in levels:
                    combo.addItem(text, level)
                    combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self._loading = False
        # paragraphs in the window's direction (a table would keep its columns left to right in Arabic)
        direction = "rtl" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        title = html.escape(self.tr("The scale:"))
        paragraphs = [title, *legend]
        self.scale.setText("".join(f'<p dir="{direction}" style="margin:0">{line}</p>' for line in paragraphs))
        for dimension, caption in (("law", self.law_label), ("practice", self.practice_label)):
            caption.setToolTip(pick(framework.dimensions.get(dimension), lang))

    def set_values(self, state: ItemState) -> None:
        r = state.response
        self._loading = True
        try:
            for combo, value in ((self.law, r.law), (self.practice, r.practice)):
                index = combo.findData(value) if value is not None else 0
                if index >= 0 and combo.currentIndex() != index:
                    combo.setCurrentIndex(index)
            for dimension, combo, label in (
                ("law", self.law, self.law_label),
                ("practice", self.practice, self.practice_label),
            ):
                combo.setVisible(dimension in state.dimensions)
                label.setVisible(dimension in state.dimensions)
            if self.na.isChecked() != r.not_applicable:
                self.na.setChecked(r.not_applicable)
            if self.na_reason.text() != r.na_justification and (r.not_applicable or not self.na_reason.hasFocus()):
                self.na_reason.setText(r.na_justification)
        finally:
            self._loading = False
        self.update_state()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.update_state()

    def update_state(self) -> None:
        """Enable what can be changed now, and show the descriptions of the chosen levels."""
        for combo, hint in ((self.law, self.law_hint), (self.practice, self.practice_hint)):
            tip = combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) or ""
            hint.setText(tip)
            hint.setVisible(bool(tip) and not combo.isHidden())
        na = self.na.isChecked()
        self.na.setEnabled(not self._read_only)
        self.na_reason.setEnabled(na and not self._read_only)
        for combo in (self.law, self.practice):
            combo.setEnabled(not na and not self._read_only)
        self.na_hint.setVisible(na and not self.na_reason.text().strip())

    # --- deciding -------------------------------------------------------------------------------------------

    def _emit(self, fields: dict[str, Any]) -> None:
        if not self._loading and not self._read_only:
            self.edited.emit(fields)

    def _score_chosen(self) -> None:
        self.update_state()
        self._emit({"law": self.law.currentData(), "practice": self.practice.currentData()})

    def _na_toggled(self, checked: bool) -> None:
        self.update_state()
        if self._loading:
            return
        reason = self.na_reason.text().strip()
        if checked and reason:
            self._emit({"not_applicable": True, "na_justification": reason})
        elif checked:
            self.na_reason.setFocus()
        else:
            self._emit({"not_applicable": False})

    def _na_reason_typed(self, text: str) -> None:
        self.update_state()
        reason = text.strip()
        if not self._loading and not self._read_only and self.na.isChecked() and reason:
            self.typed.emit({"not_applicable": True, "na_justification": reason})


def _secondary(label: QLabel) -> QLabel:
    """Text that explains rather than states: in the palette's secondary colour (at least 4.5:1, see
    :mod:`assess.ui.look`), plain text at the size of the rest."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _stack(*widgets: QWidget) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return box
