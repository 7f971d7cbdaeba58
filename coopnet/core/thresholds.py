"""Village thresholds: the target, the deadline and the progress line.

A village's target is either a count of households or a percentage of its
*eligible* doors. Vacant doors and second homes are not eligible unless the
coordinator chooses to include them (``include_secondary``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from coopnet.core import fr


def parse_threshold(text: str) -> tuple[int | None, float | None]:
    """``"120"`` → (120, None); ``"40%"``/``"40,5 %"`` → (None, 40.5). ValueError otherwise."""
    raw = str(text or "").strip()
    m = re.match(r"^(\d+(?:[.,]\d+)?)\s*%$", raw)
    if m:
        pct = float(m.group(1).replace(",", "."))
        if not 0 < pct <= 100:
            raise ValueError(f"“{raw}”: a percentage must be above 0 and at most 100")
        return None, pct
    if re.match(r"^\d+$", raw):
        count = int(raw)
        if count <= 0:
            raise ValueError(f"“{raw}”: the target must be at least 1 household")
        return count, None
    raise ValueError(f"“{raw}” is not a threshold (a number of households like 120, or a share like 40%)")


def eligible_doors(
    doors: int, vacant: int = 0, second_homes: int = 0, include_secondary: bool = False
) -> int:
    """Doors that can pledge: all doors less vacant ones and second homes, unless included."""
    if include_secondary:
        return max(doors, 0)
    return max(doors - vacant - second_homes, 0)


def target(threshold_count: int | None, threshold_pct: float | None, eligible: int | None) -> int | None:
    """The number of pledges the village needs (a percentage is rounded up); None when a percentage
    has nothing to apply to (no doors and households unknown: unknown is not zero)."""
    if threshold_count:
        return int(threshold_count)
    if threshold_pct and eligible is not None:
        return math.ceil(round(threshold_pct * eligible / 100, 9))
    return None


def days_left(deadline: dt.date | None, today: dt.date) -> int | None:
    """Days from ``today`` to the deadline (0 on the day itself, negative once past)."""
    return None if deadline is None else (deadline - today).days


@dataclass
class Progress:
    name: str
    pledges: int
    target: int | None
    deadline: dt.date | None
    today: dt.date

    @property
    def to_go(self) -> int | None:
        return None if self.target is None else max(self.target - self.pledges, 0)

    @property
    def days_left(self) -> int | None:
        return days_left(self.deadline, self.today)

    @property
    def pct(self) -> float | None:
        if not self.target:
            return None
        return round(100 * self.pledges / self.target, 1)

    @property
    def reached(self) -> bool:
        return self.target is not None and self.pledges >= self.target

    def text(self, lang: str = "en") -> str:
        return progress_text(self.name, self.pledges, self.target, self.deadline, self.today, lang)


def progress_text(
    name: str,
    pledges: int,
    target_count: int | None,
    deadline: dt.date | None,
    today: dt.date,
    lang: str = "en",
) -> str:
    """``Thoiry 96 / 120 — 24 to go — 41 days left`` (``lang="fr"``: ``… — encore 24 — 41 jours restants``)."""
    fr_ = lang.startswith("fr")
    n = fr.format_number
    if target_count is None:
        head = f"{name} {n(pledges)} " + (
            "promesses — pas de seuil"
            if fr_
            else ("pledge" if pledges == 1 else "pledges") + " — no threshold set"
        )
        parts = [head]
    else:
        parts = [f"{name} {n(pledges)} / {n(target_count)}"]
        to_go = target_count - pledges
        if to_go <= 0:
            parts.append("seuil atteint" if fr_ else "threshold reached")
        else:
            parts.append(f"encore {n(to_go)}" if fr_ else f"{n(to_go)} to go")
    left = days_left(deadline, today)
    if left is not None:
        if left > 1:
            parts.append(f"{n(left)} jours restants" if fr_ else f"{n(left)} days left")
        elif left == 1:
            parts.append("1 jour restant" if fr_ else "1 day left")
        elif left == 0:
            parts.append("dernier jour" if fr_ else "last day")
        else:
            parts.append(
                f"échéance dépassée depuis {n(-left)} j"
                if fr_
                else f"deadline passed {n(-left)} day{'s' if left < -1 else ''} ago"
            )
    return " — ".join(parts)
