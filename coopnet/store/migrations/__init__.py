"""Numbered schema migrations, one module each (``vNNN_what.py`` with ``migrate(db)``).

They are listed by ``coopnet.store.schema.MIGRATIONS``; see that module for the rules.
"""
