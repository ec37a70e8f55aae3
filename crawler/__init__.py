"""articlecrawl's crawler: the Scrapy project, the SQLite store and the `articlecrawl` command."""
