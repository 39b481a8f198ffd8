"""`triglot serve` under hostile requests (issue 19): no way out of the site, no hang, no traceback."""
from __future__ import annotations

import http.client
import socket
import threading
import time

import pytest


@pytest.fixture
def site(tmp_path):
    site = tmp_path / "web"
    site.mkdir()
    (site / "index.html").write_text("<!DOCTYPE html><title>t</title>", encoding="utf-8")
    (site / "inside.html").write_text("inside", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("not part of the site", encoding="utf-8")
    (site / "escape.txt").symlink_to(secret)
    (site / "alias.html").symlink_to(site / "inside.html")
    (site / "up").symlink_to(tmp_path)
    return site


@pytest.fixture
def server(site, monkeypatch):
    from triglot.web import serve
    monkeypatch.setattr(serve.QuietHandler, "timeout", 1)
    srv = serve.make_server(site, 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def get(server, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body


def test_a_link_out_of_the_site_is_not_served(server):
    assert get(server, "/escape.txt")[0] == 404
    assert get(server, "/up/secret.txt")[0] == 404


def test_a_link_inside_the_site_is_served(server):
    assert get(server, "/alias.html") == (200, b"inside")
    assert get(server, "/")[0] == 200


def test_a_nul_byte_in_the_path_is_answered_400(server, capfd):
    assert get(server, "/index.html%00.txt")[0] == 400
    assert get(server, "/%00")[0] == 400
    assert "Traceback" not in capfd.readouterr().err


def test_an_idle_connection_is_closed(server):
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=15) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\n")   # and then nothing more
        assert sock.recv(1024) == b""            # the server hangs up
    assert time.monotonic() - started < 10
