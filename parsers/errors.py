"""The one exception the parsers raise: callers catch it and record why a page failed."""


class ParseError(ValueError):
    """The input is not a document the parser can read (e.g. binary data, not text or HTML).

    The message says what was wrong, in one line, for logs and the `failures` table.
    """
