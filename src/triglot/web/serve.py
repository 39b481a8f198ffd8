"""`triglot serve`: preview the built web edition on http://127.0.0.1.

A plain static file server over build/web: the site needs no server code, so
what this shows is what any static host will show. It serves only files that
really lie inside the site (a symbolic link out of it is answered 404), answers
a NUL byte in the path with 400, and closes a connection idle for IDLE_SECONDS.
"""
from __future__ import annotations

import functools
import http.server
import os
import sys
import urllib.parse
from pathlib import Path

IDLE_SECONDS = 20


def add_arguments(parser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000; 0 picks a free one)")
    parser.add_argument("--dir", help="site folder (default: <project>/build/web)")


def make_server(site: Path, port: int = 0) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(QuietHandler, directory=str(site))
    return PreviewServer(("127.0.0.1", port), handler)


class PreviewServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """One line instead of a traceback: a client that hangs up is not the preview's failure."""
        kind, exc = sys.exc_info()[:2]
        print(f"serve: request from {client_address[0]} ended: {kind.__name__ if kind else 'error'}: {exc}",
              file=sys.stderr)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".pf_meta": "application/octet-stream"}

    timeout = IDLE_SECONDS   # seconds a connection may stay silent (socket timeout)

    def send_head(self):
        raw = urllib.parse.unquote(self.path.split("?", 1)[0].split("#", 1)[0])
        if "\x00" in raw:
            self.send_error(400, "NUL byte in the path")
            return None
        real = os.path.realpath(self.translate_path(self.path))
        site = os.path.realpath(self.directory)
        if real != site and not real.startswith(site + os.sep):
            self.send_error(404, "File not found")   # a link out of the site is not part of it
            return None
        return super().send_head()

    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        """No line per request: a preview's terminal shows only what the command says."""


def run(args, root: Path) -> int:
    site = Path(args.dir).resolve() if args.dir else root / "build" / "web"
    if not (site / "index.html").is_file():
        from triglot.problems import InputError, Problem
        raise InputError([Problem(str(site), 0, "serve", "no built site here; run `triglot build web` first")])
    if not 0 <= args.port <= 65535:
        from triglot.problems import InputError, Problem
        raise InputError([Problem("--port", 0, "serve", f"{args.port} is not a port (0 to 65535)")])
    server = make_server(site, args.port)
    print(f"serving {site} on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped")   # Ctrl-C is how a preview ends: not an error
    finally:
        server.server_close()
    return 0
