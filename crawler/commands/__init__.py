"""articlecrawl's Scrapy commands (COMMANDS_MODULE): `scrapy crawl` with the checks of
`articlecrawl crawl`."""
