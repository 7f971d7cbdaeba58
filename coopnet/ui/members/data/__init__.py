"""Pledge data in the app: import wizard, export, volunteer files and merge, personal data."""
