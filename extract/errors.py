"""Errors raised by the extractors."""


class InputError(ValueError):
    """An input file cannot be read as what it should be: damaged, of another kind, too
    large, or laid out otherwise. The message names the file and what is wrong; a run records
    it for that file and goes on."""


class LayoutError(InputError):
    """A document does not have the structure its parser expects.

    The message names the file, what was expected and what was found, so that whoever
    fixes the parser can start from it.
    """
