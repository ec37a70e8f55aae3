"""`python -m crawler.samplesite serve [--generated N] [--port P] [--root DIR]`: serve until ^C."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from crawler.samplesite.generated import GeneratedSite
from crawler.samplesite.server import SAMPLE_SITE_PORT, serve


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the sample site (or a generated one) on 127.0.0.1 until interrupted."""
    parser = argparse.ArgumentParser(
        prog="python -m crawler.samplesite",
        description="Serve the bundled sample site, e.g. "
        "`python -m crawler.samplesite serve --generated 3000 --port 8000`.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    cmd = commands.add_parser("serve", help="serve until Ctrl-C")
    cmd.add_argument("--generated", type=int, metavar="N", help="serve a generated site of N pages")
    cmd.add_argument("--seed", type=int, default=1, help="seed of the generated site (default 1)")
    cmd.add_argument("--version", type=int, default=0, help="revision of the generated site")
    cmd.add_argument("--root", type=Path, help="serve this directory instead of the sample site")
    cmd.add_argument("--host", default="127.0.0.1")
    cmd.add_argument(
        "--port", type=int, default=SAMPLE_SITE_PORT,
        help=f"0 picks a free port (default {SAMPLE_SITE_PORT}, the port `articlecrawl demo` uses)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    generated = (
        GeneratedSite(args.generated, seed=args.seed, version=args.version)
        if args.generated
        else None
    )
    try:
        with serve(args.root, generated=generated, host=args.host, port=args.port) as server:
            print(f"serving {server.url} (Ctrl-C to stop)", flush=True)
            while True:
                # short naps: Ctrl-C may be delivered to the server's thread, and Python runs
                # its handler only when the main thread wakes (a long sleep hung the stop)
                time.sleep(0.2)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
