"""Several machines: scrapy-redis workers share one crawl, one loader writes SQLite.

connection.py  connecting to Redis with one clear error; the keys of a crawl
state.py       what the crawl was asked to do, and whether it is drained
serialize.py   JSON (not pickle) for the queued requests
queue.py       the shared queue whose pops are leases (nothing lost on `kill -9`)
scheduler.py   scrapy-redis's scheduler settling those leases with the worker's counters
compat.py      the shims between scrapy-redis 0.9.1 and Scrapy 2.19, each with its reason
messages.py    what workers hand the loader: records with their raw page (base64), events
pipeline.py    the workers' item pipeline: records and events to Redis
worker.py      `articlecrawl worker`: settings, idle and politeness across workers
enqueue.py     `articlecrawl enqueue`: the start requests on the shared queue
loader.py      `articlecrawl load`: at-least-once from Redis, idempotent into the store
verdict.py     the loader's health checks for the whole crawl
commands.py    the four CLI commands (`crawl --redis` too), called by crawler/cli.py
"""
