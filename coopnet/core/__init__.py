"""Pure domain code: no Qt, no files, no database. Fast to test."""
