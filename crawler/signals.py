"""articlecrawl's own Scrapy signals."""

page_failed = object()
"""Sent when a page could not be fetched, parsed or stored; arguments: url, stage, error."""
