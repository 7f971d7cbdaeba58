"""Widgets of the Models page: parameter editor, results, charts, scenario comparison."""
