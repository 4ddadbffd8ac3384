"""Wrapped labels in the item header show all their lines whatever width the layout gives them."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from assess.ui.item_header import WrappedLabel


def test_a_wrapped_label_keeps_the_height_its_text_needs(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    label = WrappedLabel()
    label.setWordWrap(True)
    layout.addWidget(label)
    rows = [f'<a href="item:WG-{n}">WG-{n}</a>: both ask for procedures to identify victims.' for n in range(1, 6)]
    label.setText("Linked items (cross-walk):<br>" + "<br>".join(rows))
    for width in (900, 420, 260, 700):
        host.resize(width, 40)
        host.show()
        qtbot.waitExposed(host)
        assert label.height() >= label.heightForWidth(label.width()) > 0
    host.hide()
