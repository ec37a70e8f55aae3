"""The one exception the store raises for problems a user can act on."""


class StoreError(Exception):
    """The database cannot be opened, read or written; the one-line message says which file
    and why."""
