"""Doors and active pledges per village (``store.map_points``; the app recolours its map with them)."""

from coopnet.store.map_points import INACTIVE_PLEDGE, door_counts, pledge_counts

__all__ = ["INACTIVE_PLEDGE", "door_counts", "pledge_counts"]
