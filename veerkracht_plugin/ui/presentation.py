"""Presentation mode for a whole session (gebiedsatelier), and the dock panel that starts it and styles
the mix map.

Presentation mode opens a window of its own, full screen on the chosen screen (the projector; the QGIS
window with the dock stays where it is, on the laptop). Nothing of the QGIS window is hidden, moved or
restyled, so leaving (Esc) gives back exactly what was there, on every QGIS version: the window is
closed and the selection the user had is restored. The window holds:

* a map canvas of its own showing the project's layers. The buurt layer is drawn through the canvas's
  *style overrides* (``QgsMapCanvas.setLayerStyleOverrides``): the nine maps (``maps.MAPS``, keys 1–9,
  buttons on top), the mix of handelingsperspectieven (Tab) or the layer's own style, each with large
  labels scaled to the screen (≥ 24 pt at 1080 px high, the mix glyph ≥ 60 px), without touching the
  layer's own style;
* a title bar (map title and gemeente) with the map buttons;
* a side panel: a search box (typing a buurt name anywhere jumps to it), the card of the buurt in focus
  in large type (class, vroeg signaal, inhabitants, households and key figures, its
  handelingsperspectieven – editable – and wijkschets), and the legend of the map shown;
* a bar with a large key hint and the position in the list (← →).

Keys: → PageDown Space ↓ next, ← PageUp Backspace ↑ previous (presenter clickers send PageDown/PageUp),
1–9 a map, Tab the mix map, 0 / Home an overview of the whole gemeente, letters search, Esc back. While
presenting no key reaches the QGIS window's shortcuts (an application event filter accepts every
ShortcutOverride in the presentation window); with the dock on a second screen, PageDown/PageUp typed
in the QGIS window (outside text fields) still step the presentation, so a clicker keeps working.

The buurt in focus is selected in the layer (the dock on the laptop shows it; the presentation canvas
draws no selection); tags chosen on the side card are set through the Handelingsperspectieven panel of
the dock, exactly as if chosen there (same saving, same undo).
"""


from qgis.core import Qgis, QgsCoordinateTransform, QgsFeatureRequest, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget

from ..core.messages import VeerkrachtError
from ..i18n import decimal_mark, tr
from ..qgisio.compat import REQUEST_NO_GEOMETRY
from .mixstyle import has_mix_style
from .presentation_card import PresentationCard
from .presentation_views import (
    MAP_NUMBER_KEYS,
    MAX_CONTEXT,
    MIN_CONTEXT,
    MIX,
    NEXT_KEYS,
    OVERVIEW_KEYS,
    OWN,
    PREVIOUS_KEYS,
    REFERENCE_HEIGHT,
    TEXT_INPUTS,
    FocusOutline,
    PresentationStyles,
    default_screen,
    maps_module,
    quote_value,
)
from .presentation_window import PresentationTool, PresentationWindow


def buurt_list(context, mode, klasse=None):
    """Feature ids for the presentation: mode 'onder_druk', 'class' (with ``klasse``) or 'selection';
    ordered by gemeente and buurtcode (the order of the CBS tables)."""
    layer = context.layer
    if layer is None:
        return []
    if mode == "selection":
        fids = list(layer.selectedFeatureIds())
        request = QgsFeatureRequest().setFilterFids(fids)
    else:
        klasse_field = context.fields.get("vk_klasse")
        if klasse_field is None:
            return []
        code = "onder_druk" if mode == "onder_druk" else (klasse or "onder_druk")
        request = QgsFeatureRequest().setFilterExpression(
            "\"{}\" = '{}'".format(klasse_field, code.replace("'", "''")))
    request.setFlags(REQUEST_NO_GEOMETRY)
    for field in (context.fields.gemeente, context.fields.code):
        if field:
            request.addOrderBy(f'"{field}"')
    request.setNoAttributes() if not (context.fields.gemeente or context.fields.code) else None
    return [feature.id() for feature in layer.getFeatures(request)]


class PresentationMode(PresentationCard, QObject):
    started = pyqtSignal()
    stopped = pyqtSignal()
    moved = pyqtSignal(int)
    viewChanged = pyqtSignal(str)  # noqa: N815

    def __init__(self, iface, context, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.context = context
        self.tags_panel = None  # the dock's HandelingsPanel: the side card sets tags through it
        self.active = False
        self.fids = []
        self.index = -1
        self.fid = None  # the buurt on the card (None in the overview)
        self.view = None
        self.window = None
        self.styles = None
        self.outline = None
        self.saved_selection = []
        self.layer = None
        self._selecting = False
        self._names = {}
        self.fixed_title = None
        self.tool = None
        self._extent = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(50)
        self._refresh.timeout.connect(self.refresh_card)

    # --- enter / leave ------------------------------------------------------------------------------
    def start(self, fids, title=None, screen=None):
        """Open the presentation of ``fids`` (may be empty: the overview) on ``screen`` (default: the
        projector, see :func:`default_screen`). ``title`` replaces the map title. True when started."""
        if self.active or self.context.layer is None:
            return False
        main = self.iface.mainWindow() if self.iface is not None else None
        main_canvas = self.iface.mapCanvas() if self.iface is not None else None
        layer = self.layer = self.context.layer
        screen = screen or default_screen(main)
        geometry = screen.geometry()
        scale = max(0.6, geometry.height() / REFERENCE_HEIGHT)
        self.saved_selection = list(layer.selectedFeatureIds())
        self.styles = PresentationStyles(layer, self.context.fields, scale)
        self.fixed_title = title
        self.active = True
        maps = maps_module().MAPS
        available = self.styles.available()
        window = self.window = PresentationWindow(self, main)
        window.setGeometry(geometry)
        window.build(scale, maps, available)
        canvas = window.canvas
        canvas.setCanvasColor(QColor("#FFFFFF"))
        canvas.enableAntiAliasing(True)
        canvas.setCachingEnabled(True)
        canvas.setParallelRenderingEnabled(True)
        canvas.setPreviewJobsEnabled(False)
        flags = canvas.mapSettings().flags()
        canvas.setMapSettingsFlags(flags & ~Qgis.MapSettingsFlags(Qgis.MapSettingsFlag.DrawSelection))
        layers = main_canvas.layers() if main_canvas is not None else []
        if layer not in layers:
            layers = [layer, *layers]
        self.outline = FocusOutline(layer.crs(), self.styles.scale)
        canvas.setLayers([self.outline.layer, *layers])
        crs = main_canvas.mapSettings().destinationCrs() if main_canvas is not None else layer.crs()
        canvas.setDestinationCrs(crs if crs.isValid() else layer.crs())
        self.tool = PresentationTool(canvas, self.context, self.jump_to_fid)
        canvas.setMapTool(self.tool)
        self._load_names()
        window.winId()  # the native window exists: put it on its screen before it is shown
        handle = window.windowHandle()
        if handle is not None and handle.screen() is not screen:
            handle.setScreen(screen)
        window.setGeometry(geometry)
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
        window.setFocus()
        QApplication.instance().installEventFilter(self)
        layer.willBeDeleted.connect(self.stop)
        layer.attributeValueChanged.connect(self._changed)
        layer.afterCommitChanges.connect(self._changed)
        self.context.buurtenChanged.connect(self._selection_followed)
        self.context.layerChanged.connect(self._layer_changed)
        self.fids = list(fids)
        self.index = -1
        self.fid = None
        self.show_view(self.initial_view(available), quiet=True)
        QCoreApplication.processEvents()  # the canvas takes its full-screen size before zooming
        self.started.emit()
        if self.fids:
            self.go(0)
        else:
            self.overview()
        return True

    def initial_view(self, available):
        """The map the layer shows now when it is one of the nine or the mix, else map 1 (else the first
        available map, else the layer's own style)."""
        layer = self.layer
        if has_mix_style(layer):
            return MIX
        current = layer.styleManager().currentStyle()
        for key in available:
            if maps_module().MAPS[key].style_name == current:
                return key
        if "signaal" in available:
            return "signaal"
        return available[0] if available else OWN

    def stop(self):
        if not self.active:
            return
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._refresh.stop()
        layer = self.layer
        for signal, slot in ((self.context.buurtenChanged, self._selection_followed),
                             (self.context.layerChanged, self._layer_changed),
                             *(((layer.willBeDeleted, self.stop), (layer.attributeValueChanged, self._changed),
                                (layer.afterCommitChanges, self._changed)) if layer is not None else ())):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        window, self.window = self.window, None
        if window is not None:
            canvas = window.canvas
            # no render job may outlive the layers it draws or the canvas cache it writes to: wait for it
            # (stopRendering() would let it finish in the background, after the window is gone)
            canvas.waitWhileRendering()
            canvas.unsetMapTool(self.tool)
            canvas.setLayerStyleOverrides({})
            canvas.setLayers([])
            window.hide()
            window.deleteLater()
        if self.outline is not None and window is not None:
            self.outline.layer.setParent(window)  # deleted with the window, after its canvas
        self.outline = None
        self.tool = None
        try:
            if layer is not None and layer.id() in QgsProject.instance().mapLayers():
                self._selecting = True
                layer.selectByIds(self.saved_selection)
        except RuntimeError:  # the layer is being deleted
            pass
        finally:
            self._selecting = False
        self.layer = None
        self.styles = None
        self._extent = None
        main = self.iface.mainWindow() if self.iface is not None else None
        if main is not None:
            main.activateWindow()
        self.stopped.emit()

    # --- keys ---------------------------------------------------------------------------------------
    def eventFilter(self, watched, event):  # noqa: N802
        """While presenting: no shortcut of the QGIS window fires in the presentation window, and a
        clicker's PageDown/PageUp steps the presentation from anywhere but a text field."""
        kind = event.type()
        if kind == QEvent.Type.Resize and self.window is not None and watched is self.window.canvas:
            QTimer.singleShot(0, self._keep_extent)  # the zoom a buurt asked for, at the canvas's final size
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or self.window is None:
            return False
        widget = watched if isinstance(watched, QWidget) else None
        inside = widget is not None and widget.window() is self.window
        if kind == QEvent.Type.ShortcutOverride:
            if inside:
                event.accept()  # delivered as an ordinary key press, to us: no QGIS action triggers
                return True
            return False
        if inside:
            if widget is self.window.search:
                return self._search_key(event)
            if isinstance(widget, QComboBox) and widget.view().isVisible():
                return False  # choosing in an open tag list
            return self.key_pressed(event)
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and not isinstance(
                widget, (*TEXT_INPUTS, QAbstractItemView)):
            # a clicker while the QGIS window has the focus (second screen); never a tag combo's PageDown
            self.next() if event.key() == Qt.Key.Key_PageDown else self.previous()
            return True
        return False

    def key_pressed(self, event):
        """Handle a key of the presentation window; True when it was ours."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier |
                        Qt.KeyboardModifier.MetaModifier):
            return True  # swallowed: Ctrl+2 and friends do nothing while presenting
        if key == Qt.Key.Key_Escape:
            self.stop()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key in OVERVIEW_KEYS:
            self.overview()
        elif key in MAP_NUMBER_KEYS:
            self.show_map(MAP_NUMBER_KEYS[key])
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.show_view(MIX)
        elif event.text() and event.text().isprintable() and not event.text().isspace():
            search = self.window.search
            search.setFocus()
            search.setText(search.text() + event.text())
            self.window.completer.setCompletionPrefix(search.text())
            self.window.completer.complete()
        return True

    def _search_key(self, event):
        if event.key() == Qt.Key.Key_Escape:
            search = self.window.search
            if search.text():
                search.clear()
            self.window.setFocus()
            return True
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return True
        return False

    # --- views --------------------------------------------------------------------------------------
    def show_map(self, number):
        maps = maps_module().MAPS
        keys = list(maps)
        if not 1 <= number <= len(keys):
            return False
        return self.show_view(keys[number - 1])

    def show_view(self, key, quiet=False):
        """Show map ``key`` (a key of maps.MAPS), MIX or OWN on the presentation canvas."""
        window = self.window
        if window is None:
            return False
        if key not in (MIX, OWN):
            try:
                maps_module().map_field(self.layer, key, self.context.fields.corporation)
            except VeerkrachtError as error:
                window.say(error.format(tr, decimal_mark()))
                self._check_buttons()
                return False
        xml, _scratch = self.styles.view(key)
        self.view = key
        window.canvas.setLayerStyleOverrides({self.layer.id(): xml})
        window.canvas.refresh()
        size = self.styles.scale
        window.set_legend(self.styles.legend(key, QSize(max(24, round(40 * size)), max(14, round(24 * size)))))
        self._update_titles()
        self._check_buttons()
        if not quiet:
            self.viewChanged.emit(key)
        return True

    def _check_buttons(self):
        for key, button in self.window.map_buttons.items():
            button.setChecked(key == self.view)

    def _update_titles(self):
        window = self.window
        window.title.setText(self.fixed_title or self.styles.title(self.view))
        gemeente = self._gemeente_name(self.fid)
        window.subtitle.setText(gemeente or "")
        window.subtitle.setVisible(bool(gemeente))

    def _gemeente_name(self, fid):
        fields = self.context.fields
        feature = self.context.feature(fid) if fid is not None else None
        if feature is None and self.fids:
            feature = self.context.feature(self.fids[0])
        if feature is None or not fields.gemeente:
            return ""
        return str(self.context.value(feature, "gemeente_name") or self.context.value(feature, "gemeente") or "")

    # --- moving ------------------------------------------------------------------------------------
    def next(self):
        """The next buurt of the list; from the overview or a buurt outside the list: back to the list
        where it was left."""
        if self.active and self.fids:
            self.go(min(self.index + 1, len(self.fids) - 1) if self.fid in self.fids else max(self.index, 0))

    def previous(self):
        if self.active and self.fids:
            self.go(max(self.index - 1, 0) if self.fid in self.fids else max(self.index, 0))

    def current_fid(self):
        return self.fid

    def go(self, index):
        if not self.active or not 0 <= index < len(self.fids):
            return
        self.index = index
        self.show_buurt(self.fids[index])
        self.moved.emit(index)

    def jump_to_fid(self, fid):
        """Show buurt ``fid`` (also one outside the list: next/previous then continue from the list
        position reached last)."""
        if not self.active:
            return False
        if fid in self.fids:
            self.go(self.fids.index(fid))
        else:
            self.show_buurt(fid)
        return True

    def show_buurt(self, fid):
        layer = self.layer
        feature = layer.getFeature(fid)
        if not feature.isValid():
            return
        self.fid = fid
        self._clear_highlight()
        self._set_focus_variable(fid)
        if feature.hasGeometry():
            self.outline.show(feature.geometry())
            self.set_extent(self.context_extent(feature))
        if self.context.fids != [fid]:
            self._selecting = True
            try:
                layer.selectByIds([fid])  # the dock (on the laptop) follows; the tags go to this buurt
            finally:
                self._selecting = False
        self.refresh_card()
        self._update_titles()

    def overview(self):
        """The whole gemeente of the buurt in focus (or of the list), all labels, a gemeente card."""
        if not self.active:
            return
        layer = self.layer
        fields = self.context.fields
        reference = self.fid if self.fid is not None else (self.fids[0] if self.fids else None)
        feature = self.context.feature(reference) if reference is not None else None
        gemeente = self.context.value(feature, "gemeente") if feature is not None and fields.gemeente else None
        request = QgsFeatureRequest()
        if gemeente is not None:
            request.setFilterExpression(f'"{fields.gemeente}" = {quote_value(gemeente)}')
        extent = QgsRectangle()
        features = []
        for item in layer.getFeatures(request):
            features.append(item)
            if item.hasGeometry():
                extent.combineExtentWith(item.geometry().boundingBox())
        if extent.isEmpty():
            extent = layer.extent()
        extent = self._to_canvas(extent)
        extent.scale(1.05)
        self._clear_highlight()
        self.fid = None
        self._set_focus_variable(None)
        self.set_extent(extent)
        self.gemeente_card(features, feature)
        self._update_titles()

    def context_extent(self, feature):
        """The buurt with its wijk around it: at least MIN_CONTEXT, at most MAX_CONTEXT buurt sizes."""
        own = feature.geometry().boundingBox()
        target = QgsRectangle(own)
        target.scale(MIN_CONTEXT)
        wijk = self._wijk_extent(feature)
        if wijk is not None:
            target.combineExtentWith(wijk)
        width = max(own.width(), own.height() * 0.5) * MAX_CONTEXT
        height = max(own.height(), own.width() * 0.5) * MAX_CONTEXT
        if target.width() > width or target.height() > height:
            centre = own.center()
            target = QgsRectangle(centre.x() - min(width, target.width()) / 2,
                                  centre.y() - min(height, target.height()) / 2,
                                  centre.x() + min(width, target.width()) / 2,
                                  centre.y() + min(height, target.height()) / 2)
        target.scale(1.08)
        return self._to_canvas(target)

    def _wijk_extent(self, feature):
        fields = self.context.fields
        if fields.wijk_code:
            value = self.context.value(feature, "wijk_code")
            expression = f'"{fields.wijk_code}" = {quote_value(value)}' if value is not None else None
        elif fields.code:
            code = str(self.context.value(feature, "code") or "")
            expression = f'"{fields.code}" LIKE {quote_value(code[:8] + "%")}' if len(code) == 10 else None
        else:
            expression = None
        if expression is None:
            return None
        request = QgsFeatureRequest().setFilterExpression(expression).setNoAttributes()
        extent = QgsRectangle()
        for item in self.layer.getFeatures(request):
            if item.hasGeometry():
                extent.combineExtentWith(item.geometry().boundingBox())
        return None if extent.isEmpty() else extent

    def _to_canvas(self, rect):
        destination = self.window.canvas.mapSettings().destinationCrs()
        source = self.layer.crs()
        if destination.isValid() and source.isValid() and destination != source:
            transform = QgsCoordinateTransform(source, destination, QgsProject.instance())
            return transform.transformBoundingBox(rect)
        return QgsRectangle(rect)

    def set_extent(self, extent):
        self._extent = QgsRectangle(extent)
        self.window.canvas.setExtent(extent)
        self.window.canvas.refresh()

    def _keep_extent(self):
        if self.window is not None and self._extent is not None:
            self.window.canvas.setExtent(self._extent)
            self.window.canvas.refresh()

    def _set_focus_variable(self, fid):
        scope = self.window.canvas.expressionContextScope()
        scope.setVariable("vk_focus", -1 if fid is None else int(fid))

    def _clear_highlight(self):
        if self.outline is not None:
            self.outline.show(None)

    # --- search -------------------------------------------------------------------------------------
    def _load_names(self):
        """'Name (code)' of every buurt, for the search box."""
        fields = self.context.fields
        self._names = {}
        wanted = [f for f in (fields.name, fields.code) if f]
        request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
        request.setSubsetOfAttributes(wanted, self.layer.fields())
        for feature in self.layer.getFeatures(request):
            name = self.context.value(feature, "name")
            code = self.context.value(feature, "code")
            text = f"{name} ({code})" if name and code else str(name or code or feature.id())
            self._names.setdefault(text, feature.id())
        self.window.completer.model().setStringList(sorted(self._names, key=str.lower))

    def find(self, text):
        """The buurt whose name (or code) matches ``text`` best: exact, then starting with, then containing
        (case-insensitive); None when nothing matches."""
        text = (text or "").strip().lower()
        if not text:
            return None
        if text in {entry.lower() for entry in self._names}:
            return next(fid for entry, fid in self._names.items() if entry.lower() == text)
        names = sorted(self._names.items(), key=lambda item: item[0].lower())
        for test in (lambda entry: entry.split(" (")[0] == text, lambda entry: entry.startswith(text),
                     lambda entry: text in entry):
            for entry, fid in names:
                if test(entry.lower()):
                    return fid
        return None

    def search_chosen(self, text):
        if self.window is None:
            return
        fid = self.find(text)
        if fid is None:
            if text.strip():
                self.window.say(tr("No buurt called '{text}'.").format(text=text.strip()))
            return
        QTimer.singleShot(0, self.window.search.clear)  # after the completer has written its choice
        self.window.setFocus()
        self.jump_to_fid(fid)

    # --- the card -----------------------------------------------------------------------------------
    def _selection_followed(self, fids):
        """A buurt picked in the QGIS window (dock on the laptop) comes to the projector."""
        if self._selecting or not self.active or len(fids) != 1 or fids[0] == self.fid:
            return
        self.jump_to_fid(fids[0])

    def _layer_changed(self, layer):
        if layer is not self.layer:
            self.stop()  # the dock moved to another layer (or this one was removed)

    def _changed(self, *_args):
        if self.active:
            self._refresh.start()
