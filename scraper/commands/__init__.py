"""The ``showbeat`` subcommands, one module per family.

Each module has ``register(subparsers)``, which adds its parsers and sets ``func`` (called
with the parsed arguments, returning the exit status). Heavy imports (Scrapy, SQLAlchemy)
happen inside the command functions, so ``showbeat extract`` starts fast.
"""
