"""Persistence: SQLAlchemy 2.x models, Alembic migrations, writes and reads.

Only this package imports SQLAlchemy. Query and write functions take the session first and
never commit: the caller owns the transaction.

Callers import from three modules:

- ``storage.db`` — ``open_database(url)`` (SQLite file by default, PostgreSQL by URL; migrates
  to head), ``Database.session()`` and ``DatabaseError``;
- ``storage.writes`` — ``store_article``, ``remember_seen``, ``record_failure``, runs, page
  states, ``replace_facts``;
- ``storage.reads`` — listings and queries returning frozen dataclasses.

Inside: ``models`` (the schema), ``types`` (UTC timestamps, compression, the type map),
``migrate`` and ``migrations/`` (Alembic, shipped in the package), ``articles``/``facts``
(article upsert and versions; fact rows), ``failures``, ``runs``, ``state`` (page state),
``read_*`` and ``filters`` (queries), ``results`` (the dataclasses), ``timex`` (TIMEX3 values
as date intervals).
"""
