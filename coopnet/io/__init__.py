"""Importers and exporters (files in and out of a project)."""
