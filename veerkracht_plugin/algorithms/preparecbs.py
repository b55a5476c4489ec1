"""veerkracht:preparecbs – two years of CBS Kerncijfers wijken en buurten as one normalised buurt layer."""

from typing import NamedTuple

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsSpatialIndex,
)

from ..core import cbs
from ..core.lazy import lazy_module
from ..core.messages import N_
from ..qgisio import frames
from .base import VeerkrachtAlgorithm

pd = lazy_module("pandas")


class _Polygons(NamedTuple):
    """The GEOMETRY source and its feature ids by normalised buurtcode."""

    source: object
    by_code: object  # pandas Series: buurtcode -> feature id


class PrepareCbs(VeerkrachtAlgorithm):
    ID = "preparecbs"
    GROUP = "beeld"
    DISPLAY_NAME = N_("Prepare CBS buurten (two years)")
    HELP = N_(
        "Reads two CBS Kerncijfers wijken en buurten layers (buurt polygons with key figures, as downloaded) "
        "and writes one buurt layer on the geometry of the second year with normalised field names, ready "
        "for the signal map (veerkracht:score).<br><br>"
        "Each of the two layers may use any of the CBS field-name schemes: shapefile style (BU_CODE, "
        "AANT_INW, P_HH_LI, ...), GeoPackage/PDOK snake case (buurtcode, aantal_inwoners, "
        "percentage_huishoudens_met_laag_inkomen, ...) or the StatLine "
        "mnemonics (gwb_code, a_inw, p_hh_li, ...); the two may differ. Codes are normalised to text with "
        "prefix (BU + 8 characters); bare numbers get the prefix.<br><br>"
        "<b>Output</b> (CRS of t1, water removed): buurtcode, buurtnaam, wijkcode, gemeentecode, "
        "gemeentenaam (from t1; wijknaam when present; jaar_t0/jaar_t1 when the files have a year); "
        "every indicator as &lt;name&gt;_t0 and &lt;name&gt;_t1, e.g. inwoners, huishoudens, woningen, "
        "p_koopwoningen, p_huurwoningen, p_corporatie, p_laag_inkomen, p_sociaal_minimum, bijstand, woz, "
        "inkomen_per_inwoner (units as in the source); an indicator found in one year only is written for "
        "that year and logged.<br>"
        "<b>vk_indeling</b>: 1 unchanged, 2 recoded only, 3 boundary changed (CBS flag "
        "IND_WBI/indelingswijziging = 3 in t1, or the polygons differ beyond the tolerance), 4 new buurt "
        "(not in t0). The CBS flag only compares with the year before t1, hence the geometry check. "
        "<b>vk_buurtcode_t0</b>: the t0 code the buurt was matched to.<br>"
        "<b>vk_ontbreekt</b>: CBS special values become NULL; this text keeps why, as 'field: reason' "
        "entries separated by '; ', e.g. 'p_laag_inkomen_t1: niet_gepubliceerd'. Reasons: "
        "niet_gepubliceerd (-99995), geheim (-99997), onbekend (-99999999 and other values &lt;= -99990), "
        "punt ('.'), ongeldig (other text).<br><br>"
        "<b>StatLine / CBS OData</b> (the 'onbewerkte dataset' CSV, also what the cbsodata package returns): "
        "columns are found by their name without the numeric suffix (AantalInwoners_5, Codering_3), only "
        "buurt rows are used (SoortRegio), padding is stripped and '.' is missing. Where StatLine gives a "
        "count for a figure the Wijk- en Buurtkaart gives as a percentage, the percentage is written under the "
        "usual name (p_eenpersoons_hh = 100 × Eenpersoonshuishoudens / HuishoudensTotaal; p_0_14, p_65_plus "
        "from the age counts and AantalInwoners).<br>"
        "<b>Tables without geometry</b> (a StatLine CSV, the kerncijfers Excel saved as CSV, a PDOK table): "
        "choose a buurt polygon layer as <b>GEOMETRY</b>; the rows are joined to its polygons by buurtcode "
        "(codes normalised: BU prefix, padding, case) and the log says how many matched.<br>"
        "<b>FIELD_MAP</b> names fields that no CBS name covers: canonical=field pairs, e.g. "
        "'inwoners=Bewoners; t0:huishoudens=HH_2019'.<br><br>"
        "The log lists matched, new and changed buurten and the missing values per reason. "
        "The inputs are not changed."
    )

    BUURTEN_T0 = "BUURTEN_T0"
    BUURTEN_T1 = "BUURTEN_T1"
    GEOMETRY = "GEOMETRY"
    GEOMETRY_CODE_FIELD = "GEOMETRY_CODE_FIELD"
    FIELD_MAP = "FIELD_MAP"
    KEEP_WATER = "KEEP_WATER"
    BOUNDARY_TOLERANCE = "BOUNDARY_TOLERANCE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        for name, label, help_text in (
            (self.BUURTEN_T0, self.tr("Buurten t0 (earlier year)"),
             self.tr("The earlier year: buurt polygons with key figures, as downloaded, or a table without "
                     "geometry (StatLine CSV, kerncijfers as CSV) together with GEOMETRY.")),
            (self.BUURTEN_T1, self.tr("Buurten t1 (later year)"),
             self.tr("The later year: its polygons and CRS are those of the output (of GEOMETRY when it is a "
                     "table).")),
        ):
            self.add_parameter(
                QgsProcessingParameterFeatureSource(name, label, [QgsProcessing.SourceType.TypeVector]),
                help_text,
            )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.GEOMETRY, self.tr("Buurt polygons for tables without geometry"),
                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True,
            ),
            self.tr("Optional. Buurt polygons with a buurtcode: rows of a t0 or t1 table without geometry are joined "
                    "to them by buurtcode."),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                self.GEOMETRY_CODE_FIELD, self.tr("Buurtcode field of the polygons"),
                parentLayerParameterName=self.GEOMETRY, optional=True,
            ),
            self.tr("Optional. Left empty, the code is found by its usual names (buurtcode, BU_CODE, code, ...)."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.FIELD_MAP, self.tr("Field map (canonical=field, ...)"),
                                         multiLine=True, optional=True),
            self.tr("Optional. For field names no CBS name covers: pairs canonical=field separated by ';', ',' or "
                    "new lines, e.g. 'buurtcode=Code; inwoners=Bewoners'. Prefix t0: or t1: for one year only "
                    "('t0:huishoudens=HH_2019'). Canonical names: buurtcode, inwoners, huishoudens, "
                    "p_laag_inkomen, p_corporatie, ... (see docs/data.md)."),
        )
        self.add_parameter(
            QgsProcessingParameterBoolean(self.KEEP_WATER, self.tr("Keep water features"), False),
            self.tr("CBS files hold water features (WATER = JA) and Belgian territory around Baarle-Nassau "
                    "(WATER = B); only land (NEE) is kept unless this is on."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.BOUNDARY_TOLERANCE,
                self.tr("Boundary change tolerance (% of the larger polygon)"),
                QgsProcessingParameterNumber.Type.Double,
                10.0,
                True,
                0.0,
                100.0,
            ),
            self.tr("A buurt whose t0 and t1 polygons differ by more than this share of the larger polygon (area of "
                    "the symmetric difference, t0 reprojected to the CRS of t1) counts as boundary changed. A new "
                    "code whose polygon matches an unused t0 polygon within the tolerance counts as recoded and "
                    "gets the t0 figures (default 10 %)."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Prepared CBS buurten")),
            self.tr("One buurt layer on the polygons of t1 with normalised field names, ready for veerkracht:score."),
        )

    # --- reading ------------------------------------------------------------------------------
    def _read(self, source, label, keep_water, feedback, field_map, polygons):
        """(year, reasons, the source of its polygons): a table without geometry is joined to ``polygons``
        (see :meth:`_polygon_codes`) and indexed by their feature ids."""
        if source is None:
            self.fail(N_("Layer {layer} cannot be read."), layer=label)
        table = not frames.has_geometry(source)
        if not table and not frames.is_polygon_source(source):
            self.fail(N_("Layer {layer} holds {kind}, not polygons: CBS buurten are polygons (or a table without "
                         "geometry, with GEOMETRY)."), layer=label, kind=frames.geometry_kind(source))
        if table and polygons is None:
            self.fail(N_("Layer {layer} has no geometry (a table such as a StatLine CSV): choose a buurt polygon layer "
                         "as GEOMETRY; the rows are then joined to its polygons by buurtcode."), layer=label)
        mapping = cbs.resolve_fields(frames.field_names(source), field_map)
        self.run_core(cbs.require_code_field, mapping, label)
        frame = frames.source_to_frame(source, cbs.source_fields(mapping), feedback)
        year, reasons, messages = self.run_core(cbs.read_year, frame, mapping, label, keep_water)
        self.report(feedback, messages, warning=False)
        found = [c for c in cbs.INDICATORS if c in mapping]
        feedback.pushInfo(
            self.tr("{layer}: {n} buurten; buurt code field '{field}'; indicators found: {indicators}.").format(
                layer=label, n=len(year), field=mapping["buurtcode"],
                indicators=cbs.describe_mapping({c: mapping[c] for c in found}) or "-"
            )
        )
        if not found:
            feedback.pushWarning(self.tr("{layer}: no indicator recognised; not found: {missing}. Name the fields "
                                         "with FIELD_MAP.").format(layer=label, missing=", ".join(cbs.INDICATORS)))
        if not table:
            return year, reasons, source
        year, reasons = self._join_to_polygons(year, reasons, label, polygons, feedback)
        return year, reasons, polygons.source

    def _join_to_polygons(self, year, reasons, label, polygons, feedback):
        fids = year["buurtcode"].map(polygons.by_code)
        matched = fids.notna().to_numpy()
        unmatched = sorted(year.loc[~matched, "buurtcode"])
        feedback.pushInfo(self.tr("{layer}: {matched} of {n} rows joined to the polygons by buurtcode.").format(
            layer=label, matched=int(matched.sum()), n=len(year)))
        if unmatched:
            feedback.pushWarning(self.tr("{layer}: {n} buurtcode(s) not in the polygons: {codes}").format(
                layer=label, n=len(unmatched), codes=", ".join(unmatched[:10]) + (" …" if len(unmatched) > 10 else "")))
        if not matched.any():
            self.fail(N_("Layer {layer}: no buurtcode matches a polygon of GEOMETRY (e.g. {codes}); check that both "
                         "cover the same gemeente and year."), layer=label, codes=", ".join(unmatched[:3]))
        index = fids[matched].astype("int64").to_numpy()
        year, reasons = year[matched].copy(), reasons[matched].copy()
        year.index = reasons.index = index
        return year, reasons

    def _polygon_codes(self, parameters, context, feedback):
        """The GEOMETRY source and ``{buurtcode: feature id}`` of its polygons, or None without GEOMETRY."""
        source = self.parameterAsSource(parameters, self.GEOMETRY, context)
        if source is None:
            return None
        names = frames.field_names(source)
        field = self.parameterAsString(parameters, self.GEOMETRY_CODE_FIELD, context) or cbs.find_field(
            names, "buurtcode")
        if not field or field not in names:
            self.fail(N_("The GEOMETRY layer has no recognisable buurt code field; choose GEOMETRY_CODE_FIELD."))
        frame = frames.source_to_frame(source, [field], feedback)
        codes = pd.Series(cbs.normalise_codes(frame[field], *cbs.CODE_FORMATS["buurtcode"]), index=frame.index)
        codes = codes.dropna()
        twice = sorted(set(codes[codes.duplicated()]))
        if twice:
            self.fail(N_("The GEOMETRY layer holds {n} buurtcode(s) more than once: {codes}. Use one polygon per "
                         "buurt."), n=len(twice), codes=", ".join(twice[:10]))
        return _Polygons(source, pd.Series(codes.index, index=codes.to_numpy()))

    @staticmethod
    def _geometries(source, ids, transform=None):
        request = QgsFeatureRequest().setFilterFids(list(ids)).setNoAttributes()
        result = {}
        for feature in source.getFeatures(request):
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry = type(geometry)(geometry)
            if transform is not None:
                geometry.transform(transform)
            result[feature.id()] = geometry  # made valid in _difference, only where an overlay is needed
        return result

    @staticmethod
    def _difference(g0, g1):
        """(area t0, area t1, area of the symmetric difference).

        The overlay is the expensive part (and slowest for identical polygons, all of whose edges coincide),
        so the cases that need none come first: the same polygon (byte for byte, as when both years use
        the same boundaries) and polygons whose bounding boxes do not meet.
        """
        if g0.asWkb() == g1.asWkb():
            area = (g0 if g0.isGeosValid() else g0.makeValid()).area()
            return area, area, 0.0
        g0, g1 = (g if g.isGeosValid() else g.makeValid() for g in (g0, g1))
        area0, area1 = g0.area(), g1.area()
        if not g0.boundingBox().intersects(g1.boundingBox()):
            return area0, area1, area0 + area1
        symdiff = g0.symDifference(g1)
        return area0, area1, symdiff.area() if symdiff is not None and not symdiff.isNull() else 0.0

    def _compare_geometry(self, source0, source1, year0, year1, matches, tolerance, context, feedback):
        """Geometry checks: boundary changes of matched buurten, recoded buurten among the unmatched."""
        transform = None
        if source0.sourceCrs() != source1.sourceCrs() and source0.sourceCrs().isValid():
            transform = QgsCoordinateTransform(source0.sourceCrs(), source1.sourceCrs(), context.transformContext())
        geoms0 = self._geometries(source0, year0.index, transform)
        geoms1 = self._geometries(source1, year1.index)
        pairs = [(f1, f0) for f1, f0 in matches.items() if f1 in geoms1 and f0 in geoms0]
        areas = []
        for i, (f1, f0) in enumerate(pairs):
            if feedback.isCanceled():
                return set(), {}
            areas.append(self._difference(geoms0[f0], geoms1[f1]))
            if i % 100 == 0:
                feedback.setProgress(40 + 20 * i / max(len(pairs), 1))
        changed = set()
        if areas:
            area0, area1, symdiff = zip(*areas)
            flags = cbs.changed_geometry(area0, area1, symdiff, tolerance)
            changed = {f1 for (f1, _f0), flag in zip(pairs, flags) if flag}
        # recoded: a t1 buurt without code match whose polygon equals an unused t0 polygon
        used0 = set(matches.values())
        free0 = {f0: g for f0, g in geoms0.items() if f0 not in used0}
        recoded = {}
        unmatched1 = [f1 for f1 in year1.index if f1 not in matches and f1 in geoms1]
        if free0 and unmatched1:
            index = QgsSpatialIndex()
            for f0, geometry in free0.items():
                feature = QgsFeature(f0)
                feature.setGeometry(geometry)
                index.addFeature(feature)
            for f1 in unmatched1:
                if feedback.isCanceled():
                    return set(), {}
                best, best_ratio = None, None
                for f0 in index.intersects(geoms1[f1].boundingBox()):
                    if f0 not in free0:
                        continue
                    a0, a1, sd = self._difference(free0[f0], geoms1[f1])
                    ratio = sd / max(a0, a1) if max(a0, a1) > 0 else 1.0
                    if best_ratio is None or ratio < best_ratio:
                        best, best_ratio = f0, ratio
                if best is not None and best_ratio <= tolerance:
                    recoded[f1] = best
                    del free0[best]
        return changed, recoded

    # --- main ---------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source0 = self.parameterAsSource(parameters, self.BUURTEN_T0, context)
        source1 = self.parameterAsSource(parameters, self.BUURTEN_T1, context)
        keep_water = self.parameterAsBool(parameters, self.KEEP_WATER, context)
        tolerance = self.parameterAsDouble(parameters, self.BOUNDARY_TOLERANCE, context) / 100.0

        names = {"t0": frames.field_names(source0) if source0 else [],
                 "t1": frames.field_names(source1) if source1 else []}
        field_map = self.run_core(cbs.parse_field_map, self.parameterAsString(parameters, self.FIELD_MAP, context),
                                  names)
        polygons = self._polygon_codes(parameters, context, feedback)
        year0, reasons0, source0 = self._read(source0, "t0", keep_water, feedback, field_map["t0"], polygons)
        feedback.setProgress(20)
        year1, reasons1, source1 = self._read(source1, "t1", keep_water, feedback, field_map["t1"], polygons)
        feedback.setProgress(40)
        if feedback.isCanceled():
            return {}

        matches = cbs.match_codes(year0, year1)
        if source0 is source1:  # both years on the polygons of GEOMETRY: only the CBS flag tells a change
            feedback.pushInfo(self.tr("Both years are joined to the same polygons: boundary changes come from the CBS "
                                      "flag (indelingswijziging) only."))
            changed, recoded = set(), {}
        else:
            changed, recoded = self._compare_geometry(
                source0, source1, year0, year1, matches, tolerance, context, feedback
            )
        if feedback.isCanceled():
            return {}
        matches = {**matches, **recoded}
        table, columns, summary, messages = self.run_core(
            cbs.combine, year0, reasons0, year1, reasons1, matches, set(recoded), changed
        )
        self.report(feedback, messages)
        self._log_summary(feedback, summary, year1, table)
        feedback.setProgress(70)

        fields = frames.output_fields([], columns)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source1.wkbType(), source1.sourceCrs()
        )
        if sink is None:
            self.fail(N_("Cannot create the output layer."))
        self._write(source1, sink, fields, table, columns, feedback)
        return {self.OUTPUT: dest_id}

    def _log_summary(self, feedback, summary, year1, table):
        feedback.pushInfo(
            self.tr(
                "{buurten} buurten in t1: {matched} matched with t0 ({unchanged} unchanged, {recoded} recoded, "
                "{boundary} boundary changed, {geometry} of them detected from the geometry), {new} new; "
                "{unused} t0 buurten not used."
            ).format(
                buurten=summary["buurten"],
                matched=summary["matched"],
                unchanged=summary["unchanged"],
                recoded=summary["recoded"],
                boundary=summary["boundary"],
                geometry=summary["boundary_geometry"],
                new=summary["new"],
                unused=summary["t0_unused"],
            )
        )
        if summary["new"]:
            new = sorted(table.loc[table["vk_indeling"] == cbs.INDELING_NIEUW, "buurtcode"])
            shown = ", ".join(new[:10]) + (" …" if len(new) > 10 else "")
            feedback.pushWarning(
                self.tr("{n} buurt(en) not found in t0 (vk_indeling = 4): {codes}").format(n=len(new), codes=shown)
            )
        if summary["boundary"]:
            feedback.pushWarning(
                self.tr(
                    "{n} buurt(en) changed boundary (vk_indeling = 3): their change between t0 and t1 is not "
                    "comparable."
                ).format(n=summary["boundary"])
            )
        if summary["reasons"]:
            feedback.pushInfo(
                self.tr("Missing values (now NULL, reason in {field}): {counts}.").format(
                    field=cbs.REASON_FIELD,
                    counts=", ".join(f"{reason} {n}" for reason, n in summary["reasons"].items()),
                )
            )
        else:
            feedback.pushInfo(self.tr("No CBS special values found."))

    def _write(self, source, sink, fields, table, columns, feedback):
        # values column by column (vectorised), then one row per feature: no per-cell Python checks
        lists = []
        for name, kind in columns:
            values = frames.plain_column(table[name])
            if kind == "int":
                values = [None if v is None else int(v) for v in values]
            lists.append(values)
        rows = dict(zip(table.index.tolist(), zip(*lists)))
        total = max(len(rows), 1)
        request = QgsFeatureRequest().setFilterFids(list(rows)).setNoAttributes()
        batch = []
        for i, feature in enumerate(source.getFeatures(request)):
            if i % 1000 == 0 and feedback.isCanceled():
                return
            feature.setFields(fields, False)  # the source feature, with its geometry, becomes the output
            feature.setAttributes(list(rows[feature.id()]))
            batch.append(feature)
            if len(batch) >= 2000:
                sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                batch = []
                feedback.setProgress(70 + 30 * i / total)
        if batch:
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
