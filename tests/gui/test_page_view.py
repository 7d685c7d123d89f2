"""The page view renders what is in view first: opening a 7-page letter renders its first pages, not all."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from reviewdesk.gui.widgets.page_view import PageView

from ..conftest import LETTERS


def test_opening_a_letter_renders_only_the_pages_in_view_then_the_rest_on_scrolling(qtbot):
    view = PageView()
    qtbot.addWidget(view)
    view.resize(500, 600)
    view.show()
    view.set_document((LETTERS / "AL_OTH_78_2021.pdf").read_bytes())
    assert len(view.pages()) == 7
    rendered = [label.page for label in view._labels if label.rendered]
    assert rendered and rendered[0] == 1 and len(rendered) <= 2  # was all 7 at once: page 1 waited behind them
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: view.label_for_page(1).pixmap() is not None and not view.label_for_page(1).pixmap().isNull())
    view.scroll_to(7, 0)
    qtbot.waitUntil(lambda: view.label_for_page(7).rendered)
    QThreadPool.globalInstance().waitForDone(10_000)
