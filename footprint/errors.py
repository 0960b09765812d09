"""The project's one exception type. The CLI turns it into an exit code in one place."""

from __future__ import annotations


class FootprintError(Exception):
    """A problem the user can act on: bad usage, unusable input, bad configuration.

    ``exit_code`` follows the CLI contract: 2 means bad input or usage.
    """

    exit_code: int = 2

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code
