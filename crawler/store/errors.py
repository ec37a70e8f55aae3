"""The one exception the store raises for problems a user can act on."""

_UNWRITABLE = ("disk is full", "disk i/o error", "readonly database", "read-only")


class StoreError(Exception):
    """The database cannot be opened, read or written; the one-line message says which file
    and why."""

    @property
    def unwritable(self) -> bool:
        """True when no write can succeed (disk full, I/O error, read-only file): the crawl
        should stop rather than fail every page the same way."""
        message = str(self).lower()
        return any(sign in message for sign in _UNWRITABLE)
