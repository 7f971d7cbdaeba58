"""The Members page and everything it opens: ``page.py`` (the page), its door and pledge tables
(``table_models.py`` holds their Qt item models), the pledge form, walk lists, and ``data/`` (the
pledge data dialogs: import wizard, export, volunteer files and merge, personal data)."""
