"""articlecrawl's own Scrapy signals: what the spider tells the pipeline besides its records.

The spider yields only `parsers.Article` records (so feed exports stay plain); the facts about a
fetch that the store also needs travel as signals, sent before the record they belong to.
"""

page_failed = object()
"""A page could not be fetched, parsed or stored; arguments: url, stage, error."""

article_fetched = object()
"""An article page answered 200; arguments: url (as the record has it), fetch (FetchInfo)."""

article_fresh = object()
"""A known article was fetched recently, so it is not asked for again this run; argument: url."""

page_unchanged = object()
"""A known article answered 304 Not Modified; argument: url."""

page_gone = object()
"""A page answered 404 or 410; argument: url (the store marks it gone if it knew it)."""
