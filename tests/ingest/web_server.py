"""A real local HTTP server for ingest tests, serving feeds and article pages we wrote.

The articles report real contacts in our own words: the Trump-Putin summit in Anchorage (15 August
2025), their phone call on a pause in strikes on energy infrastructure (18 March 2025), Macron's talks
with Xi Jinping in Beijing during his state visit (4 December 2025), and al-Sharaa's call with Erdogan
(8 January 2026).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Response = tuple[int, dict[str, str], bytes]
Route = Callable[[BaseHTTPRequestHandler], Response | None]

ARTICLES: dict[str, tuple[str, str, str]] = {
    # path: (lang, headline, body paragraphs)
    "/news/alaska-summit.html": (
        "en",
        "Trump and Putin meet in Alaska",
        "US President Donald Trump and Russian President Vladimir Putin held talks at Joint Base "
        "Elmendorf-Richardson in Anchorage on Friday, their first meeting in person since Trump "
        "returned to the White House.\n"
        "The meeting lasted close to three hours. No agreement on a ceasefire in Ukraine was "
        "announced when the two leaders spoke to reporters afterwards.",
    ),
    "/news/energy-call.html": (
        "en",
        "Putin and Trump agree on energy strike pause in call",
        "Vladimir Putin and Donald Trump spoke by telephone on Tuesday in a conversation that lasted "
        "more than two hours, the Kremlin and the White House said.\n"
        "Putin agreed to halt strikes on Ukraine's energy infrastructure for 30 days, while declining "
        "to back a full and immediate ceasefire.",
    ),
    "/fr/macron-xi.html": (
        "fr",
        "Emmanuel Macron reçu par Xi Jinping à Pékin",
        "Le président français Emmanuel Macron s'est entretenu jeudi avec son homologue chinois Xi "
        "Jinping au Palais du peuple, à Pékin, au deuxième jour de sa visite d'État en Chine.\n"
        "Les deux dirigeants ont abordé les échanges commerciaux entre l'Union européenne et la Chine "
        "ainsi que la guerre en Ukraine.",
    ),
    "/ar/sharaa-erdogan.html": (
        "ar",
        "الشرع وأردوغان يبحثان هاتفيا الأوضاع في سوريا",
        "أجرى الرئيس السوري أحمد الشرع يوم الخميس اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان، "
        "جرى خلاله بحث التطورات في مدينة حلب وسبل تعزيز الأمن والاستقرار في سوريا.\n"
        "وأكد الجانبان أهمية الحفاظ على وحدة الأراضي السورية وسيادتها.",
    ),
}


def article_html(path: str) -> bytes:
    """Render one of our articles as a page with navigation and a footer around it."""
    lang, title, body = ARTICLES[path]
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Test Wire, all rights reserved. Newsletter | Privacy</footer></body></html>"
    ).encode()


def rss_feed(base: str, paths: list[str], dates: list[str]) -> bytes:
    """An RSS 2.0 feed linking to the given pages, with RFC 2822 dates."""
    items = "".join(
        f"<item><title>{ARTICLES[p][1]}</title><link>{base}{p}?utm_source=rss</link>"
        f"<guid>{base}{p}</guid><pubDate>{d}</pubDate></item>"
        for p, d in zip(paths, dates, strict=True)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Test Wire</title>"
        f"<link>{base}/</link><description>World news</description>{items}</channel></rss>"
    ).encode()


def atom_feed(base: str, paths: list[str], dates: list[str]) -> bytes:
    """An Atom feed linking (relatively) to the given pages, with ISO datetimes."""
    entries = "".join(
        f"<entry><title>{ARTICLES[p][1]}</title><link href='{p}'/><id>tag:test,2026:{p}</id>"
        f"<updated>{d}</updated><published>{d}</published></entry>"
        for p, d in zip(paths, dates, strict=True)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Test Wire Atom</title><id>tag:test,2026:feed</id><updated>2026-01-09T08:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()


@dataclass
class WebServer:
    """A real HTTP server on 127.0.0.1 with routes the test sets, and a log of what was asked."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p.split("?")[0] == path)

    def serve_static(self, path: str, body: bytes, content_type: str, **headers: str) -> None:
        def route(_: BaseHTTPRequestHandler) -> Response:
            return 200, {"Content-Type": content_type, **headers}, body

        self.routes[path] = route

    def serve_article(self, path: str) -> None:
        self.serve_static(path, article_html(path), "text/html; charset=utf-8")


def _make_handler(server: WebServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = server.routes.get(self.path.split("?")[0])
            if route is None:
                self._send(404, {"Content-Type": "text/plain"}, b"not found")
                return
            answer = route(self)
            if answer is not None:  # None: the route wrote its own response
                self._send(*answer)

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            try:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to do

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def slow_route(delay: float) -> Route:
    """A route that answers only after a delay (to test timeouts)."""

    def route(_: BaseHTTPRequestHandler) -> Response:
        time.sleep(delay)
        return 200, {"Content-Type": "text/html"}, b"<html><body><p>late</p></body></html>"

    return route


def trickle_route(chunks: int, pause: float) -> Route:
    """A route that sends its body a little at a time, without a Content-Length."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        try:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Connection", "close")
            handler.end_headers()
            for _ in range(chunks):
                handler.wfile.write(b"<p>" + b"x" * 1000 + b"</p>")
                handler.wfile.flush()
                time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass
        handler.close_connection = True

    return route


def conditional_route(body: bytes, content_type: str, etag: str | None = None,
                      last_modified: str | None = None) -> Route:
    """A route that honours If-None-Match / If-Modified-Since with 304 Not Modified."""

    def route(handler: BaseHTTPRequestHandler) -> Response:
        headers = {"Content-Type": content_type}
        if etag:
            headers["ETag"] = etag
        if last_modified:
            headers["Last-Modified"] = last_modified
        if (etag and handler.headers.get("If-None-Match") == etag) or (
            last_modified and handler.headers.get("If-Modified-Since") == last_modified
        ):
            return 304, headers, b""
        return 200, headers, body

    return route


@contextmanager
def running_server() -> Iterator[WebServer]:
    """Start a real HTTP server on 127.0.0.1 (a free port) and stop it afterwards."""
    state = WebServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(state))
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
