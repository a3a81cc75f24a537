"""The ``showbeat`` command line (placeholder until the CLI lands)."""

import sys


def main(argv: list[str] | None = None) -> int:
    print("showbeat: not yet implemented", file=sys.stderr)
    return 2
