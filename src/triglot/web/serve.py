"""`triglot serve`: preview the built web edition on http://127.0.0.1.

A plain static file server over build/web: the site needs no server code, so
what this shows is what any static host will show.
"""
from __future__ import annotations

import functools
import http.server
from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000; 0 picks a free one)")
    parser.add_argument("--dir", help="site folder (default: <project>/build/web)")


def make_server(site: Path, port: int = 0) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(QuietHandler, directory=str(site))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".pf_meta": "application/octet-stream"}

    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        """No line per request: a preview's terminal shows only what the command says."""


def run(args, root: Path) -> int:
    site = Path(args.dir).resolve() if args.dir else root / "build" / "web"
    if not (site / "index.html").is_file():
        print(f"no built site in {site}; run `triglot build web` first")
        return 1
    server = make_server(site, args.port)
    print(f"serving {site} on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped")   # Ctrl-C is how a preview ends: not an error
    finally:
        server.server_close()
    return 0
