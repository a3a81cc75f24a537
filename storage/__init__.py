"""Persistence: SQLAlchemy 2.x models, Alembic migrations, writes and reads.

Only this package imports SQLAlchemy. Query and write functions take the session first and
never commit: the caller owns the transaction.
"""
