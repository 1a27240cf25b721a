"""Errors raised by the extractors."""


class LayoutError(ValueError):
    """A document does not have the structure its parser expects.

    The message names the file, what was expected and what was found, so that whoever
    fixes the parser can start from it.
    """
