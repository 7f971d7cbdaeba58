"""Find text that a user cannot read whole: labels, buttons, headers, tabs, fields, cells, charts.

``offenders(root)`` walks every visible widget under ``root`` and measures each text with the
widget's own QFontMetrics against the room the widget has (its contentsRect, less the style's
margins). A text may be elided only where the tooltip holds the whole of it. A widget cut by its
parent (a layout that overflows, a scroll area that scrolls sideways) is reported too, and so are
tab bars that need scroll arrows. Charts report the texts they drew and the boxes they drew them in
(``drawn_texts``: see coopnet/ui/cost_model/charts.py).

Each offender is one line: ``<class>#<objectName> 'text': what is wrong``, so a failure says
where to look.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding between metrics and layout
MAX_ROWS = 40  # cells checked per item view (the first rows show the pattern)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return html.unescape(text)


def _mnemonic_free(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def _covered_by_tooltip(text: str, tooltip: str) -> bool:
    """The whole text is in the tooltip (so eliding it is fine)."""
    if not tooltip:
        return False
    norm = lambda s: " ".join(_plain(s).split())  # noqa: E731
    return norm(text) and norm(text) in norm(tooltip)


def name_of(w: QWidget) -> str:
    """``QLabel#error_phone``, or ``QLabel in ParamEditor`` when the widget has no name of its own."""
    own = w.objectName()
    if own and not own.startswith("qt_"):
        return f"{type(w).__name__}#{own}"
    parent = w.parentWidget()
    while parent is not None:
        name = parent.objectName()
        if name and not name.startswith("qt_"):
            return f"{type(w).__name__} in #{name}"
        if type(parent).__module__.startswith("coopnet"):
            return f"{type(w).__name__} in {type(parent).__name__}"
        parent = parent.parentWidget()
    return type(w).__name__


def _short(text: str) -> str:
    text = " ".join(_plain(text).split())
    return text if len(text) <= 70 else text[:67] + "…"


class Checker:
    def __init__(self, root: QWidget, screen: QSize | None = None, max_rows: int = MAX_ROWS):
        self.root = root
        self.max_rows = max_rows
        self.screen = screen  # the screen the windows must fit (offscreen Qt's own is tiny)
        self.found: list[str] = []
        self._reported_scrolls: set[int] = set()

    def report(self, w: QWidget, text: str, what: str) -> None:
        line = f"{name_of(w)} '{_short(text)}': {what}"
        if line not in self.found:
            self.found.append(line)

    # -- walking ----------------------------------------------------------------------
    def run(self) -> list[str]:
        widgets = [self.root] + self.root.findChildren(QWidget)
        for w in widgets:
            if not w.isVisible() or w.width() <= 0 or w.height() <= 0:
                continue
            if w is not self.root and not self._visible_in_window(w):
                continue
            self.check(w)
        return self.found

    def _visible_in_window(self, w: QWidget) -> bool:
        """False for a widget scrolled out of sight (it is read by scrolling, not cut)."""
        return not w.visibleRegion().isEmpty()

    def _cut_by_ancestor(self, w: QWidget, text: str) -> None:
        """The widget is wider than what its ancestors show of it (not a scroll: a cut)."""
        rect = QRect(QPoint(0, 0), w.size())
        child = w
        parent = w.parentWidget()
        while parent is not None and not child.isWindow():
            rect = rect.translated(child.pos())
            area = parent.parentWidget()
            if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
                if rect.left() < -SLACK or rect.right() > parent.width() + SLACK:
                    if area.horizontalScrollBar().isVisible() and not isinstance(area, QAbstractItemView):
                        if id(area) not in self._reported_scrolls:
                            self._reported_scrolls.add(id(area))
                            self.report(area, text, "scrolls sideways to show it")
                    elif not area.horizontalScrollBar().isVisible():
                        self.report(w, text, f"cut by the edge of {name_of(area)}")
                return  # inside a scroll area: vertical scrolling is reading, not cutting
            if (
                rect.left() < -SLACK
                or rect.right() > parent.width() + SLACK
                or rect.top() < -SLACK
                or rect.bottom() > parent.height() + SLACK
            ):
                self.report(
                    w,
                    text,
                    f"cut by {name_of(parent)} ({rect.width()}×{rect.height()} "
                    f"at {rect.x()},{rect.y()} in {parent.width()}×{parent.height()})",
                )
                return
            rect = rect.intersected(QRect(QPoint(0, 0), parent.size()))
            child, parent = parent, parent.parentWidget()

    def check(self, w: QWidget) -> None:
        if isinstance(w, QLabel):
            self.label(w)
        elif isinstance(w, QTabBar):
            self.tab_bar(w)
        elif isinstance(w, QAbstractButton):
            self.button(w)
        elif isinstance(w, QLineEdit):
            self.line_edit(w)
        elif isinstance(w, QComboBox):
            self.combo(w)
        elif isinstance(w, QGroupBox):
            self.group_box(w)
        elif isinstance(w, QHeaderView):
            self.header(w)
        elif isinstance(w, QAbstractItemView):
            self.cells(w)
        if hasattr(w, "drawn_texts"):
            self.chart(w)
        if w.isWindow():
            self.window(w)

    # -- widgets --------------------------------------------------------------------------
    def window(self, w: QWidget) -> None:
        screen = self.screen or (w.screen().availableGeometry().size() if w.screen() else None)
        hint = w.minimumSizeHint()
        if screen is not None and (hint.width() > screen.width() or hint.height() > screen.height()):
            self.report(
                w,
                w.windowTitle(),
                f"needs at least {hint.width()}×{hint.height()}, "
                f"more than the screen's {screen.width()}×{screen.height()}",
            )

    def label(self, w: QLabel) -> None:
        text = w.text()
        if not text.strip() or (w.pixmap() is not None and not w.pixmap().isNull()):
            return
        cr = w.contentsRect()
        margin = w.margin()
        avail_w = cr.width() - 2 * margin - max(w.indent(), 0)
        avail_h = cr.height() - 2 * margin
        rich = w.textFormat() == Qt.RichText or (
            w.textFormat() == Qt.AutoText and "<" in text and ">" in text
        )
        if rich:
            doc = QTextDocument()
            doc.setDefaultFont(w.font())
            doc.setDocumentMargin(0)
            doc.setHtml(text)
            if w.wordWrap():
                doc.setTextWidth(max(avail_w, 1))
            need_w, need_h = doc.idealWidth(), doc.size().height()
        else:
            fm = w.fontMetrics()
            flags = Qt.TextShowMnemonic if w.buddy() is not None else 0
            if w.wordWrap():
                box = fm.boundingRect(
                    QRect(0, 0, max(avail_w, 1), 100000), int(Qt.TextWordWrap) | int(flags), text
                )
                need_w, need_h = box.width(), box.height()
            else:
                size = fm.size(int(flags), text)
                need_w, need_h = size.width(), size.height()
        if _covered_by_tooltip(text, w.toolTip()):
            return
        if need_w > avail_w + SLACK:
            self.report(w, text, f"needs {need_w:.0f} px wide, has {avail_w}")
        elif need_h > avail_h + SLACK + 1:
            self.report(w, text, f"needs {need_h:.0f} px high, has {avail_h}")
        else:
            self._cut_by_ancestor(w, text)

    def button(self, w: QAbstractButton) -> None:
        text = _mnemonic_free(w.text())
        if not text.strip():
            return
        if isinstance(w, QToolButton) and (
            (w.toolButtonStyle() == Qt.ToolButtonIconOnly and not w.icon().isNull())
            or isinstance(w.parentWidget(), QTabBar)
        ):
            return
        style, fm = w.style(), w.fontMetrics()
        need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
        icon = 0 if w.icon().isNull() else w.iconSize().width() + 4
        if isinstance(w, (QCheckBox, QRadioButton)):
            metric = (
                QStyle.PM_IndicatorWidth if isinstance(w, QCheckBox) else QStyle.PM_ExclusiveIndicatorWidth
            )
            room = (
                w.width()
                - style.pixelMetric(metric, None, w)
                - style.pixelMetric(QStyle.PM_CheckBoxLabelSpacing, None, w)
                - icon
            )
        elif isinstance(w, QPushButton):
            room = w.width() - 2 * style.pixelMetric(QStyle.PM_DefaultFrameWidth, None, w) - icon - 2
            if w.menu() is not None:  # the arrow takes its place beside the text
                room -= style.pixelMetric(QStyle.PM_MenuButtonIndicator, None, w)
        elif (
            isinstance(w, QToolButton)
            and w.menu() is not None
            and w.popupMode() != QToolButton.MenuButtonPopup
        ):
            # an instant-popup tool button draws its arrow in the corner, over the centred text:
            # both sides must keep clear of it
            arrow = style.pixelMetric(QStyle.PM_MenuButtonIndicator, None, w) - 4
            room = w.width() - 6 - icon - 2 * arrow
        else:
            room = w.width() - 6 - icon
        if need > room + SLACK and not _covered_by_tooltip(text, w.toolTip()):
            self.report(w, text, f"needs {need} px, has {room}")
        else:
            self._cut_by_ancestor(w, text)

    def line_edit(self, w: QLineEdit) -> None:
        text = w.text() or w.placeholderText()
        if not text.strip() or w.echoMode() != QLineEdit.Normal:
            return
        if isinstance(w.parentWidget(), QComboBox):
            return  # an editable combo's text: checked as the combo
        margins = w.textMargins()
        frame = w.style().pixelMetric(QStyle.PM_DefaultFrameWidth, None, w) if w.hasFrame() else 0
        room = w.contentsRect().width() - 2 * frame - 4 - margins.left() - margins.right()
        need = w.fontMetrics().horizontalAdvance(text)
        if need > room + SLACK and not _covered_by_tooltip(text, w.toolTip()):
            self.report(w, text, f"field shows {room} px of {need}")
        else:
            self._cut_by_ancestor(w, text)

    def combo(self, w: QComboBox) -> None:
        text = w.currentText()
        if not text.strip():
            return
        fm = w.fontMetrics()
        longest = max((fm.horizontalAdvance(w.itemText(i)) for i in range(w.count())), default=0)
        chrome = w.sizeHint().width() - max(
            longest, fm.horizontalAdvance("x" * max(w.minimumContentsLength(), 0))
        )
        room = w.width() - chrome
        need = fm.horizontalAdvance(text)
        if need > room + SLACK + 2 and not _covered_by_tooltip(text, w.toolTip()):
            self.report(w, text, f"shows {room} px of {need}")
        else:
            self._cut_by_ancestor(w, text)

    def group_box(self, w: QGroupBox) -> None:
        text = _mnemonic_free(w.title())
        if not text.strip():
            return
        f = QFont(w.font())
        need = QFontMetrics(f).horizontalAdvance(text) + (20 if w.isCheckable() else 0)
        if need > w.width() - 12 + SLACK:
            self.report(w, text, f"title needs {need} px, has {w.width() - 12}")

    def tab_bar(self, w: QTabBar) -> None:
        style, fm = w.style(), w.fontMetrics()
        space = style.pixelMetric(QStyle.PM_TabBarTabHSpace, None, w)
        arrows = [b for b in w.findChildren(QToolButton) if b.isVisible()]
        horizontal = w.shape() in (
            QTabBar.RoundedNorth,
            QTabBar.RoundedSouth,
            QTabBar.TriangularNorth,
            QTabBar.TriangularSouth,
        )
        for i in range(w.count()):
            if not w.isTabVisible(i):
                continue
            text = _mnemonic_free(w.tabText(i))
            rect = w.tabRect(i)
            if arrows:
                self.report(w, text, "tabs do not fit: the bar shows scroll arrows")
                return
            if not horizontal:
                continue
            icon = 0 if w.tabIcon(i).isNull() else w.iconSize().width() + 4
            need = fm.horizontalAdvance(text) + space + icon
            if need > rect.width() + SLACK and not _covered_by_tooltip(text, w.tabToolTip(i)):
                self.report(w, text, f"tab needs {need} px, has {rect.width()}")
            elif rect.right() > w.width() + SLACK:
                self.report(w, text, "tab lies beyond the bar's edge")

    def header(self, w: QHeaderView) -> None:
        model = w.model()
        if model is None or w.isHidden():
            return
        style = w.style()
        font = QFont(w.font())
        fm = QFontMetrics(font)
        margin = style.pixelMetric(QStyle.PM_HeaderMargin, None, w)
        mark = style.pixelMetric(QStyle.PM_HeaderMarkSize, None, w)
        horizontal = w.orientation() == Qt.Horizontal
        count = w.count() if horizontal else min(w.count(), MAX_ROWS)
        for logical in range(count):
            if w.isSectionHidden(logical):
                continue
            text = model.headerData(logical, w.orientation(), Qt.DisplayRole)
            if text is None or not str(text).strip():
                continue
            text = str(text)
            tip = model.headerData(logical, w.orientation(), Qt.ToolTipRole) or ""
            lines = text.split("\n")
            need = max(fm.horizontalAdvance(line) for line in lines) + 2 * margin
            if w.isSortIndicatorShown() and w.sortIndicatorSection() == logical:
                need += mark + margin
            room = w.sectionSize(logical) if horizontal else w.width()
            need_h = len(lines) * fm.height()
            room_h = w.height() if horizontal else w.sectionSize(logical)
            if _covered_by_tooltip(text, str(tip)):
                continue
            if need > room + SLACK:
                self.report(w, text, f"header section {logical} needs {need} px, has {room}")
            elif need_h > room_h + SLACK:
                self.report(w, text, f"header section {logical} needs {need_h} px high, has {room_h}")

    def cells(self, w: QAbstractItemView) -> None:
        model = w.model()
        if model is None:
            return
        if w.horizontalScrollBar().isVisible():
            self.report(w, str(w.objectName()), "scrolls sideways")
        fm = w.fontMetrics()
        style = w.style()
        pad = 2 * (style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, w) + 1)
        indicator = style.pixelMetric(QStyle.PM_IndicatorWidth, None, w) + 4
        root = w.rootIndex()
        wraps = bool(getattr(w, "wordWrap", lambda: False)())
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model keeps it private: one column
            columns = 1
        for row in range(min(model.rowCount(root), self.max_rows)):
            for col in range(columns):
                index = model.index(row, col, root)
                text = index.data(Qt.DisplayRole)
                if text is None or not str(text).strip():
                    continue
                text = str(text)
                rect = w.visualRect(index)
                if rect.width() <= 0:
                    continue  # a hidden column
                room = rect.width() - pad
                if index.data(Qt.CheckStateRole) is not None:
                    room -= indicator
                if index.data(Qt.DecorationRole) is not None:
                    room -= w.iconSize().width() + 4 if w.iconSize().width() > 0 else 20
                cell_font = index.data(Qt.FontRole)
                metrics = QFontMetrics(cell_font) if cell_font is not None else fm
                if _covered_by_tooltip(text, str(index.data(Qt.ToolTipRole) or "")):
                    continue
                if wraps:  # the view wraps at spaces: the row must be high enough for every line
                    box = metrics.boundingRect(QRect(0, 0, max(room, 1), 100000), int(Qt.TextWordWrap), text)
                    need, need_h = box.width(), box.height()
                else:
                    need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                    need_h = metrics.height() * (text.count("\n") + 1)
                if need > room + SLACK:
                    self.report(w, text, f"cell ({row}, {col}) shows {room} px of {need}")
                elif need_h > rect.height() + SLACK:
                    self.report(w, text, f"cell ({row}, {col}) needs {need_h} px high, has {rect.height()}")

    def chart(self, w: QWidget) -> None:
        w.grab()  # paint now: the chart records each text with its box
        bounds = w.rect()
        for text, box, font, flags in w.drawn_texts:
            fm = QFontMetrics(font)
            if flags & int(Qt.TextWordWrap):
                wrapped = fm.boundingRect(QRect(0, 0, max(int(box.width()), 1), 100000), flags, text)
                need, need_h = wrapped.width(), wrapped.height()
            else:
                need, need_h = fm.horizontalAdvance(text), fm.height()
            if need > box.width() + SLACK:
                self.report(w, text, f"chart text needs {need} px, its box has {box.width():.0f}")
            elif need_h > box.height() + SLACK + 2:
                self.report(w, text, f"chart text needs {need_h} px high, its box has {box.height():.0f}")
            elif (
                box.left() < -SLACK
                or box.right() > bounds.width() + SLACK
                or box.top() < -SLACK
                or box.bottom() > bounds.height() + SLACK
            ):
                self.report(w, text, "chart text drawn outside the chart")


def offenders(root: QWidget, screen: QSize | None = None) -> list[str]:
    return Checker(root, screen).run()
