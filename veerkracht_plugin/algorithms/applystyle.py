"""veerkracht:applystyle – style a scored buurt layer as one (or all nine) of the Veerkracht maps."""

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterVectorLayer,
)

from ..core.messages import N_, VeerkrachtError
from ..qgisio import maps
from ..qgisio.compat import FIELD_NUMERIC
from .base import VeerkrachtAlgorithm


class ApplyStyle(VeerkrachtAlgorithm):
    ID = "applystyle"
    GROUP = "beeld"
    STEP = 4
    DISPLAY_NAME = N_("Apply veerkracht map style")
    HELP = N_(
        "Styles a buurt layer as one of the nine Veerkracht maps, with Dutch legends and colour-blind-safe "
        "colours: 1 Signaleringskaart (absoluut), 2 Signaleringskaart (relatief), 3 Concentratie kwetsbare "
        "bewoners, 4 Ontwikkeling kwetsbare bewoners, 5 Overlast en onveiligheid, 6 Ontwikkeling overlast "
        "en onveiligheid, 7 Aandeel corporatiebezit, 8 Veerkrachtscore, 9 Focuskaart.<br><br>"
        "A layer in the project is restyled in place; nothing else about it changes. When the layer is a "
        "GeoPackage, the style is also stored inside the file as its default style (with <i>all nine</i>: "
        "all nine as named styles, map 1 as default), so the file opens styled in any QGIS. Buurten "
        "without data are hatched grey; on maps 1 and 2 the early-warning signal (vk_signaal) is marked "
        "with a dashed outline and a yellow triangle."
    )

    #: restyling a project layer must happen in the main thread
    MAIN_THREAD = True

    INPUT = "INPUT"
    MAP = "MAP"
    CORPORATION_FIELD = "CORPORATION_FIELD"
    OUTPUT = "OUTPUT"
    STYLES = "STYLES"

    def initAlgorithm(self, config=None):  # noqa: N802
        options = [f"{spec.number} {spec.title}" for spec in maps.MAPS.values()] + [self.tr("All nine maps")]
        self.add_parameter(
            QgsProcessingParameterVectorLayer(self.INPUT, self.tr("Input layer (scored buurten)")),
            self.tr("A layer in the project or a file, normally the output of veerkracht:score, which writes the "
                    "fields the maps show (vk_klasse, vk_klasse_rel, vk_k_niveau, vk_dk, vk_p_niveau, vk_dp, "
                    "vk_score, vk_focus, vk_signaal)."),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(self.MAP, self.tr("Map"), options=options, defaultValue=0),
            self.tr("One of the nine maps, or all nine: then the layer gets every map it has the fields for as a "
                    "named style (switch with right-click › Styles) and shows map 1."),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                self.CORPORATION_FIELD,
                self.tr("Corporation share field (%, map 7; empty: detect)"),
                parentLayerParameterName=self.INPUT,
                type=FIELD_NUMERIC,
                optional=True,
            ),
            self.tr("Map 7 only: the share of corporation dwellings in % (p_corporatie_t1 from "
                    "veerkracht:preparecbs, or the CBS field P_HUURCORP, P_WCORPW or "
                    "perc_huurwoningen_in_bezit_woningcorporaties). Left empty, it is detected."),
        )
        self.addOutput(QgsProcessingOutputVectorLayer(self.OUTPUT, self.tr("Styled layer")))
        self.addOutput(QgsProcessingOutputString(self.STYLES, self.tr("Maps applied")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            self.fail(N_("Cannot open the input layer."))
        choice = self.parameterAsEnum(parameters, self.MAP, context)
        corporation_field = self.parameterAsString(parameters, self.CORPORATION_FIELD, context) or None
        keys = list(maps.MAPS)
        try:
            if choice < len(keys):
                key = keys[choice]
                field = maps.map_field(layer, key, corporation_field)
                applied = [key]
            else:
                applied = maps.available_maps(layer, corporation_field)
                if maps.DEFAULT_MAP not in applied:
                    maps.map_field(layer, maps.DEFAULT_MAP)  # raises the clear missing-field error
                for key in keys:
                    if key not in applied:
                        feedback.pushWarning(
                            self.tr("Map {number} ({title}) skipped: the layer lacks its field.").format(
                                number=maps.MAPS[key].number, title=maps.MAPS[key].title
                            )
                        )
            if choice < len(keys):
                # GeoPackage: store the style in the file, through this very layer (see maps.store_styles)
                stored = maps.store_styles(layer, applied, default=key, corporation_field=corporation_field)
                maps.apply_map_style(layer, key, corporation_field)
                spec = maps.MAPS[key]
                feedback.pushInfo(
                    self.tr("Map {number} ({title}) applied, showing field '{field}'.").format(
                        number=spec.number, title=spec.title, field=field
                    )
                )
            else:
                # named styles first: the layer's own style is kept under its name before maps replace it
                maps.add_named_styles(layer, applied, corporation_field)
                stored = maps.store_styles(layer, applied, default=applied[0], corporation_field=corporation_field)
                layer.styleManager().setCurrentStyle(maps.MAPS[applied[0]].style_name)
                feedback.pushInfo(self.tr("{n} maps added as named styles of the layer.").format(n=len(applied)))
        except VeerkrachtError as error:
            raise self.user_error(error) from None
        if stored:
            feedback.pushInfo(
                self.tr("Stored {n} style(s) in the GeoPackage; default style: {name}.").format(
                    n=len(stored), name=maps.MAPS[applied[0]].style_name
                )
            )
        project = context.project()
        in_project = project is not None and project.mapLayer(layer.id()) is not None
        if in_project:
            layer.emitStyleChanged()  # the legend in the layer tree
            layer.triggerRepaint()  # the map canvas: no manual refresh needed
        return {self.OUTPUT: layer.id() if in_project else layer.source(), self.STYLES: ",".join(applied)}
