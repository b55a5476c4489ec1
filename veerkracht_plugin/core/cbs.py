"""CBS Kerncijfers wijken en buurten: one alias table over the three field-name schemes.

Canonical names (left) are what ``veerkracht:preparecbs`` writes (indicators get ``_t0``/``_t1``).
Aliases cover the shapefile style (<= 2022, ``BU_CODE``, ``AANT_INW``), the GeoPackage/PDOK snake case
(>= 2023, ``buurtcode``, ``aantal_inwoners``), the StatLine/Excel mnemonics (``gwb_code``, ``a_inw``) and a
few spellings met in real downloads (RIVM columns, the English "grote steden" export). Matching is
case-insensitive; the first alias present in a layer wins.

Special values (see docs/data.md, "Reading CBS data"): every value <= -99990 and the text ``.`` are
missing, never a number. :func:`numeric_with_reasons` keeps the reason per value:

========================  ======================  =================================================
value                     reason code             meaning
========================  ======================  =================================================
``-99995``                ``niet_gepubliceerd``   not (yet) published; newer files (>= 2023). CBS
                                                  publishes key figures in three releases, so the
                                                  newest year has many of these (income, benefits).
``-99997``                ``geheim``              secret / too unreliable to publish (small numbers);
                                                  newer files.
``-99999999``, other      ``onbekend``            unknown, unreliable or secret without distinction
<= -99990                                         (older shapefile-style files use one code).
``.``                     ``punt``                StatLine/Excel: figure not available.
other non-numeric text    ``ongeldig``            not a number at all (should not occur in CBS data).
========================  ======================  =================================================

NULL / empty cells stay missing without a reason: the source itself holds no value. A value that is no
finite number (NaN, ``inf``, ``-inf``, also as text) is missing too, with reason ``ongeldig``.

StatLine / CBS OData ("onbewerkte dataset", also what the CBS OData API and the ``cbsodata`` package
return): column names carry a numeric suffix that changes between tables and years (``AantalInwoners_5``,
``Codering_3``). :data:`STATLINE` matches them by their stem without the suffix. Gemeente and wijk rows
(``SoortRegio`` = Gemeente/Wijk, or a GM/WK code) are skipped. Where StatLine gives a count for a figure
that the Wijk- en Buurtkaart gives as a percentage, :data:`SHARES` derives the percentage under the
canonical name (e.g. ``p_eenpersoons_hh`` = 100 × Eenpersoonshuishoudens / HuishoudensTotaal).
"""


import re
from typing import NamedTuple

from .lazy import lazy_module
from .messages import N_, Message, VeerkrachtError

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

#: canonical name -> aliases (shapefile style, snake case, StatLine mnemonic, other spellings)
ALIASES = {
    # identity
    "buurtcode": ("BU_CODE", "buurtcode", "gwb_code", "bu_code", "gwb_code_10", "buurt_code", "code"),
    "buurtnaam": ("BU_NAAM", "buurtnaam", "bu_naam", "regio", "name", "naam"),
    "wijkcode": ("WK_CODE", "wijkcode", "wk_code"),
    "wijknaam": ("WK_NAAM", "wijknaam", "wk_naam"),
    "gemeentecode": ("GM_CODE", "gemeentecode", "gm_code"),
    "gemeentenaam": ("GM_NAAM", "gemeentenaam", "gm_naam"),
    "water": ("WATER", "water"),
    "indeling": (
        "IND_WBI",
        "indelingswijziging_wijken_en_buurten",
        "ind_wbi",
        "IndelingswijzigingWijkenEnBuurten",
        "ChangeInDistrictOrNeighbourhood_4",
    ),
    "jaar": ("JAAR", "jaar"),
    "soort_regio": ("SoortRegio", "soort_regio", "recs"),
    # population and housing
    "inwoners": ("AANT_INW", "aantal_inwoners", "a_inw", "Number.of.inhabitants"),
    "huishoudens": ("AANTAL_HH", "AANT_HH", "aantal_huishoudens", "a_hh", "Number.of.households"),
    "bev_dichtheid": ("BEV_DICHTH", "bevolkingsdichtheid_inwoners_per_km2", "bev_dich", "Population.density"),
    "woningen": ("WONINGEN", "woningvoorraad", "a_woning"),
    "woz": ("WOZ", "gemiddelde_woningwaarde", "g_woz", "g_wozbag"),
    "p_koopwoningen": ("P_KOOPWON", "percentage_koopwoningen", "p_koopw", "koopwoning_percentage"),
    "p_huurwoningen": ("P_HUURWON", "percentage_huurwoningen", "p_huurw"),
    "p_corporatie": ("P_HUURCORP", "P_WCORPW", "perc_huurwoningen_in_bezit_woningcorporaties", "p_wcorpw"),
    "p_overige_verhuur": ("P_OVHUUR", "perc_huurwoningen_in_bezit_overige_verhuurders", "p_ov_hw"),
    "p_leegstand": ("P_LEEGSW", "percentage_leegstand_woningen", "p_leegsw"),
    # age and household composition
    "p_0_14": ("P_00_14_JR", "percentage_personen_0_tot_15_jaar", "p_00_14_jr", "p_00_14"),
    "p_65_plus": ("P_65_EO_JR", "percentage_personen_65_jaar_en_ouder", "p_65_eo_jr", "p_65_oo"),
    "p_eenpersoons_hh": ("P_EENP_HH", "percentage_eenpersoonshuishoudens", "p_eenp_hh", "p_1p_hh"),
    # income and benefits (vulnerability)
    "inkomen_per_inwoner": ("G_INK_PI", "gemiddeld_inkomen_per_inwoner", "g_ink_pi", "avg_income_per_capital"),
    "p_laag_inkomen": (
        "P_LAAGINKH",
        "P_HH_LI",
        "P_LINK_HH",
        "percentage_huishoudens_met_laag_inkomen",
        "p_hh_li",
        "p_low_income_household",
        "huishoudens_laag_inkomen",
    ),
    "p_sociaal_minimum": (
        "P_SOCMINH",
        "P_HH_OSM",
        "percentage_huishoudens_onder_of_rond_sociaal_minimum",
        "p_hh_osm",
        "p_household_smaller_bare_social_minimum",
        "huishoudens_sociaal_minimum",
    ),
    "bijstand": (
        "AANT_BIJST",
        "A_BIJSTAND",
        "aantal_personen_met_een_alg_bijstandsuitkering_tot",
        "a_soz_wb",
        "n_pp_w_assitance",
        "bijstandsontvangers",
    ),
    "arbeidsparticipatie": ("NETTO_ARB", "netto_arbeidsparticipatie", "p_arb_pp", "arbeidsparticipatie"),
    # RIVM/GGD Gezondheidsmonitor, modelled shares (present in some user files)
    "p_moeite_rondkomen": ("RIVM_MOEITE_RONDKOMEN", "o_moeite_rondkomen"),
    "p_angst_depressie": ("RIVM_ANGST_DEPRESSIE", "o_hoog_risico_angst_depressie"),
}

#: Identity fields: written without suffix (taken from t1).
IDENTITY = ("buurtcode", "buurtnaam", "wijkcode", "wijknaam", "gemeentecode", "gemeentenaam")
#: Fields that steer the preparation but are not indicators.
META = ("water", "indeling", "jaar", "soort_regio")
#: Indicators (written with _t0/_t1), in output order, with their field kind.
INDICATORS = {
    "inwoners": "int",
    "huishoudens": "int",
    "bev_dichtheid": "double",
    "woningen": "int",
    "woz": "double",
    "p_koopwoningen": "double",
    "p_huurwoningen": "double",
    "p_corporatie": "double",
    "p_overige_verhuur": "double",
    "p_leegstand": "double",
    "p_0_14": "double",
    "p_65_plus": "double",
    "p_eenpersoons_hh": "double",
    "inkomen_per_inwoner": "double",
    "p_laag_inkomen": "double",
    "p_sociaal_minimum": "double",
    "bijstand": "int",
    "arbeidsparticipatie": "double",
    "p_moeite_rondkomen": "double",
    "p_angst_depressie": "double",
}

#: vk_indeling codes
INDELING_GELIJK, INDELING_OMGECODEERD, INDELING_GRENS, INDELING_NIEUW = 1, 2, 3, 4

#: Name of the text field that keeps why a value is missing.
REASON_FIELD = "vk_ontbreekt"


#: StatLine / CBS OData column stems: a column matches when its name is the stem, optionally followed by
#: ``_<number>`` (``AantalInwoners_5``); the numbers change between tables and years.
STATLINE = {
    "buurtcode": ("Codering", "WijkenEnBuurten"),
    "gemeentenaam": ("Gemeentenaam",),
    "soort_regio": ("SoortRegio",),
    "indeling": ("IndelingswijzigingWijkenEnBuurten",),
    "inwoners": ("AantalInwoners",),
    "huishoudens": ("HuishoudensTotaal",),
    "bev_dichtheid": ("Bevolkingsdichtheid",),
    "woningen": ("Woningvoorraad",),
    "woz": ("GemiddeldeWoningwaarde",),
    "p_koopwoningen": ("Koopwoningen",),
    "p_huurwoningen": ("HuurwoningenTotaal",),
    "p_corporatie": ("InBezitWoningcorporatie",),
    "p_overige_verhuur": ("InBezitOverigeVerhuurders",),
    "p_leegstand": ("PercentageLeegstandWoningen",),
    "inkomen_per_inwoner": ("GemiddeldInkomenPerInwoner",),
    "p_laag_inkomen": ("HuishoudensMetEenLaagInkomen",),
    "p_sociaal_minimum": ("HuishOnderOfRondSociaalMinimum",),
    "bijstand": ("PersonenPerSoortUitkeringBijstand",),
    "arbeidsparticipatie": ("Nettoarbeidsparticipatie", "NettoArbeidsparticipatie"),
}


class Share(NamedTuple):
    """A percentage derived from two counts: 100 × numerator / denominator (both source field names)."""

    numerator: str
    denominator: str


#: canonical percentage -> (count stem or alias, canonical denominator): StatLine gives these as counts
SHARES = {
    "p_eenpersoons_hh": (("Eenpersoonshuishoudens",), "huishoudens"),
    "p_0_14": (("k_0Tot15Jaar",), "inwoners"),
    "p_65_plus": (("k_65JaarOfOuder",), "inwoners"),
}


def _stem_match(available, stems):
    for stem in stems:
        pattern = re.compile(re.escape(stem) + r"(_\d+)?", re.IGNORECASE)
        for name in available:
            if pattern.fullmatch(name.strip()):
                return name
    return None


def find_field(available, canonical):
    """The name in ``available`` that matches the canonical name or one of its aliases, else None.

    Exact names (case-insensitive) come first, then StatLine stems with a numeric suffix.
    """
    available = list(available)
    by_lower = {name.lower(): name for name in available}
    for candidate in (canonical, *ALIASES.get(canonical, ())):
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return _stem_match(available, STATLINE.get(canonical, ()))


def resolve_fields(available, field_map=None):
    """``{canonical: field name}`` for every identity, meta and indicator field found in ``available``.

    A source field is used for one canonical name only (the first in table order). ``field_map``
    (``{canonical: field}``, see :func:`parse_field_map`) names fields that no alias covers; it wins over
    the aliases. A percentage the source holds only as a count (StatLine) is a :class:`Share` of two fields.
    """
    available = list(available)
    field_map = dict(field_map or {})
    mapping, used = {}, set(field_map.values())
    for canonical in (*IDENTITY, *META, *INDICATORS):
        if canonical in field_map:
            mapping[canonical] = field_map[canonical]
            continue
        name = find_field(available, canonical)
        if name is not None and name not in used:
            mapping[canonical] = name
            used.add(name)
    for canonical, (stems, denominator) in SHARES.items():
        if canonical in mapping or denominator not in mapping or isinstance(mapping[denominator], Share):
            continue
        numerator = _stem_match([n for n in available if n not in used], stems)
        if numerator is not None:
            mapping[canonical] = Share(numerator, mapping[denominator])
            used.add(numerator)
    return {c: mapping[c] for c in (*IDENTITY, *META, *INDICATORS) if c in mapping}


def source_fields(mapping):
    """The source field names a mapping from :func:`resolve_fields` reads, in order, each once."""
    names = []
    for value in mapping.values():
        names.extend(value if isinstance(value, Share) else [value])
    return list(dict.fromkeys(names))


def describe_mapping(mapping):
    """``'inwoners (AANT_INW), p_0_14 (100 × k_0Tot15Jaar_8 / AantalInwoners_5)'`` for a log line."""
    parts = []
    for canonical, value in mapping.items():
        if isinstance(value, Share):
            parts.append(f"{canonical} (100 × {value.numerator} / {value.denominator})")
        else:
            parts.append(f"{canonical} ({value})")
    return ", ".join(parts)


FIELD_MAP_YEARS = ("t0", "t1")


def parse_field_map(text, available=None):
    """``FIELD_MAP`` text as ``{"t0": {canonical: field}, "t1": {...}}``.

    Pairs ``canonical=field`` are separated by commas, semicolons or new lines; ``t0:canonical=field``
    (or ``t1:``) applies to one year only, a pair without year to both. ``available``: optional
    ``{"t0": [names], "t1": [names]}`` to check that every named field exists. Raises VeerkrachtError on
    a malformed pair, an unknown canonical name or a missing field.
    """
    result = {year: {} for year in FIELD_MAP_YEARS}
    known = (*IDENTITY, *META, *INDICATORS)
    for part in re.split(r"[,;\n]", text or ""):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise VeerkrachtError(
                N_("Field map entry '{entry}' is not of the form canonical=field (e.g. inwoners=AANT_INW)."),
                entry=part,
            )
        key, field = (p.strip() for p in part.split("=", 1))
        years = FIELD_MAP_YEARS
        if ":" in key:
            year, key = (p.strip() for p in key.split(":", 1))
            if year.lower() not in FIELD_MAP_YEARS:
                raise VeerkrachtError(
                    N_("Field map entry '{entry}': the year must be t0 or t1."), entry=part
                )
            years = (year.lower(),)
        canonical = key.lower()
        if canonical not in known:
            raise VeerkrachtError(
                N_("Field map entry '{entry}': '{name}' is no canonical field name; known names: {names}."),
                entry=part,
                name=key,
                names=", ".join(known),
            )
        if not field:
            raise VeerkrachtError(N_("Field map entry '{entry}' names no field."), entry=part)
        for year in years:
            if available is not None and field not in available.get(year, ()):
                raise VeerkrachtError(
                    N_("Field map entry '{entry}': layer {layer} has no field '{field}'."),
                    entry=part,
                    layer=year,
                    field=field,
                )
            result[year][canonical] = field
    return result


def require_code_field(mapping, label):
    """Fail clearly when no buurt code field was found; the message lists the names tried and which
    canonical fields were found and which were not."""
    if "buurtcode" not in mapping:
        raise VeerkrachtError(
            N_(
                "Layer {layer} has no recognisable buurt code field; tried: {names}. Canonical fields found: "
                "{found}; not found: {missing}. Name the fields with the field map (e.g. "
                "buurtcode=<field>, inwoners=<field>)."
            ),
            layer=label,
            names=", ".join(dict.fromkeys(ALIASES["buurtcode"] + STATLINE["buurtcode"])),
            found=describe_mapping(mapping) or "-",
            missing=", ".join(c for c in (*IDENTITY, *INDICATORS) if c not in mapping) or "-",
        )


#: CBS special values: every value <= -99990 (-99999999 in older files, -99995 not yet published,
#: -99997 secret/unreliable) means "missing", never a number.
SENTINEL_MAX = -99990
SENTINEL_NIET_GEPUBLICEERD = -99995
SENTINEL_GEHEIM = -99997
REASON_ONBEKEND = "onbekend"
REASON_NIET_GEPUBLICEERD = "niet_gepubliceerd"
REASON_GEHEIM = "geheim"
REASON_PUNT = "punt"
REASON_ONGELDIG = "ongeldig"
REASONS = (REASON_ONBEKEND, REASON_NIET_GEPUBLICEERD, REASON_GEHEIM, REASON_PUNT, REASON_ONGELDIG)


_NUMBER_KINDS = {"floating", "integer", "mixed-integer-float", "empty", "decimal"}


def numeric_with_reasons(values):
    """Values as floats plus, per value, why it is missing.

    Returns ``(numbers, reasons)``: two arrays of the input's length. ``numbers`` is float with NaN for
    every missing value; ``reasons`` is an object array with a reason code (see the module docstring)
    for CBS special values and text, and None for real numbers and for NULL/empty cells.
    Numeric text may use a decimal comma ("7,5").
    """
    series = pd.Series(values, dtype=object)
    if pd.api.types.infer_dtype(series, skipna=True) in _NUMBER_KINDS:  # fast path: no text at all
        numbers = pd.to_numeric(series, errors="coerce").astype(float).to_numpy()
        reasons = np.full(len(numbers), None, dtype=object)
        reasons[numbers == SENTINEL_NIET_GEPUBLICEERD] = REASON_NIET_GEPUBLICEERD
        reasons[numbers == SENTINEL_GEHEIM] = REASON_GEHEIM
        other = (numbers <= SENTINEL_MAX) & (numbers != SENTINEL_NIET_GEPUBLICEERD) & (numbers != SENTINEL_GEHEIM)
        reasons[other] = REASON_ONBEKEND
        reasons[np.isinf(numbers)] = REASON_ONGELDIG
        numbers[(numbers <= SENTINEL_MAX) | np.isinf(numbers)] = np.nan
        return numbers, reasons
    is_text = series.map(lambda v: isinstance(v, str)).to_numpy(dtype=bool)
    text = series.map(lambda v: v.strip().replace(",", ".") if isinstance(v, str) else v)
    stripped = text.where(is_text, None)
    is_dot = (stripped == ".").to_numpy(dtype=bool)
    is_empty = (stripped == "").to_numpy(dtype=bool)
    is_null = series.isna().to_numpy(dtype=bool)
    numbers = pd.to_numeric(text.where(~(is_dot | is_empty), None), errors="coerce").astype(float).to_numpy()
    invalid = (np.isnan(numbers) & ~(is_dot | is_empty | is_null)) | np.isinf(numbers)
    numbers[np.isinf(numbers)] = np.nan
    sentinel = numbers <= SENTINEL_MAX  # NaN compares False
    reasons = np.select(
        [
            is_dot,
            invalid,
            numbers == SENTINEL_NIET_GEPUBLICEERD,
            numbers == SENTINEL_GEHEIM,
            sentinel,
        ],
        [REASON_PUNT, REASON_ONGELDIG, REASON_NIET_GEPUBLICEERD, REASON_GEHEIM, REASON_ONBEKEND],
        default="",
    ).astype(object)
    reasons[reasons == ""] = None
    numbers[sentinel] = np.nan
    return numbers, reasons


def numeric(values):
    """Values (numbers, numeric text with ',' or '.', '.', None) as floats; CBS sentinels and '.' -> NaN."""
    return numeric_with_reasons(values)[0]


#: code kind -> (prefix, digits)
CODE_FORMATS = {"buurtcode": ("BU", 8), "wijkcode": ("WK", 6), "gemeentecode": ("GM", 4)}


def normalise_codes(values, prefix="BU", digits=8):
    """CBS codes as upper-case strings with their prefix: ``' bu02000101 '`` -> ``'BU02000101'``.

    Bare numbers (``'00340101'``, ``340101``, ``340101.0`` as in exports without the prefix) get the
    prefix and are zero-padded to ``digits``. Codes may contain letters (``BU0034010A``) and are kept.
    Empty values become None. Returns an object array.
    """
    values = list(values)
    if all(type(v) is str and v[:1].isalpha() and v == v.strip().upper() for v in values):
        return np.array(values, dtype=object)  # already normalised (the usual case): 20x faster
    series = pd.Series(values, dtype=object)
    text = series.map(lambda v: None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v))
    text = text.str.strip().str.upper()
    text = text.str.replace(r"^(\d+)\.0+$", r"\1", regex=True)
    digits_only = text.str.fullmatch(r"\d+").fillna(False).astype(bool)
    text = text.where(~digits_only, prefix + text.str.zfill(digits))
    text = text.where(text.fillna("") != "", None)
    return text.to_numpy(dtype=object)


#: WATER values: NEE = land, JA = water, B = Belgian territory around Baarle-Nassau (CBS Toelichting
#: Wijk- en Buurtkaart: "Belgisch grondgebied", gemeente GM0998 Buitenland).
WATER_LAND = "NEE"


def land_mask(values, keep_water=False):
    """Boolean array: True for the features to keep.

    By default only land (``NEE``) is kept; ``JA`` (water) and ``B`` (Belgian territory around
    Baarle-Nassau, no Dutch buurt figures) are dropped. A missing or unknown value is kept (no evidence
    that it is water). ``keep_water=True`` keeps everything.
    """
    series = pd.Series(values, dtype=object)
    if keep_water:
        return np.ones(len(series), dtype=bool)
    text = series.map(lambda v: str(v).strip().upper() if v is not None and v == v else "")
    return ~text.isin(["JA", "B"]).to_numpy(dtype=bool)


def normalise_indeling(values):
    """IND_WBI / indelingswijziging values as 1 (unchanged), 2 (recoded), 3 (boundary changed) or <NA>.

    Text ("3"), floats (3.0), sentinels and '.' are accepted; anything outside 1-3 becomes <NA>.
    """
    numbers = numeric(values)
    ok = np.isin(numbers, (1.0, 2.0, 3.0))
    return pd.Series(np.where(ok, numbers, np.nan)).astype("Int64").array


def read_year(frame, mapping, label, keep_water=False):
    """Normalise one year's attributes.

    ``frame`` holds the source columns named in ``mapping`` (from :func:`resolve_fields`), indexed by
    feature id. Returns ``(year, reasons, messages)``: ``year`` has canonical columns (identity as
    normalised text, ``indeling`` Int64, ``jaar`` and indicators as float) for the kept features;
    ``reasons`` has the same index and one object column per indicator (reason code or None).
    Raises VeerkrachtError for an empty layer, a layer without buurt code and duplicate codes.
    """
    require_code_field(mapping, label)
    messages = []
    if len(frame) == 0:
        raise VeerkrachtError(N_("Layer {layer} has no features."), layer=label)
    keep = np.ones(len(frame), dtype=bool)
    if "water" in mapping:
        keep = land_mask(frame[mapping["water"]], keep_water)
        dropped = int((~keep).sum())
        if dropped:
            messages.append(
                Message(N_("{layer}: {n} water feature(s) removed (WATER = JA or B)."), layer=label, n=dropped)
            )
    frame = frame[keep]
    frame = _buurt_rows(frame, mapping, label, messages)
    codes = normalise_codes(frame[mapping["buurtcode"]], *CODE_FORMATS["buurtcode"])
    no_code = np.array([c is None for c in codes], dtype=bool)
    if no_code.any():
        messages.append(
            Message(N_("{layer}: {n} feature(s) without buurt code skipped."), layer=label, n=int(no_code.sum()))
        )
        frame, codes = frame[~no_code], codes[~no_code]
    if len(frame) == 0:
        raise VeerkrachtError(N_("Layer {layer} has no buurten left after removing water."), layer=label)
    code_series = pd.Series(codes, index=frame.index)
    duplicated = sorted(set(code_series[code_series.duplicated()]))
    if duplicated:
        shown = ", ".join(duplicated[:10]) + (" …" if len(duplicated) > 10 else "")
        raise VeerkrachtError(
            N_("Layer {layer} holds {n} buurt code(s) more than once: {codes}. Use one feature per buurt."),
            layer=label,
            n=len(duplicated),
            codes=shown,
        )
    year = pd.DataFrame(index=frame.index)
    year["buurtcode"] = codes
    for canonical in IDENTITY[1:]:
        if canonical in CODE_FORMATS and canonical in mapping:
            year[canonical] = normalise_codes(frame[mapping[canonical]], *CODE_FORMATS[canonical])
        elif canonical in mapping:
            year[canonical] = [None if v is None else str(v).strip() for v in frame[mapping[canonical]]]
    # derive missing codes from the buurt code (BU + gemeente 4 + wijk 2 + buurt 2)
    derivable = year["buurtcode"].str.fullmatch(r"BU[0-9A-Z]{8}")
    if "gemeentecode" not in year:
        year["gemeentecode"] = np.where(derivable, "GM" + year["buurtcode"].str[2:6], None)
    if "wijkcode" not in year:
        year["wijkcode"] = np.where(derivable, "WK" + year["buurtcode"].str[2:8], None)
    if "indeling" in mapping:
        year["indeling"] = normalise_indeling(frame[mapping["indeling"]])
    if "jaar" in mapping:
        year["jaar"] = numeric(frame[mapping["jaar"]])
    reasons = pd.DataFrame(index=frame.index)
    for canonical in INDICATORS:
        if canonical in mapping:
            numbers, why = indicator_values(frame, mapping[canonical])
            year[canonical] = numbers
            reasons[canonical] = why
    return year, reasons, messages


#: SoortRegio values of the rows that are buurten; codes of the other region kinds StatLine mixes in
BUURT_REGION = "buurt"
OTHER_REGION_CODE = re.compile(r"\s*(GM|WK|NL|PV|LD|CR)\d", re.IGNORECASE)


def _buurt_rows(frame, mapping, label, messages):
    """Only the buurt rows: StatLine mixes gemeente and wijk rows in (SoortRegio, or a GM/WK code)."""
    if "soort_regio" in mapping:
        kind = frame[mapping["soort_regio"]].map(lambda v: str(v).strip().lower() if v is not None else "")
        keep = (kind == BUURT_REGION) | (kind == "") | (kind == "nan")
    else:
        keep = ~frame[mapping["buurtcode"]].map(lambda v: bool(OTHER_REGION_CODE.match(str(v)))).astype(bool)
    keep = keep.to_numpy(dtype=bool)
    skipped = int((~keep).sum())
    if skipped:
        messages.append(
            Message(N_("{layer}: {n} gemeente or wijk row(s) skipped (only buurt rows are used)."), layer=label,
                    n=skipped)
        )
    return frame[keep]


def indicator_values(frame, source):
    """``(numbers, reasons)`` of one indicator: a source field (see :func:`numeric_with_reasons`), or a
    :class:`Share` 100 × numerator / denominator, missing where either count is missing (with the first
    reason) or the denominator is not positive."""
    if not isinstance(source, Share):
        return numeric_with_reasons(frame[source])
    top, why_top = numeric_with_reasons(frame[source.numerator])
    bottom, why_bottom = numeric_with_reasons(frame[source.denominator])
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(bottom > 0, 100.0 * top / bottom, np.nan)
    reasons = np.where(pd.isna(why_top), why_bottom, why_top).astype(object)
    return share, reasons


def match_codes(year0, year1):
    """``{t1 feature id: t0 feature id}`` for buurten whose code exists in both years."""
    by_code = pd.Series(year0.index, index=year0["buurtcode"].to_numpy())
    matched = year1["buurtcode"].map(by_code)
    return {fid1: int(fid0) for fid1, fid0 in matched.dropna().items()}


def changed_geometry(area0, area1, area_symdiff, tolerance=0.10):
    """True where the symmetric difference exceeds ``tolerance`` times the larger of the two areas.

    Vectorised over arrays of areas (any unit, as long as the three use the same one). A boundary
    change is "clear" at the default 10 %: digitising noise and small corrections stay below it.
    """
    area0, area1, area_symdiff = (np.asarray(a, dtype=float) for a in (area0, area1, area_symdiff))
    larger = np.maximum(area0, area1)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(larger > 0, area_symdiff / larger, 0.0)
    return ratio > tolerance


def output_columns(year0, year1):
    """[(name, kind)] of the prepared layer, in order; and the lists of indicators per year."""
    both = [c for c in INDICATORS if c in year0 and c in year1]
    only0 = [c for c in INDICATORS if c in year0 and c not in year1]
    only1 = [c for c in INDICATORS if c in year1 and c not in year0]
    columns = [("buurtcode", "string"), ("buurtnaam", "string"), ("wijkcode", "string")]
    if "wijknaam" in year1:
        columns.append(("wijknaam", "string"))
    columns += [("gemeentecode", "string"), ("gemeentenaam", "string")]
    if "jaar" in year0:
        columns.append(("jaar_t0", "int"))
    if "jaar" in year1:
        columns.append(("jaar_t1", "int"))
    columns += [("vk_indeling", "int"), ("vk_buurtcode_t0", "string")]
    for canonical in INDICATORS:
        if canonical in year0:
            columns.append((f"{canonical}_t0", INDICATORS[canonical]))
        if canonical in year1:
            columns.append((f"{canonical}_t1", INDICATORS[canonical]))
    columns.append((REASON_FIELD, "string"))
    return columns, both, only0, only1


def combine(year0, reasons0, year1, reasons1, matches, recoded=(), changed=()):
    """The prepared table on the t1 buurten.

    ``matches``: ``{t1 fid: t0 fid}`` (by code, plus buurten matched by geometry); ``recoded``: t1 ids
    matched by geometry under another code; ``changed``: t1 ids whose geometry differs clearly from t0.

    ``vk_indeling``: 4 when the buurt has no t0 match; else 3 when the t1 CBS flag is 3 or the geometry
    changed; else 2 when recoded (matched by geometry, or the t1 CBS flag is 2); else 1.
    ``vk_ontbreekt``: ``"<field>: <reason>"`` entries joined by ``"; "`` (NULL when none).

    Returns ``(table, columns, summary, messages)``; ``summary`` is a dict with counts.
    """
    columns, both, only0, only1 = output_columns(year0, year1)
    index = year1.index
    fid0 = pd.Series(matches, dtype="float64").reindex(index)
    has0 = fid0.notna().to_numpy()
    rows0 = year0.reindex(fid0.fillna(-1).astype("int64").to_numpy())
    rows0.index = index
    why0 = reasons0.reindex(fid0.fillna(-1).astype("int64").to_numpy())
    why0.index = index
    table = pd.DataFrame(index=index)
    for name in ("buurtcode", "buurtnaam", "wijkcode", "wijknaam", "gemeentecode", "gemeentenaam"):
        if name == "wijknaam" and name not in year1:
            continue
        table[name] = year1[name] if name in year1 else None
    if "jaar" in year0:
        table["jaar_t0"] = rows0["jaar"]
    if "jaar" in year1:
        table["jaar_t1"] = year1["jaar"]
    flag1 = year1["indeling"] if "indeling" in year1 else pd.Series(pd.NA, index=index, dtype="Int64")
    flag1 = flag1.fillna(0).astype(int).to_numpy()
    is_changed = index.isin(list(changed))
    is_recoded = index.isin(list(recoded))
    indeling = np.select(
        [~has0, (flag1 == 3) | is_changed, is_recoded | (flag1 == 2)],
        [INDELING_NIEUW, INDELING_GRENS, INDELING_OMGECODEERD],
        default=INDELING_GELIJK,
    )
    table["vk_indeling"] = indeling
    table["vk_buurtcode_t0"] = rows0["buurtcode"].where(has0, None)
    reason_parts = []
    counts = {reason: 0 for reason in REASONS}
    for canonical in INDICATORS:
        years = (("t0", rows0, why0, canonical in year0), ("t1", year1, reasons1, canonical in year1))
        for suffix, rows, why, present in years:
            if not present:
                continue
            name = f"{canonical}_{suffix}"
            table[name] = rows[canonical].to_numpy()
            reason = why[canonical].to_numpy(dtype=object)
            if suffix == "t0":
                reason = np.where(has0, reason, None)
            for code in REASONS:
                counts[code] += int(np.sum(reason == code))
            text = pd.Series(reason, dtype=object)
            reason_parts.append((name + ": " + text.fillna("")).where(text.notna(), "").to_numpy(dtype=object))
    if reason_parts:
        stacked = np.stack(reason_parts, axis=1)
        joined = ["; ".join(p for p in row if p) for row in stacked]
        table[REASON_FIELD] = [text or None for text in joined]
    else:
        table[REASON_FIELD] = None
    summary = {
        "buurten": len(index),
        "matched": int(has0.sum()),
        "new": int((indeling == INDELING_NIEUW).sum()),
        "unchanged": int((indeling == INDELING_GELIJK).sum()),
        "recoded": int((indeling == INDELING_OMGECODEERD).sum()),
        "boundary": int((indeling == INDELING_GRENS).sum()),
        "boundary_geometry": int((is_changed & has0).sum()),
        "t0_unused": len(year0) - len(set(matches.values())),
        "reasons": {k: v for k, v in counts.items() if v},
    }
    messages = []
    for canonical in only0:
        messages.append(Message(N_("{field} is only in the t0 layer; written as {field}_t0 only."), field=canonical))
    for canonical in only1:
        messages.append(Message(N_("{field} is only in the t1 layer; written as {field}_t1 only."), field=canonical))
    return table, columns, summary, messages
