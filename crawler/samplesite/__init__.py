"""The bundled sample site and its HTTP server, for `articlecrawl demo`, tests and benchmarks.

- `serve()` runs a quiet threaded HTTP server on 127.0.0.1 for the sample site's files
  (`SAMPLE_SITE_DIR`, or a copy) or for a `GeneratedSite` rendered on request.
- `load_site_manifest()` reads the site's site.json: server behaviour and the ground truth.
- `SAMPLE_SITE_DIR` is data/sample_site found relative to this package: it exists in a repository
  checkout or an editable install, not in an installed wheel.
"""

from crawler.samplesite.generated import GeneratedArticle, GeneratedSite
from crawler.samplesite.manifest import (
    SAMPLE_SITE_DIR,
    ArticleTruth,
    ListingTruth,
    Redirect,
    SiteManifest,
    load_site_manifest,
)
from crawler.samplesite.server import (
    SAMPLE_SITE_PORT,
    RequestLog,
    RequestRecord,
    SiteServer,
    serve,
)

__all__ = [
    "SAMPLE_SITE_DIR",
    "SAMPLE_SITE_PORT",
    "ArticleTruth",
    "GeneratedArticle",
    "GeneratedSite",
    "ListingTruth",
    "Redirect",
    "RequestLog",
    "RequestRecord",
    "SiteManifest",
    "SiteServer",
    "load_site_manifest",
    "serve",
]
