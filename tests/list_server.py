"""A local web server for the tests of Update lists: it serves files from a folder on
127.0.0.1 (never the internet), and can answer with an error or with endless data."""

from __future__ import annotations

import functools
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Handler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet tests
        pass

    def do_GET(self) -> None:
        if self.path.startswith("/endless"):  # a server sending far more than a list
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"x" * 65536)
            except OSError:  # the client stopped reading: that is the point
                return
        if self.path.startswith("/announce-huge"):  # says how large before sending anything
            self.send_response(200)
            self.send_header("Content-Length", str(10 ** 12))
            self.end_headers()
            return
        super().do_GET()


@dataclass
class ListServer:
    folder: Path
    port: int

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"


@contextmanager
def serve(folder: Path) -> Iterator[ListServer]:
    """Serve ``folder`` on 127.0.0.1 at a free port while the block runs."""
    handler = functools.partial(_Handler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ListServer(folder, server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (a connection is refused at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


DATA = Path(__file__).resolve().parent / "data" / "sanctions"
# The test excerpts, by the setting key of the file they stand in for.
EXCERPTS = {"ofac/sdn.csv": "ofac/sdn.csv", "ofac/alt.csv": "ofac/alt.csv",
            "ofac/add.csv": "ofac/add.csv", "ofac/sdn_comments.csv": "ofac/sdn_comments.csv",
            "un/consolidated.xml": "un-consolidated-excerpt.xml",
            "eu/eu-financial-sanctions-1.1.xml": "eu-fsf-1.1-sample.xml",
            "uk/UK-Sanctions-List.csv": "uk-sanctions-list-sample.csv"}


def local_addresses(server: ListServer) -> dict[str, str]:
    """Every list's address on the local server (served from tests/data/sanctions)."""
    return {key: server.url(path) for key, path in EXCERPTS.items()}


def offline_addresses() -> dict[str, str]:
    """Every list's address on a closed port of this computer: as if offline."""
    port = closed_port()
    return {key: f"http://127.0.0.1:{port}/{path}" for key, path in EXCERPTS.items()}
