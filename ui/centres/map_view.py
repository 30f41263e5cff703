"""The map in the Centres area: the offline page of ``reports.maps`` in a QtWebEngine view.

The page is built by an operation (off the interface thread) and served to the view through
its own URL scheme, ``ghurfa-map:``, with the tiles of a folder or an MBTiles file the room
named in the settings: nothing is written to disk and the page has no size limit (``setHtml``
has one of 2 MB, which 8,000 centres pass). Requests are held to that scheme and, where the
room has one, its tile server: anything else the page might ask is refused and counted. A
click on a centre's marker reaches the program through a QWebChannel object, ``ghurfaHost``,
as ``centre_activated(id)``.

QtWebEngine wants two things before the application object exists: the scheme registered and
``Qt.AA_ShareOpenGLContexts`` set (``ui.centres.web_scheme``, which the program calls at
start). As root it needs ``QTWEBENGINE_DISABLE_SANDBOX=1``.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QFile,
    QIODevice,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import DomainError
from reports.maps import BuiltMap, Colouring, MapRequest, build_map, settings, tiles
from reports.maps.data import shifts_of
from ui.centres.web_scheme import SCHEME, register_scheme
from ui.context import AppContext
from ui.operations import Operation, query_op

log = logging.getLogger("ghurfa.map")
PAGE_HOST, TILES_HOST = "page", "tiles"
READY_WAITS = 25  # times 200 ms: a page that has not said it is ready by then is broken


register_scheme()  # imported late, the view still works; the program registers it first


class _Handler(QWebEngineUrlSchemeHandler):
    """Serves the page the view holds and the tiles it reads from disk."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.page = b""
        self.reader: tiles.FolderTiles | tiles.MBTiles | None = None
        self.served_tiles = 0

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        host = url.host()
        if host == PAGE_HOST:
            self._reply(job, b"text/html; charset=utf-8", self.page)
            return
        if host == TILES_HOST and self.reader is not None:
            parts = url.path().strip("/").split("/")
            try:
                z, x, y = (int(p) for p in parts)
            except ValueError:
                job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
                return
            data = self.reader.tile(z, x, y)
            if data is not None:
                self.served_tiles += 1
                self._reply(job, self.reader.mime.encode(), data)
                return
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, mime: bytes, data: bytes) -> None:
        buffer = QBuffer(job)  # lives as long as the job that reads it
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime), buffer)

    def close_reader(self) -> None:
        if isinstance(self.reader, tiles.MBTiles):
            self.reader.close()
        self.reader = None


class _Guard(QWebEngineUrlRequestInterceptor):
    """Lets through the page's own scheme, ``data:`` and the room's tile server; refuses
    the rest, so the map cannot reach the internet whatever a page holds."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.server: tuple[str, str] | None = None  # scheme, host[:port]
        self.refused: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        scheme = url.scheme()
        if scheme in (SCHEME.decode(), "data", "qrc", "blob"):
            return
        if self.server is not None and (scheme, url.authority()) == self.server:
            return
        self.refused.append(url.toString())
        info.block(True)


class _Page(QWebEnginePage):
    """Follows no link away from the map (a popup's text could hold one)."""

    def acceptNavigationRequest(self, url: QUrl, kind: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        return url.scheme() == SCHEME.decode() or not is_main_frame


class _Bridge(QObject):
    """What the page sees as ``window.ghurfaHost``."""

    activated = Signal(int)

    @Slot(int)
    def activate(self, centre_id: int) -> None:
        self.activated.emit(int(centre_id))


def _channel_script() -> QWebEngineScript:
    file = QFile(":/qtwebchannel/qwebchannel.js")
    file.open(QIODevice.OpenModeFlag.ReadOnly)
    source = bytes(file.readAll()).decode("utf-8")
    file.close()
    script = QWebEngineScript()
    script.setName("ghurfa-host")
    script.setSourceCode(source + "\nnew QWebChannel(qt.webChannelTransport, function (c) {"
                         " window.ghurfaHost = c.objects.ghurfa; });")
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(False)
    return script


@dataclass(frozen=True)
class _Shown:
    built: BuiltMap
    chosen: settings.MapSettings


class MapView(QWidget):
    """The map of one election: coloured by risk, or by the coverage of a chosen shift.

    ``show_map(election_id, shift_id, colour)`` builds and shows it; ``set_election`` is the
    Centres area's way to follow its chooser; ``show_centre(id)`` zooms to a centre.
    ``centre_activated(id)`` (and ``open_centre``, its name in the Centres area) is emitted
    when the user clicks a centre's marker; ``map_ready(count)`` when a page is on screen
    with its markers; ``failed(message)`` when one could not be built."""

    centre_activated = Signal(int)
    open_centre = Signal(int)
    map_ready = Signal(int)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.election_id: int | None = None
        self._request = MapRequest()
        self._generation = 0
        self._operation: Operation | None = None
        self._page_number = 0
        self._waits = 0
        self.built: BuiltMap | None = None

        # Off the record: nothing of it on disk. Made a child of this widget only once the
        # page is (below): children go in the order they came, and a page must go before its
        # profile.
        self.profile = QWebEngineProfile()
        self.handler = _Handler(self.profile)
        self.profile.installUrlSchemeHandler(QByteArray(SCHEME), self.handler)
        self.guard = _Guard(self.profile)
        self.profile.setUrlRequestInterceptor(self.guard)
        self.page = _Page(self.profile, self)
        self.bridge = _Bridge(self)
        self.bridge.activated.connect(self.centre_activated)
        self.centre_activated.connect(self.open_centre)
        self.channel = QWebChannel(self)
        self.channel.registerObject("ghurfa", self.bridge)
        self.page.setWebChannel(self.channel)
        self.page.scripts().insert(_channel_script())
        self.web = QWebEngineView(self)
        self.web.setPage(self.page)
        self.web.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.page.loadFinished.connect(self._on_page_load_finished)
        self.profile.setParent(self)
        self._released = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

        self.colour = QComboBox()
        self.colour.addItem(self.tr("Colour by risk"), Colouring.RISK)
        self.colour.addItem(self.tr("Colour by coverage of a shift"), Colouring.COVERAGE)
        self.shift = QComboBox()
        self.shift.setMinimumContentsLength(28)
        self.shift.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.colour.currentIndexChanged.connect(self._on_choice_changed)
        self.shift.currentIndexChanged.connect(self._on_choice_changed)
        self.refresh_button.clicked.connect(self.refresh)
        from ui.settings.map_settings import notice

        notice.changed.connect(self._on_settings_changed)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setVisible(False)
        self.progress = QLabel()
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.status)
        self.stack.addWidget(self.web)

        bar = QHBoxLayout()
        bar.addWidget(self.colour)
        bar.addWidget(QLabel(self.tr("Shift")))
        bar.addWidget(self.shift, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.notes)
        layout.addWidget(self.stack, 1)

    # -- what to show ----------------------------------------------------------------------

    def set_election(self, election_id: int | None) -> None:
        """Show the map of ``election_id`` (the latest, for None), by risk until a shift is
        chosen again."""
        self.election_id = election_id
        self._fill_shifts(election_id)
        self.show_map(election_id)

    def show_map(self, election_id: int | None = None, shift_id: int | None = None,
                 colour: Colouring | str = Colouring.RISK) -> Operation | None:
        """Build the map off the interface thread and show it when it comes; a build asked
        while one runs replaces it (the older result is dropped)."""
        self._request = MapRequest(election_id, shift_id, Colouring(colour))
        return self.refresh()

    def _on_settings_changed(self) -> None:
        """Tiles or boundaries chosen anew in the settings: a map on show draws again."""
        if self.built is not None or self._operation is not None:
            self.refresh()

    def refresh(self) -> Operation | None:
        if self.ctx.db is None or self._released:
            return None
        self._generation += 1
        generation, request = self._generation, self._request
        lang = self.ctx.language
        self.progress.setText(self.tr("Drawing the map…"))

        def read(session: Any) -> _Shown:
            chosen = settings.load()
            return _Shown(build_map(session, request, for_program=True, lang=lang,
                                    chosen=chosen), chosen)

        self._operation = query_op(self, self.ctx.db, read) \
            .success(lambda shown: self._on_built(generation, shown)) \
            .failure(lambda error: self._on_failed(generation, error)).run()
        return self._operation

    def show_centre(self, centre_id: int) -> None:
        if self._released:
            return
        self.page.runJavaScript(f"window.ghurfaMap && ghurfaMap.showCentre({int(centre_id)});")

    # -- choices ---------------------------------------------------------------------------

    def _fill_shifts(self, election_id: int | None) -> None:
        if self.ctx.db is None:
            return

        def filled(choices: list[tuple[int, str]]) -> None:
            self.shift.blockSignals(True)
            self.shift.clear()
            for shift_id, text in choices:
                self.shift.addItem(text, shift_id)
            self.shift.blockSignals(False)
            self._sync_shift_box()

        query_op(self, self.ctx.db, lambda session: shifts_of(session, election_id)) \
            .success(filled).run()

    def _sync_shift_box(self) -> None:
        by_coverage = self.colour.currentData() == Colouring.COVERAGE
        self.shift.setEnabled(by_coverage and self.shift.count() > 0)

    def _on_choice_changed(self, _index: int) -> None:
        self._sync_shift_box()
        if self.colour.currentData() == Colouring.COVERAGE:
            shift_id = self.shift.currentData()
            if shift_id is None:
                self._show_message(self.tr("This election has no shifts yet: coverage is "
                                           "measured for one shift."))
                return
            self.show_map(self.election_id, int(shift_id), Colouring.COVERAGE)
        else:
            self.show_map(self.election_id)

    # -- results ---------------------------------------------------------------------------

    def _on_built(self, generation: int, shown: _Shown) -> None:
        if generation != self._generation:
            return  # a newer map was asked for meanwhile
        self._operation = None
        self.built = shown.built
        self.handler.close_reader()
        self.guard.server = None
        source = shown.chosen.tiles
        try:
            self.handler.reader = tiles.open_reader(source)
        except DomainError:
            self.handler.reader = None  # the page was built without them and says so
        if source.kind is tiles.TileKind.SERVER:
            parts = urlsplit(source.location)
            self.guard.server = (parts.scheme, parts.netloc)
        self.notes.setText("\n".join(shown.built.notes))
        self.notes.setVisible(bool(shown.built.notes))
        self.handler.page = shown.built.html.encode("utf-8")
        self._page_number += 1
        self._waits = 0
        self.stack.setCurrentWidget(self.web)  # laid out at its size, so the map fits it
        self.page.load(QUrl(f"{SCHEME.decode()}://{PAGE_HOST}/{self._page_number}"))

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._operation = None
        if isinstance(error, DomainError):
            message = error.message(self.ctx.language)
        else:
            log.error("the map could not be built", exc_info=error)
            message = self.tr("The map could not be drawn. The log has the details.")
        self._show_message(message)
        self.failed.emit(message)

    def _show_message(self, message: str) -> None:
        self.progress.setText("")
        self.status.setText(message)
        self.stack.setCurrentWidget(self.status)

    def _on_page_load_finished(self, ok: bool) -> None:
        if not ok:
            self._show_message(self.tr("The map could not be shown."))
            return
        self.page.runJavaScript(
            "document.documentElement.getAttribute('data-ghurfa-ready')", 0, self._on_ready)

    def _on_ready(self, said: Any) -> None:
        try:
            count = int(json.loads(said)["centres"])
        except (TypeError, ValueError, KeyError):
            self._waits += 1
            if self._waits > READY_WAITS:
                self._show_message(self.tr("The map could not be shown."))
                return
            QTimer.singleShot(200, lambda: self._on_page_load_finished(True))
            return
        self.progress.setText("")
        self.map_ready.emit(count)

    def release(self) -> None:
        """Take QtWebEngine's parts down in the order it needs (the view, its page, then the
        profile), now: at the program's end the widget may outlive the application object,
        and a profile released before its page crashes the process."""
        if self._released or not shiboken6.isValid(self):
            return
        self._released = True
        self._generation += 1  # a build still on its way is dropped
        self.handler.close_reader()
        for part in (self.web, self.page, self.profile):
            if shiboken6.isValid(part):
                shiboken6.delete(part)

    def closeEvent(self, event: Any) -> None:
        if not self._released:
            self.handler.close_reader()
        super().closeEvent(event)
