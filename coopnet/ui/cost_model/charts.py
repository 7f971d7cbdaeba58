"""Small QPainter charts: cash balance by year, capacity vs commit, tornado.

Plain QPainter keeps them light, crisp offscreen and easy to grab as PNG.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopnet.ui.i18n import formats


def format_number(value: float, decimals: int) -> str:
    return formats().number(value, decimals)


GREEN, RED, BLUE, ORANGE, GREY = (
    QColor("#2F7D5B"),
    QColor("#C0392B"),
    QColor("#2E6DA4"),
    QColor("#E08E2B"),
    QColor("#888888"),
)


def short_amount(v: float) -> str:
    """1 234 567 → "1,2 M"; 12 345 → "12 k" (axis labels)."""
    a = abs(v)
    if a >= 1e6:
        return f"{format_number(v / 1e6, 1)} M"
    if a >= 1e4:
        return f"{format_number(v / 1e3, 0)} k"
    return format_number(v, 0)


def short_money(v: float) -> str:
    """An axis amount in euros, the language's way: "-166 k €" in French, "-€166k" in English."""
    if formats().french:
        return short_amount(v) + " €"
    return ("-" if v < 0 else "") + "€" + short_amount(abs(v)).replace(" ", "")


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    # at least 1: labels have no decimals (0,2 steps read "0 0 0 1 1 1" on an empty model)
    step = max(1, next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw))
    start = math.floor(lo / step) * step
    return [start + i * step for i in range(int(math.ceil((hi - start) / step)) + 1)]


class Chart(QWidget):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = title
        self.drawn_texts: list[tuple[str, QRectF, QFont, int]] = []  # what the last paint wrote, where
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def _text(self, p: QPainter, box: QRectF, flags, text: str) -> None:
        """Draw ``text`` in ``box`` and remember both (tests check that every text fits)."""
        self.drawn_texts.append((text, QRectF(box), QFont(p.font()), int(flags)))
        p.drawText(box, flags, text)

    def wrapped_title(self) -> str:
        """The title, its units kept whole when it wraps ("Mbit/s", not "Mbit/" then "s")."""
        return self.title.replace("/", "/\u2060")  # a word joiner: no line break after the slash

    def title_height(self) -> int:
        """The title wraps onto a second line when the chart is narrow (it was cut)."""
        f = QFont(self.font())
        f.setBold(True)
        box = QFontMetrics(f).boundingRect(
            QRect(0, 0, max(self.width() - 16, 1), 1000), int(Qt.TextWordWrap), self.wrapped_title()
        )
        return max(box.height(), 20)

    def _background_and_title(self, p: QPainter) -> int:
        self.drawn_texts = []
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        f = QFont(self.font())
        f.setBold(True)
        p.setFont(f)
        p.setPen(self.palette().text().color())
        height = self.title_height()
        self._text(
            p,
            QRectF(8, 4, self.width() - 16, height),
            Qt.AlignLeft | Qt.AlignVCenter | Qt.TextWordWrap,
            self.wrapped_title(),
        )
        p.setFont(self.font())
        return height + 8

    def _frame(self, p: QPainter, lo: float, hi: float, left: int = 58) -> tuple[QRectF, callable]:
        top = self._background_and_title(p) + 8  # the top tick's label is centred on its line
        area = QRectF(left, top, self.width() - left - 12, self.height() - top - 26)
        ticks = nice_ticks(min(lo, 0), max(hi, 0))
        lo, hi = ticks[0], ticks[-1]
        y_of = lambda v: area.bottom() - (v - lo) / (hi - lo) * area.height()  # noqa: E731
        for t in ticks:
            y = y_of(t)
            p.setPen(QPen(QColor("#dddddd"), 1))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(GREY)
            self._text(p, QRectF(0, y - 8, left - 6, 16), Qt.AlignRight | Qt.AlignVCenter, short_amount(t))
        p.setPen(QPen(QColor("#555555"), 1))
        p.drawLine(QPointF(area.left(), y_of(0)), QPointF(area.right(), y_of(0)))
        return area, y_of

    def _empty(self, p: QPainter, text: str) -> None:
        """The title, and why there is nothing to draw, wrapped to the chart's width."""
        top = self._background_and_title(p)
        p.setPen(GREY)
        box = QRectF(8, top, self.width() - 16, self.height() - top - 8)
        self._text(p, box, Qt.AlignCenter | Qt.TextWordWrap, text)


class CashChart(Chart):
    """Cash balance at the end of each year; red below zero."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("Charts", "Cash balance by year (€)"), parent)
        self.values: list[float] = []

    def set_data(self, values: list[float]) -> None:
        self.values = list(values)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        if not self.values:
            self._empty(p, QCoreApplication.translate("Charts", "no result"))
            return
        area, y_of = self._frame(p, min(self.values), max(self.values))
        n = len(self.values)
        w = area.width() / n
        for i, v in enumerate(self.values):
            x = area.left() + i * w + w * 0.15
            top, bottom = sorted((y_of(v), y_of(0)))
            p.fillRect(QRectF(x, top, w * 0.7, max(bottom - top, 1)), GREEN if v >= 0 else RED)
            every = 1 if w >= 18 else 5  # labels that would touch: one year in five
            if every == 1 or (i + 1) % every == 0 or i == 0:
                p.setPen(GREY)
                self._text(p, QRectF(x - 6, area.bottom() + 4, w * 0.7 + 12, 16), Qt.AlignCenter, str(i + 1))
        p.end()


class CapacityChart(Chart):
    """Busy-hour capacity (bars) and commit (line) by year of the term."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("Charts", "Mbps: capacity (bars), commit (line)"), parent)
        self.capacity: list[float] = []
        self.commit: list[float] = []

    def set_data(self, capacity: list[float], commit: list[float]) -> None:
        self.capacity, self.commit = list(capacity), list(commit)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        if not self.capacity:
            self._empty(p, QCoreApplication.translate("Charts", "no result"))
            return
        if not any(self.capacity + self.commit):  # no pledges: no members, no traffic to draw
            self._empty(p, QCoreApplication.translate("Charts", "no traffic yet: no members"))
            return
        area, y_of = self._frame(p, 0, max(self.capacity + self.commit))
        n = len(self.capacity)
        w = area.width() / n
        points = []
        for i, (c, m) in enumerate(zip(self.capacity, self.commit)):
            x = area.left() + i * w + w * 0.2
            p.fillRect(QRectF(x, y_of(c), w * 0.6, y_of(0) - y_of(c)), QColor("#9CC3E6"))
            points.append(QPointF(x + w * 0.3, y_of(m)))
            p.setPen(GREY)
            label = QCoreApplication.translate("Charts", "year {0}").format(i + 1)
            if p.fontMetrics().horizontalAdvance(label) > w * 0.95:  # too narrow: the number alone
                label = str(i + 1)
            self._text(p, QRectF(x - w * 0.2, area.bottom() + 4, w, 16), Qt.AlignCenter, label)
        p.setPen(QPen(ORANGE, 3))
        for a, b in zip(points, points[1:]):
            p.drawLine(a, b)
        for pt in points:
            p.setBrush(ORANGE)
            p.drawEllipse(pt, 4, 4)
        p.end()


class TornadoChart(Chart):
    """NPV when each key parameter moves by −20 % (blue) and +20 % (orange)."""

    def __init__(self, parent=None):
        super().__init__(
            QCoreApplication.translate(
                "Charts", "Tornado: NPV with each parameter at −20 % (blue) / +20 % (orange)"
            ),
            parent,
        )
        self.bars: list = []
        self.base = 0.0
        self.setMinimumHeight(260)

    def set_data(self, bars: list, base_npv: float) -> None:
        self.bars, self.base = list(bars), base_npv
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        if not self.bars:
            self._empty(p, QCoreApplication.translate("Charts", "no sensitivity yet"))
            return
        top = self._background_and_title(p) + 2
        fm = p.fontMetrics()
        widest = max(fm.horizontalAdvance(QCoreApplication.translate("Param", b.label)) for b in self.bars)
        left = min(widest + 14, int(self.width() * 0.42))  # longer labels wrap onto two lines
        area = QRectF(left, top, self.width() - left - 16, self.height() - top - 24)
        vals = [self.base] + [v for b in self.bars for v in (b.npv_low, b.npv_high)]
        lo, hi = min(vals), max(vals)
        span = (hi - lo) or 1.0
        x_of = lambda v: area.left() + (v - lo) / span * area.width()  # noqa: E731
        h = area.height() / len(self.bars)
        for i, b in enumerate(self.bars):
            y = area.top() + i * h
            p.setPen(self.palette().text().color())
            self._text(
                p,
                QRectF(4, y, left - 10, h),
                Qt.AlignRight | Qt.AlignVCenter | Qt.TextWordWrap,
                QCoreApplication.translate("Param", b.label),
            )
            for v, color in ((b.npv_low, BLUE), (b.npv_high, ORANGE)):
                a, c = sorted((x_of(self.base), x_of(v)))
                p.fillRect(QRectF(a, y + h * 0.2, max(c - a, 1), h * 0.6), color)
        p.setPen(QPen(QColor("#333333"), 1, Qt.DashLine))
        xb = x_of(self.base)
        p.drawLine(QPointF(xb, area.top()), QPointF(xb, area.bottom()))
        p.setPen(GREY)
        for v in (lo, self.base, hi):
            x = min(max(x_of(v) - 50, 0), self.width() - 100)  # the end values stay inside
            self._text(p, QRectF(x, area.bottom() + 4, 100, 16), Qt.AlignCenter, short_money(v))
        p.end()
