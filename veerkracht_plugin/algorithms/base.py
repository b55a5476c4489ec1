"""Shared base class for all Veerkracht Processing algorithms."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Sequence, Tuple

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterEnum,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..core.messages import N_, VeerkrachtError
from ..i18n import DOCUMENT_LANGUAGES, decimal_mark, document_language, tr
from ..qgisio import frames, gpkg_copy, maps, outputs, staging
from ..qgisio.compat import ALGORITHM_NO_THREADING
from ..qgisio.paths import ICON_PATH

if TYPE_CHECKING:
    import pandas
    from qgis.core import QgsFeatureSource, QgsProcessingFeedback

#: (input path, table, output path) of the GeoPackage fast path (see VeerkrachtAlgorithm.gpkg_fast_path)
FastPath = Tuple[str, str, str]

#: Processing groups, in the order of the workflow (the approach's phases the plugin serves, then reporting).
#: The toolbox sorts groups and algorithms by name: each group's name starts with its number (1, 2, 3, ...:
#: its place in this dict) and each algorithm's with ``group.STEP`` ("1.3 Compute veerkracht"), so both
#: appear in pipeline order.
GROUPS = {
    "beeld": N_("Veerkracht in beeld"),
    "wijkschetsen": N_("Wijkschetsen en handelingsperspectieven"),
    "stad": N_("Impact op de hele stad"),
    "rapportage": N_("Rapportage"),
}


def group_number(group_id):
    """The number of group ``group_id`` in the toolbox: 1, 2, 3, ... in the order of :data:`GROUPS`."""
    return list(GROUPS).index(group_id) + 1

#: Follows every algorithm's help text: each parameter explains itself (QgsProcessingParameterDefinition.help()).
PARAMETER_HINT = N_("Hover over a parameter to read what it expects and what its default is.")

#: Appended to every algorithm's help text.
HELP_FOOTER = N_(
    "Veerkracht computes signals, it does not explain them: use the maps to start the conversation "
    "about a buurt, not to end it. Method: see docs/method.md in the plugin repository."
)


class VeerkrachtAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ID, GROUP, DISPLAY_NAME and HELP (English, marked with N_).

    HELP says what the algorithm does; what a parameter expects is its own help (:meth:`add_parameter`),
    shown as the parameter's tooltip in the algorithm dialog.
    """

    ID = ""
    GROUP = "beeld"
    #: the algorithm's place in its group (1, 2, ...), in pipeline order
    STEP = 1
    DISPLAY_NAME = ""
    HELP = ""
    #: run in the main thread instead of a background task (Processing's NoThreading flag): for algorithms
    #: that restyle project layers or render print layouts
    MAIN_THREAD = False

    # --- identity -------------------------------------------------------------------------------
    def name(self):
        return self.ID

    def displayName(self):  # noqa: N802
        """'1.3 Compute veerkracht': the group's number and the step within it, so that the toolbox (which
        sorts by name) lists the algorithms in pipeline order."""
        return f"{group_number(self.GROUP)}.{self.STEP} {tr(self.DISPLAY_NAME)}"

    def group(self):
        return f"{group_number(self.GROUP)} {tr(GROUPS[self.GROUP])}"

    def groupId(self):  # noqa: N802
        return self.GROUP

    def shortHelpString(self):  # noqa: N802
        return f"{tr(self.HELP)}<p>{tr(PARAMETER_HINT)}</p><p><i>{tr(HELP_FOOTER)}</i></p>"

    def icon(self):
        return QIcon(str(ICON_PATH))

    def flags(self):
        flags = super().flags()
        return flags | ALGORITHM_NO_THREADING if self.MAIN_THREAD else flags

    # --- parameters -------------------------------------------------------------------------------
    def add_parameter(self, parameter, help_text=""):
        """addParameter, with the parameter's help: a translated text, its tooltip in the algorithm dialog."""
        if help_text:
            parameter.setHelp(help_text)
        return self.addParameter(parameter)

    # --- documents in Dutch or English ------------------------------------------------------------
    LANGUAGE = "LANGUAGE"

    def add_language_parameter(self):
        """LANGUAGE: the language of the document written (default Dutch), whatever QGIS speaks."""
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                self.tr("Language of the document"),
                options=[self.tr("Nederlands (Dutch)"), self.tr("English")],
                defaultValue=0,
            ),
            self.tr("The language of the document written, whatever language QGIS runs in."),
        )

    def document_language(self, parameters, context):
        """A context manager: texts written inside it are in the chosen LANGUAGE (see i18n)."""
        index = self.parameterAsEnum(parameters, self.LANGUAGE, context)
        return document_language(DOCUMENT_LANGUAGES[index if 0 <= index < len(DOCUMENT_LANGUAGES) else 0])

    def tr(self, text):
        return tr(text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    # --- no output may harm an input (qgisio/outputs.py) -----------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Processing's checks, then :meth:`output_problem` (the dialog shows it before anything runs)."""
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            problem = self.output_problem(parameters, context)
            if problem is not None:
                return False, problem.format(tr, decimal_mark())
        return ok, message

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Runs before processAlgorithm on every path (dialog, dock tasks, scripts, qgis_process): refuses
        outputs that would harm an input, before anything is written."""
        problem = self.output_problem(parameters, context)
        if problem is not None:
            raise self.user_error(problem)
        return True

    def output_problem(self, parameters: dict, context: QgsProcessingContext):
        """The first way in which this run's destinations would harm its inputs, each other or a file of
        another kind (a core VeerkrachtError, see qgisio.outputs.check); None when all are safe."""
        sources, destinations = [], []
        for definition in self.parameterDefinitions():
            name, kind = definition.name(), definition.type()
            if parameters.get(name) in (None, ""):
                continue
            label = definition.description()
            if kind in ("sink", "vectorDestination", "rasterDestination"):
                destination = self.output_layer_path(parameters, name, context)
                destinations.append(outputs.parse_destination(destination, label))
            elif kind == "fileDestination":
                destination = self.parameterAsFileOutput(parameters, name, context)
                destinations.append(outputs.parse_destination(destination, label, kind="file"))
            elif kind in ("source", "vector", "layer", "raster"):
                sources.append(outputs.layer_location(self.parameterAsLayer(parameters, name, context), label))
            elif kind == "multilayer":
                sources.extend(outputs.layer_location(layer, label)
                               for layer in self.parameterAsLayerList(parameters, name, context))
            elif kind == "file":
                path = self.parameterAsFile(parameters, name, context)
                sources.append(outputs.Location(path, None, label) if path else None)
        return outputs.check(sources, destinations)

    # --- atomic layer outputs (qgisio/staging.py) ---------------------------------------------------
    def output_layer_path(self, parameters: dict, output_name: str, context: QgsProcessingContext) -> str:
        """Where output ``output_name`` goes. parameterAsOutputLayer also registers a project destination to load
        on completion, as parameterAsSink and register_output do later: only theirs is kept, or the toolbox
        would load every output twice."""
        to_load = context.layersToLoadOnCompletion()
        destination = self.parameterAsOutputLayer(parameters, output_name, context) or ""
        context.setLayersToLoadOnCompletion(to_load)
        return destination

    def open_sink(self, parameters: dict, output_name: str, context: QgsProcessingContext, fields, wkb_type,
                  crs=None, error: str = N_("Cannot create the output layer.")) -> StagedSink:
        """parameterAsSink, but a file destination is written under a temporary name beside it and only
        appears under its own name on :meth:`StagedSink.commit` (a context manager: discarded unless
        committed). A new layer for an existing GeoPackage is written into a temporary GeoPackage and copied
        into the file in one transaction on commit. Other destinations (memory, a database) are written as
        usual."""
        value = parameters.get(output_name)
        destination = self.output_layer_path(parameters, output_name, context)
        staged = None
        remapped = isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping()
        if not remapped and staging.can_stage(_static_destination(value)) and staging.can_stage(destination):
            try:
                staged = staging.StagedFile(destination)
            except OSError as problem:
                self.fail(N_("Cannot write {path}: {error}"), path=destination, error=problem)
        elif not remapped:
            target = staging.layer_destination(outputs.parse_destination(destination))
            if target is not None:  # a new layer into an existing GeoPackage: copied in on commit
                try:
                    staged = staging.StagedLayer(*target)
                except OSError as problem:
                    self.fail(N_("Cannot write {path}: {error}"), path=target[0], error=problem)
        if staged is not None:
            parameters = dict(parameters)
            parameters[output_name] = _redirected(value, staged.path)
        try:
            if crs is None:
                sink, dest_id = self.parameterAsSink(parameters, output_name, context, fields, wkb_type)
            else:
                sink, dest_id = self.parameterAsSink(parameters, output_name, context, fields, wkb_type, crs)
        except BaseException:
            if staged is not None:
                staged.discard()
            raise
        if sink is None:
            if staged is not None:
                staged.discard()
            self.fail(error)
        return StagedSink(sink, dest_id, staged)

    # --- errors and messages -------------------------------------------------------------------
    @staticmethod
    def fail(template, **values):
        """Raise a QgsProcessingException with a translated message (no traceback for the user)."""
        raise QgsProcessingException(tr(template).format(**values))

    @staticmethod
    def user_error(error):
        """Turn a core VeerkrachtError into a translated QgsProcessingException."""
        return QgsProcessingException(error.format(tr, decimal_mark()))

    @staticmethod
    def report(feedback, messages, warning=True):
        """Push core Messages (templates + values) to the log, translated."""
        for message in messages or []:
            text = message.format(tr, decimal_mark()) if hasattr(message, "format") else str(message)
            if warning:
                feedback.pushWarning(text)
            else:
                feedback.pushInfo(text)

    # --- the GeoPackage fast path (see gpkg_copy.write_gpkg_copy) ---------------------------------
    def gpkg_fast_path(self, parameters: dict, context: QgsProcessingContext, input_name: str = "INPUT",
                       output_name: str = "OUTPUT") -> FastPath | None:
        """(input path, table, output path) when the input is a whole GeoPackage table and the output a
        new GeoPackage file, so that GDAL can copy the features; None otherwise (use the sink)."""
        definition = parameters.get(input_name)
        if isinstance(definition, QgsProcessingFeatureSourceDefinition) and (
            definition.selectedFeaturesOnly or getattr(definition, "featureLimit", -1) not in (-1, None)
        ):
            return None
        layer = self.parameterAsVectorLayer(parameters, input_name, context)
        if layer is not None and layer.isEditable() and layer.isModified():
            return None  # unsaved edits live in the layer, not in the file: read through QGIS
        table = gpkg_copy.gpkg_table(layer)
        if table is None:
            return None
        destination = self.output_layer_path(parameters, output_name, context)
        if not gpkg_copy.is_plain_path(destination) or not destination.lower().endswith(".gpkg"):
            return None
        if outputs.same_file(destination, table[0]):
            return None  # never write over the input (output_problem refuses it before the run)
        if not gpkg_copy.gpkg_readable(table[0]):
            return None
        return (*table, destination)

    def write_fast_copy(self, fast, parameters, context, feedback, values, new_columns, style=None,
                        output_name="OUTPUT"):
        """Write the output through the GeoPackage fast path (see gpkg_copy.write_gpkg_copy); returns its
        destination, None when the fast path is not possible (the caller then uses a sink), or CANCELLED."""
        try:
            destination = gpkg_copy.write_gpkg_copy(*fast, values, new_columns, style, feedback.isCanceled)
        except gpkg_copy.CopyCancelled:
            return CANCELLED
        except RuntimeError as error:
            feedback.pushInfo(self.tr("Fast GeoPackage copy not possible ({error}); writing feature by feature.")
                              .format(error=error))
            return None
        feedback.pushInfo(self.tr("GeoPackage copied directly, without passing the features through QGIS "
                                  "(fast path)."))
        self.register_output(parameters, context, output_name, destination)
        return destination

    def read_frame(self, source: QgsFeatureSource, names: Sequence[str], fast: FastPath | None,
                   feedback: QgsProcessingFeedback) -> pandas.DataFrame:
        """The named fields of the input as a DataFrame indexed by fid: read with one read-only SQLite query on
        the fast path (``fast`` from :meth:`gpkg_fast_path`), else through the QGIS feature source."""
        if fast is not None:
            return gpkg_copy.gpkg_frame(fast[0], fast[1], names)
        return frames.source_to_frame(source, names, feedback)

    def write_output(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback,
                     source: QgsFeatureSource, values: pandas.DataFrame, new_columns: Sequence[Tuple[str, str]],
                     fast: FastPath | None = None, map_key: str | None = None, qml: Path | None = None,
                     output_name: str = "OUTPUT", progress: Tuple[float, float] = (50.0, 100.0)) -> str | None:
        """Write output ``output_name``, a copy of ``source`` with the columns of ``values`` added, and style it.

        ``new_columns``: (name, kind) pairs in output order (a new column replaces a source field of the same
        name). The GeoPackage fast path is taken when ``fast`` (see :meth:`gpkg_fast_path`) is given and the
        copy succeeds, else the features go through a sink (``progress``: the range it reports). The output
        is styled as map ``map_key`` (in a GeoPackage also as its default style) or with the QML file ``qml``
        (see :func:`style_output`). Returns the destination id, or None when the run was cancelled.
        """
        fields = frames.output_fields(source.fields(), new_columns)
        dest_id = None
        if fast is not None:
            style = None
            if map_key:
                style = maps.default_style_row(fields, map_key, QgsWkbTypes.displayString(source.wkbType()))
            dest_id = self.write_fast_copy(fast, parameters, context, feedback, values, new_columns, style,
                                           output_name)
            if dest_id is CANCELLED:
                return None
        if dest_id is None:
            with self.open_sink(parameters, output_name, context, fields, source.wkbType(),
                                source.sourceCrs()) as output:
                if not frames.write_copy(source, output.sink, fields, values, feedback, progress):
                    return None  # cancelled: the temporary file goes, a previous output stays
                output.close()  # a GeoPackage writer keeps its transaction open until it is closed
                if map_key:  # stored before the file appears under its name
                    maps.store_default_style(output.dest_id, map_key)
                dest_id = output.commit(context)
        if map_key or qml:
            style_output(context, dest_id, map_key, stored=True, qml=qml)
        return dest_id

    def register_output(self, parameters, context, output_name, destination):
        """What parameterAsSink does for the GUI: load the output on completion when the user asked for it."""
        definition = parameters.get(output_name)
        if isinstance(definition, QgsProcessingOutputLayerDefinition) and definition.destinationProject is not None:
            name = definition.destinationName or self.parameterDefinition(output_name).description()
            context.addLayerToLoadOnCompletion(
                destination, QgsProcessingContext.LayerDetails(name, definition.destinationProject, output_name))

    def run_document(self, parameters, context, function, *args, **kwargs):
        """run_core for a document's text: the texts in the chosen LANGUAGE, error messages in the user's."""
        try:
            with self.document_language(parameters, context):
                return function(*args, **kwargs)
        except VeerkrachtError as error:
            raise self.user_error(error) from None

    def run_core(self, function, *args, **kwargs):
        """Call a core function, turning its user errors into translated Processing errors."""
        try:
            return function(*args, **kwargs)
        except VeerkrachtError as error:
            raise self.user_error(error) from None


#: write_fast_copy's answer when the run was cancelled during the copy
CANCELLED = "cancelled"


class StagedSink:
    """A feature sink from :meth:`VeerkrachtAlgorithm.open_sink`: ``sink`` to add features to, ``dest_id``
    its (temporary) destination; :meth:`commit` closes it and moves the file into place. As a context
    manager the output is discarded when the block ends without a commit (cancel, error)."""

    def __init__(self, sink, dest_id, staged=None):
        self.sink = sink
        self.dest_id = dest_id
        self.staged = staged
        self.done = False

    def close(self):
        """Close the writer (it closes when its last reference goes: keep no other reference to ``sink``)."""
        self.sink = None

    def commit(self, context: QgsProcessingContext) -> str:
        """Close, move a staged file into place and return the final destination id (the layer to load on
        completion follows it)."""
        self.close()
        self.done = True
        if self.staged is None:
            return self.dest_id
        written = outputs.split_source(self.dest_id).path
        try:
            self.staged.commit(written)
        except OSError as error:
            self.staged.discard()
            raise QgsProcessingException(tr("Cannot write {path}: {error}").format(
                path=self.staged.destination, error=error)) from None
        dest_id = self.staged.final_source(self.dest_id, written)
        layers = context.layersToLoadOnCompletion()
        if self.dest_id in layers:
            layers[dest_id] = layers.pop(self.dest_id)
            context.setLayersToLoadOnCompletion(layers)
        return dest_id

    def discard(self):
        self.close()
        self.done = True
        if self.staged is not None:
            self.staged.discard()

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        if not self.done:
            self.discard()
        return False


def _static_destination(value) -> str:
    """The destination a parameter value names, before Processing resolves it ('TEMPORARY_OUTPUT' stays)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return str(value.sink.staticValue() or "")
    return "" if value is None else str(value)


def _redirected(value, path):
    """An output definition like ``value`` (load into the project, name, options), writing to ``path``."""
    definition = QgsProcessingOutputLayerDefinition(path)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        definition.destinationProject = value.destinationProject
        definition.destinationName = value.destinationName
        definition.createOptions = value.createOptions
    return definition


class _StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles an output layer once QGIS has loaded it (main thread): as one of the nine maps (``map_key``)
    or with a QML file (``qml``)."""

    _alive = []  # QGIS does not own Python post-processors: keep them referenced

    def __init__(self, map_key=None, qml=None):
        super().__init__()
        self.map_key = map_key
        self.qml = qml

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None:
            return
        if self.map_key:
            maps.apply_map_style(layer, self.map_key)
        else:
            maps.apply_qml_style(layer, self.qml)

    @classmethod
    def create(cls, map_key=None, qml=None):
        instance = cls(map_key, qml)
        cls._alive.append(instance)
        return instance


def style_output(context, dest_id, map_key=None, stored=False, qml=None):
    """Style output ``dest_id`` as map ``map_key`` (see qgisio/maps.py), or with the QML file ``qml``.

    A map is also stored in a GeoPackage output as its default style, so that it opens styled in any QGIS
    (also after qgis_process); ``stored``: the GeoPackage was written with its default style already. When
    the output is loaded into the project (GUI), it is styled by a post-processor in the main thread.
    """
    if map_key and not stored:
        maps.store_default_style(dest_id, map_key)
    if context.willLoadLayerOnCompletion(dest_id):
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(_StylePostProcessor.create(map_key, qml))
