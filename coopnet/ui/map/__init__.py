"""The map widget of the Map page: web view, QWebChannel bridge, export dialog."""
