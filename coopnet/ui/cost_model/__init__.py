"""The Models page (the cost model): ``page.py`` and its widgets: parameter editor, results,
charts, scenario comparison, measured figures."""
