"""Widgets of the Members page: door and pledge tables, the pledge form, village progress."""
