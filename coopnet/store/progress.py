"""Per-village door, pledge and threshold progress (filled in by the Members issue)."""


def village_progress(project) -> dict[str, dict]:
    """{insee: {"doors": int, "pledges": int, "threshold": int|None, "progress_pct": float|None,
    "deadline": "dd/mm/yyyy"|None, ...}}"""
    return {}
