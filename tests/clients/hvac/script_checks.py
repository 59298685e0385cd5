"""What every hvac script shares: named steps, exact checks, and one way to report the first mismatch."""

import sys

from hvac import exceptions


class Mismatch(Exception):
    pass


_step = "start"


def step(name):
    global _step
    _step = name
    print(f"-- {name}", flush=True)


def check(field, actual, expected):
    if actual != expected:
        raise Mismatch(f"{field}: expected {expected!r}, got {actual!r}")


def run(body, success):
    """Runs body(); prints the step a mismatch or an unexpected Vault error happened in. Returns the exit code."""
    try:
        body()
    except Mismatch as mismatch:
        print(f"MISMATCH in step '{_step}': {mismatch}", file=sys.stderr)
        return 1
    except exceptions.VaultError as error:
        print(f"UNEXPECTED ERROR in step '{_step}': {type(error).__name__}: {error} (errors={error.errors})", file=sys.stderr)
        return 1
    print(success)
    return 0
