"""Headless Chromium for the map's tests and benchmark: render a page with the network cut off
and know every request it tried to make.

Every address the browser would reach goes to a proxy on the loopback that writes down what was
asked and answers 403, so a page that reaches for a server is caught, not merely broken; names
resolve to nothing besides. A ``file:`` page itself is read from disk, not through the proxy.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import socketserver
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
# The browser's own calls home (time, component updates, sign-in), which are not the page's.
QUIET_BROWSER = (
    "--disable-background-networking", "--no-first-run", "--disable-component-update",
    "--disable-sync", "--no-pings", "--disable-default-apps", "--disable-domain-reliability",
    "--disable-client-side-phishing-detection", "--no-service-autorun",
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,"
    "AutofillServerCommunication,CertificateTransparencyComponentUpdater,SigninInterception",
)
# What Chromium asks for itself all the same (component updates, sign-in), told apart by host;
# the tests check that the page names none of these hosts, so none of its requests hides here.
BROWSER_HOSTS = ("update.googleapis.com", "accounts.google.com", "clients2.google.com",
                 "clientservices.googleapis.com", "redirector.gvt1.com",
                 "safebrowsingohttpgateway.googleapis.com", "content-autofill.googleapis.com")
_READY = re.compile(r'data-ghurfa-ready="([^"]*)"')


def chromium() -> str | None:
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


class _Recorder(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Refuse)
        self.asked: list[str] = []


class _Refuse(socketserver.StreamRequestHandler):
    timeout = 5

    def handle(self) -> None:
        try:
            line = self.rfile.readline(4096).decode("latin-1").strip()
        except OSError:
            return
        if line:
            self.server.asked.append(line)  # type: ignore[attr-defined]
        with contextlib.suppress(OSError):
            self.wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n"
                             b"Connection: close\r\n\r\n")


@contextlib.contextmanager
def cut_off_network() -> Iterator[_Recorder]:
    recorder = _Recorder()
    thread = threading.Thread(target=recorder.serve_forever, daemon=True)
    thread.start()
    try:
        yield recorder
    finally:
        recorder.shutdown()
        recorder.server_close()


@dataclass(frozen=True)
class Rendered:
    dom: str
    asked: list[str]  # the requests that tried to leave the page (not the browser's own)
    seconds: float  # the browser's whole run, start to exit
    ready: dict | None  # what the page said when its layers were on the map

    @property
    def shown_centres(self) -> int:
        return int(self.ready["centres"]) if self.ready else 0


def render(page: Path, *, screenshot: Path | None = None, size: str = "1400,900",
           budget_ms: int = 5000, timeout: float = 120) -> Rendered:
    """Open ``page`` in headless Chromium with no network; the DOM it ends with, or a
    screenshot as well."""
    browser = chromium()
    if browser is None:
        raise FileNotFoundError("chromium")
    with cut_off_network() as recorder:
        port = recorder.server_address[1]
        common = [browser, "--headless", "--no-sandbox", "--disable-gpu",
                  *QUIET_BROWSER,
                  f"--proxy-server=http://127.0.0.1:{port}", "--proxy-bypass-list=<-loopback>",
                  f"--virtual-time-budget={budget_ms}", f"--window-size={size}"]
        started = time.perf_counter()
        done = subprocess.run([*common, "--dump-dom", page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=timeout)
        seconds = time.perf_counter() - started
        if screenshot is not None:
            subprocess.run([*common, f"--screenshot={screenshot}", page.resolve().as_uri()],
                           capture_output=True, timeout=timeout, check=False)
        asked = [line for line in recorder.asked
                 if not any(host in line for host in BROWSER_HOSTS)]
    found = _READY.search(done.stdout)
    ready = json.loads(found.group(1).replace("&quot;", '"')) if found else None
    return Rendered(done.stdout, asked, seconds, ready)


class _Addresses(HTMLParser):
    """Every address the markup loads from: ``src``, ``href``, ``srcset``, ``data``,
    ``poster`` and ``action`` attributes, and ``url(…)`` or ``@import`` in styles."""

    ATTRIBUTES = {"src", "href", "srcset", "data", "poster", "action", "background"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        for name, value in attrs:
            if value is None:
                continue
            if name in self.ATTRIBUTES:
                self.found.append(value)
            elif name == "style":
                self.found += style_addresses(value)

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.found += style_addresses(data)


def style_addresses(css: str) -> list[str]:
    urls = re.findall(r"url\(\s*['\"]?([^)'\"]*)", css)
    imports = re.findall(r"@import\s+['\"]([^'\"]+)", css)
    return urls + imports


def addresses(html: str) -> list[str]:
    parser = _Addresses()
    parser.feed(html)
    return parser.found


def remote(found: list[str]) -> list[str]:
    """The addresses of servers among ``found`` (``data:``, ``#``, ``file:`` are not)."""
    return [a for a in found if re.match(r"^\s*(https?:|//|ftp:|wss?:)", a, re.I)]
