"""Shared base class for all Veerkracht Processing algorithms."""

from __future__ import annotations

import os
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
from ..qgisio import frames, gpkg_copy, maps
from ..qgisio.compat import ALGORITHM_NO_THREADING
from ..qgisio.paths import ICON_PATH

if TYPE_CHECKING:
    import pandas
    from qgis.core import QgsFeatureSource, QgsProcessingFeedback

#: (input path, table, output path) of the GeoPackage fast path (see VeerkrachtAlgorithm.gpkg_fast_path)
FastPath = Tuple[str, str, str]

#: Processing groups, in the order of the approach's four phases (+ reporting).
GROUPS = {
    "beeld": N_("1 Veerkracht in beeld"),
    "wijkschetsen": N_("2 Wijkschetsen en handelingsperspectieven"),
    "stad": N_("4 Impact op de hele stad"),
    "rapportage": N_("5 Rapportage"),
}

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
    DISPLAY_NAME = ""
    HELP = ""
    #: run in the main thread instead of a background task (Processing's NoThreading flag): for algorithms
    #: that restyle project layers or render print layouts
    MAIN_THREAD = False

    # --- identity -------------------------------------------------------------------------------
    def name(self):
        return self.ID

    def displayName(self):  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self):
        return tr(GROUPS[self.GROUP])

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
        destination = self.parameterAsOutputLayer(parameters, output_name, context) or ""
        if not gpkg_copy.is_plain_path(destination) or not destination.lower().endswith(".gpkg"):
            return None
        if os.path.abspath(destination) == os.path.abspath(table[0]):
            return None  # never write over the input
        if not gpkg_copy.gpkg_readable(table[0]):
            return None
        return (*table, destination)

    def write_fast_copy(self, fast, parameters, context, feedback, values, new_columns, style=None,
                        output_name="OUTPUT"):
        """Write the output through the GeoPackage fast path (see gpkg_copy.write_gpkg_copy); returns its
        destination, or None when the fast path is not possible (the caller then uses a sink)."""
        try:
            destination = gpkg_copy.write_gpkg_copy(*fast, values, new_columns, style)
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
        stored = dest_id is not None
        if dest_id is None:
            sink, dest_id = self.parameterAsSink(
                parameters, output_name, context, fields, source.wkbType(), source.sourceCrs())
            if sink is None:
                self.fail(N_("Cannot create the output layer."))
            complete = frames.write_copy(source, sink, fields, values, feedback, progress)
            del sink  # closes the output: a GeoPackage writer keeps its transaction open until then
            if not complete:
                return None
        if map_key or qml:
            style_output(context, dest_id, map_key, stored=stored, qml=qml)
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
