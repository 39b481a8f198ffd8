"""A page closed while the server is still sending it: normal for the bench's browser and a preview's,
and no line of the server's (the bench printed "serve: request from … ended: BrokenPipeError" for each)."""
from __future__ import annotations

import socket
import threading
import time

# more than the loopback's socket buffers hold, so that the server is still writing when the reader goes
LARGE = 64 * 1024 * 1024


def test_a_connection_closed_mid_answer_prints_nothing(tmp_path, capfd):
    """The client gone with the answer unread: the server's next write fails (ConnectionResetError
    or BrokenPipeError, as the kernel's timing has it; both seen here)."""
    from triglot.web import serve
    (tmp_path / "large.bin").write_bytes(b"\0" * LARGE)
    server = serve.make_server(tmp_path, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    before = threading.active_count()
    try:
        with socket.create_connection(server.server_address, timeout=10) as client:
            client.sendall(b"GET /large.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert client.recv(1024).startswith(b"HTTP/1.0 200")
        deadline = time.monotonic() + 30    # the request's thread ends once its write has failed
        while threading.active_count() > before and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        server.shutdown()
        server.server_close()
    assert capfd.readouterr().err == ""


def test_a_broken_pipe_prints_nothing(tmp_path, capfd):
    """The server's write after the client has gone (the error the bench's Chromium pages gave)."""
    from triglot.web import serve
    server = serve.make_server(tmp_path, 0)
    try:
        try:
            raise BrokenPipeError(32, "Broken pipe")
        except BrokenPipeError:
            server.handle_error(None, ("127.0.0.1", 50000))
    finally:
        server.server_close()
    assert capfd.readouterr().err == ""
