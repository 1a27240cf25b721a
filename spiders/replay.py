"""Recorded responses served over real HTTP on 127.0.0.1, and the crawl side of replay mode.

A replay directory holds ``responses.jsonl`` (one JSON object per line) and the body files::

    {"method": "GET", "url": "https://www.ice.gov/identify-and-arrest/287g", "status": 200,
     "headers": {"Content-Type": "text/html; charset=utf-8"}, "body": "bodies/287g.html"}

Optional keys: ``delay`` (seconds to wait before answering, to rehearse timeouts) and
``note``. The server answers ``GET /<scheme>/<host>/<path>?<query>`` with the response recorded
for ``<scheme>://<host>/<path>?<query>``; an unrecorded URL gets 404 and the log line
``not recorded: URL``. In replay mode every crawl request is rewritten to that form (Scrapy
requests in the download handler, Chromium's requests in a Playwright route), and the
responses carry their original URLs again, so spiders cannot tell the difference.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from w3lib.url import canonicalize_url

logger = logging.getLogger("icewatch.replay")

RESPONSES_FILE = "responses.jsonl"
# Headers that describe the recorded transfer, not the body we serve.
_HOP_HEADERS = {"content-length", "transfer-encoding", "content-encoding", "connection"}


class ReplayFormatError(ValueError):
    """A replay directory does not follow the documented format."""


@dataclass
class Recorded:
    method: str
    url: str
    status: int
    headers: dict[str, str]
    body_path: Path | None
    delay: float = 0.0
    _body: bytes | None = field(default=None, repr=False)

    @property
    def body(self) -> bytes:
        if self._body is None:
            self._body = self.body_path.read_bytes() if self.body_path else b""
        return self._body

    @functools.cached_property
    def etag(self) -> str:
        """The body's hash, taken once (a large document is hashed on every request else)."""
        return '"' + hashlib.sha256(self.body).hexdigest()[:32] + '"'


def url_key(method: str, url: str) -> tuple[str, str]:
    return method.upper(), canonicalize_url(url, keep_fragments=False)


def load_replay(directory: str | Path) -> dict[tuple[str, str], Recorded]:
    """Read a replay directory; raises ReplayFormatError naming the line at fault."""
    directory = Path(directory)
    index = directory / RESPONSES_FILE
    if not index.is_file():
        raise ReplayFormatError(f"{directory} has no {RESPONSES_FILE}: not a replay directory")
    records: dict[tuple[str, str], Recorded] = {}
    root = directory.resolve()
    for number, line in enumerate(index.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            body = data.get("body")
            body_path = (directory / body).resolve() if body else None
            # A replay directory may come from anyone: its bodies are its own files, never
            # /etc/passwd, a ../ path or a link out of it.
            if body_path is not None and not body_path.is_relative_to(root):
                raise ReplayFormatError(f"body {body!r} is outside the replay directory")
            if body_path is not None and not body_path.is_file():
                raise ReplayFormatError(f"body file {body} is missing")
            rec = Recorded(
                method=data.get("method", "GET").upper(),
                url=data["url"],
                status=int(data.get("status", 200)),
                headers={str(k): str(v) for k, v in (data.get("headers") or {}).items()},
                body_path=body_path,
                delay=float(data.get("delay", 0)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ReplayFormatError(f"{index}:{number}: {exc}") from exc
        records[url_key(rec.method, rec.url)] = rec
    return records


def to_replay_url(url: str, base: str) -> str:
    """``https://host/path?q`` → ``<base>/https/host/path?q``."""
    parts = urlsplit(url)
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{base.rstrip('/')}/{parts.scheme}/{parts.netloc}{path}{query}"


def from_replay_path(path: str) -> str | None:
    """``/https/host/path?q`` → ``https://host/path?q`` (None when not of that form)."""
    scheme, _, rest = path.lstrip("/").partition("/")
    if scheme not in {"http", "https"} or not rest:
        return None
    host, slash, tail = rest.partition("/")
    return f"{scheme}://{host}/{tail}" if slash else f"{scheme}://{host}/"


class _Handler(BaseHTTPRequestHandler):
    server: ReplayServer
    # Keep-alive, as portals do: a crawl reuses its connections instead of opening one per
    # request (every answer carries a Content-Length).
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._answer(send_body=True)

    def _answer(self, *, send_body: bool) -> None:
        if self.path in {"/", "/index.json"}:
            self._send(200, {"Content-Type": "application/json"}, self.server.index(), send_body)
            return
        url = from_replay_path(self.path)
        method = "GET" if self.command == "HEAD" else self.command
        rec = self.server.records.get(url_key(method, url)) if url else None
        if rec is None:
            logger.warning("not recorded: %s", url or self.path)
            self.server.misses.append(url or self.path)
            self._send(
                404, {"Content-Type": "text/plain"}, f"not recorded: {url}\n".encode(), send_body
            )
            return
        host = urlsplit(rec.url).hostname or ""
        with self.server.counting(host):
            if rec.delay:
                time.sleep(rec.delay)
            headers = {k: v for k, v in rec.headers.items() if k.lower() not in _HOP_HEADERS}
            headers.setdefault("ETag", rec.etag)
            if rec.status == 200 and self.headers.get("If-None-Match") == headers["ETag"]:
                self._send(304, {"ETag": headers["ETag"]}, b"", False)
                return
            self.server.hits.append(rec.url)
            self._send(rec.status, headers, rec.body, send_body)

    def _send(self, status: int, headers: dict[str, str], body: bytes, send_body: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body:
            # The client may have given up already (a timeout rehearsal).
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True
    # Many crawlers connect at once; the default listen backlog of 5 drops connections,
    # and each dropped one costs the client a SYN retry (a second or more).
    request_queue_size = 256

    def __init__(self, directory: str | Path, host: str = "127.0.0.1", port: int = 0) -> None:
        if host not in {"127.0.0.1", "localhost", "::1"}:
            raise ValueError("the replay server listens on loopback only")
        self.directory = Path(directory)
        self.records = load_replay(self.directory)
        self.started = time.time()
        self.hits: list[str] = []
        self.misses: list[str] = []
        # Requests being answered per recorded host, and the most at once: what a portal
        # would see of the crawl's politeness.
        self.in_flight: dict[str, int] = {}
        self.peak: dict[str, int] = {}
        self._count_lock = threading.Lock()
        super().__init__((host, port), _Handler)

    @contextmanager
    def counting(self, host: str) -> Iterator[None]:
        with self._count_lock:
            self.in_flight[host] = self.in_flight.get(host, 0) + 1
            self.peak[host] = max(self.peak.get(host, 0), self.in_flight[host])
        try:
            yield
        finally:
            with self._count_lock:
                self.in_flight[host] -= 1

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def index(self) -> bytes:
        listing = [
            {
                "method": r.method,
                "url": r.url,
                "status": r.status,
                "replay": to_replay_url(r.url, self.base_url),
            }
            for r in self.records.values()
        ]
        return json.dumps(listing, indent=1).encode()


@contextmanager
def serving(directory: str | Path, port: int = 0) -> Iterator[ReplayServer]:
    """Run a replay server in a background thread for the duration of the block."""
    server = ReplayServer(directory, port=port)
    thread = threading.Thread(target=server.serve_forever, name="replay-server", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def recorded_urls(directory: str | Path) -> set[str]:
    return {rec.url for rec in load_replay(directory).values()}


class ReplayRecorder:
    """Writes responses into a replay directory (``icewatch replay record``)."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        (self.directory / "bodies").mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._seen = {
            url_key(r.method, r.url)
            for r in (
                load_replay(self.directory).values()
                if (self.directory / RESPONSES_FILE).exists()
                else []
            )
        }

    def add(self, method: str, url: str, status: int, headers: dict[str, str], body: bytes) -> bool:
        key = url_key(method, url)
        with self._lock:
            if key in self._seen:
                return False
            self._seen.add(key)
            digest = hashlib.sha256(body).hexdigest()
            name = f"bodies/{digest[:16]}{_suffix(url, headers)}"
            (self.directory / name).write_bytes(body)
            kept = {
                k: v
                for k, v in headers.items()
                if k.lower() not in _HOP_HEADERS | {"set-cookie", "date"}
            }
            line = {
                "method": method.upper(),
                "url": url,
                "status": status,
                "headers": kept,
                "body": name,
            }
            with (self.directory / RESPONSES_FILE).open("a", encoding="utf-8") as out:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        return True


def _suffix(url: str, headers: dict[str, str]) -> str:
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    if "." in name and len(name.rsplit(".", 1)[-1]) <= 5:
        return "." + quote(name.rsplit(".", 1)[-1].lower())
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    for marker, suffix in (("html", ".html"), ("json", ".json"), ("pdf", ".pdf"), ("xml", ".xml")):
        if marker in content_type:
            return suffix
    return ".bin"
