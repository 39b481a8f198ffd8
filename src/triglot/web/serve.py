"""`triglot serve`: preview the built web edition on http://127.0.0.1.

A plain static file server over build/web: the site needs no server code, so
what this shows is what any static host will show. With --watch it also rebuilds
what changed when a source is saved (web/watch.py) and adds one script to the HTML
it serves, which reloads the page or shows the build's problems; the files of the
site are not changed for that. It serves only files that
really lie inside the site (a symbolic link out of it is answered 404), answers
a NUL byte in the path with 400, and closes a connection idle for IDLE_SECONDS.
"""
from __future__ import annotations

import functools
import http.server
import io
import json
import os
import sys
import urllib.parse
from pathlib import Path

IDLE_SECONDS = 20


def add_arguments(parser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000; 0 picks a free one)")
    parser.add_argument("--dir", help="site folder (default: <project>/build/web)")
    parser.add_argument("--watch", action="store_true",
                        help="rebuild the site when a TEI, register, settings or stylesheet file is saved (and "
                             "check a saved translation file), reload the page, show problems in it")


def make_server(site: Path, port: int = 0, state=None) -> http.server.ThreadingHTTPServer:
    """A preview server; with a watch `state`, pages get the live script and /__triglot/status answers."""
    handler = functools.partial(LiveHandler if state is not None else QuietHandler, directory=str(site))
    server = PreviewServer(("127.0.0.1", port), handler)
    server.watch_state = state
    return server


# what writing to a connection the client has closed raises
CLOSED_BY_CLIENT = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


class PreviewServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """One line instead of a traceback: a client that hangs up is not the preview's failure; and
        none for a connection the client closed while its answer was being sent.

        Why the latter: a browser closes pages and drops requests it no longer needs (a search page
        closed mid-load), and the search bench printed "serve: request from 127.0.0.1 ended:
        BrokenPipeError" for each; the write fails as BrokenPipeError or, when the client's reset
        came first, ConnectionResetError."""
        kind, exc = sys.exc_info()[:2]
        if kind is not None and issubclass(kind, CLOSED_BY_CLIENT):
            return
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
        if os.path.isdir(real):     # the base class serves the folder's index page
            real = next((p for p in (os.path.join(real, n) for n in ("index.html", "index.htm"))
                         if os.path.lexists(p)), real)
        if os.path.exists(real) and not (os.path.isdir(real) or os.path.isfile(real)):
            self.send_error(404, "File not found")   # a FIFO or device: opening it waits for a writer, for ever
            return None
        return super().send_head()

    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        """No line per request: a preview's terminal shows only what the command says."""


LIVE_PREFIX = "/__triglot/"
LIVE_TAG = b'<script src="/__triglot/live.js" defer></script>'


class LiveHandler(QuietHandler):
    """The preview with --watch: the site's files, plus the watcher's status and script."""

    def send_head(self):
        path = self.path.split("?", 1)[0]
        if path == LIVE_PREFIX + "status":
            state = self.server.watch_state
            # a problem naming a file of bytes that are not UTF-8 holds lone surrogates: as JSON escapes
            return self._answer(json.dumps(state.as_json(), ensure_ascii=False).encode("utf-8", "backslashreplace"),
                                "application/json; charset=utf-8")
        if path == LIVE_PREFIX + "live.js":
            from triglot.web.watch import LIVE_JS
            return self._answer(LIVE_JS.read_bytes(), "text/javascript; charset=utf-8")
        if path.endswith((".html", "/")):
            page = self._page_file()
            if page is not None:
                data = page.read_bytes()
                data = data.replace(b"</head>", LIVE_TAG + b"</head>", 1) if b"</head>" in data else data + LIVE_TAG
                return self._answer(data, "text/html; charset=utf-8")
        return super().send_head()

    def _page_file(self) -> Path | None:
        """The HTML file a request names, if it is a regular file inside the site (else the base
        class answers, with its checks: NUL, links out of the site, 404)."""
        raw = urllib.parse.unquote(self.path.split("?", 1)[0].split("#", 1)[0])
        if "\x00" in raw:
            return None
        real = os.path.realpath(self.translate_path(self.path))
        if os.path.isdir(real):
            real = os.path.join(real, "index.html")
        site = os.path.realpath(self.directory)
        if not real.startswith(site + os.sep) or not os.path.isfile(real) or os.path.islink(real):
            return None
        return Path(real)

    def _answer(self, body: bytes, kind: str):
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        return io.BytesIO(body)


def run(args, root: Path) -> int:
    site = Path(args.dir).resolve() if args.dir else root / "build" / "web"
    watcher = None
    state = None
    if args.watch:
        from triglot.web.watch import State, Watcher
        state = State()
        watcher = Watcher(root, state)   # its first look is taken now: saves made during the build are seen
    if watcher and not args.dir:
        print("building the site first", flush=True)
        watcher.first_build()   # a failed build keeps the previous site, if any, and the page says so
    if not (site / "index.html").is_file():
        from triglot.problems import InputError, Problem
        raise InputError([Problem(str(site), 0, "serve", "no built site here; run `triglot build web` first")])
    if not 0 <= args.port <= 65535:
        from triglot.problems import InputError, Problem
        raise InputError([Problem("--port", 0, "serve", f"{args.port} is not a port (0 to 65535)")])
    server = make_server(site, args.port, state)
    print(f"serving {site} on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)"
          + ("; watching the sources" if watcher else ""), flush=True)
    if watcher:
        watcher.start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped")   # Ctrl-C is how a preview ends: not an error
    finally:
        if watcher:
            watcher.stop()
        server.server_close()
    return 0
