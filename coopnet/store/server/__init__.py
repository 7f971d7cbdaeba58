"""The shared PostgreSQL/PostGIS server of a federation of cooperatives.

This package alone speaks SQL to the server (psycopg 3); the project file stays the working
copy (``coopnet.store``). Who sees what is enforced by PostgreSQL itself: roles and row-level
security policies created by ``schema.init_server``.
"""
