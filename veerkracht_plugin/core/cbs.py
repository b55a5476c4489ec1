"""CBS Kerncijfers wijken en buurten: one alias table over the three field-name schemes.

Canonical names (left) are what ``veerkracht:preparecbs`` writes (indicators get ``_t0``/``_t1``).
Aliases cover the shapefile style (<= 2022), the GeoPackage/PDOK snake case (>= 2023) and the
StatLine/Excel mnemonics. Matching is case-insensitive.
"""

#: canonical name -> aliases (shapefile style, snake case, StatLine mnemonic, other spellings)
ALIASES = {
    # identity
    "buurtcode": ("BU_CODE", "buurtcode", "gwb_code", "bu_code", "gwb_code_10", "code"),
    "buurtnaam": ("BU_NAAM", "buurtnaam", "regio", "bu_naam", "name", "naam"),
    "wijkcode": ("WK_CODE", "wijkcode", "wk_code"),
    "wijknaam": ("WK_NAAM", "wijknaam", "wk_naam"),
    "gemeentecode": ("GM_CODE", "gemeentecode", "gm_code"),
    "gemeentenaam": ("GM_NAAM", "gemeentenaam", "gm_naam", "gm_naam"),
    "water": ("WATER", "water"),
    "indeling": ("IND_WBI", "indelingswijziging_wijken_en_buurten", "ind_wbi"),
    # population and housing
    "inwoners": ("AANT_INW", "aantal_inwoners", "a_inw"),
    "huishoudens": ("AANTAL_HH", "AANT_HH", "aantal_huishoudens", "a_hh"),
    "woningen": ("WONINGEN", "woningvoorraad", "a_woning"),
    "p_koopwoningen": ("P_KOOPWON", "percentage_koopwoningen", "p_koopw"),
    "p_huurwoningen": ("P_HUURWON", "percentage_huurwoningen", "p_huurw"),
    "p_corporatie": ("P_HUURCORP", "P_WCORPW", "perc_huurwoningen_in_bezit_woningcorporaties", "p_wcorpw"),
    # vulnerability
    "p_laag_inkomen": ("P_LAAGINKH", "P_HH_LI", "percentage_huishoudens_met_laag_inkomen", "p_hh_li"),
    "p_sociaal_minimum": (
        "P_SOCMINH",
        "percentage_huishoudens_onder_of_rond_sociaal_minimum",
        "p_hh_osm",
    ),
    "bijstand": ("AANT_BIJST", "aantal_personen_met_een_alg_bijstandsuitkering_tot", "a_soz_wb"),
    "p_moeite_rondkomen": ("RIVM_MOEITE_RONDKOMEN", "o_moeite_rondkomen"),
}


def find_field(available, canonical):
    """The name in ``available`` that matches the canonical name or one of its aliases, else None."""
    by_lower = {name.lower(): name for name in available}
    for candidate in (canonical, *ALIASES.get(canonical, ())):
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None


#: CBS special values: every value <= -99990 (-99999999 in older files, -99995 not yet published,
#: -99997 secret/unreliable) means "missing", never a number.
SENTINEL_MAX = -99990


def numeric(values):
    """Values (numbers, numeric text with ',' or '.', '.', None) as floats; CBS sentinels and '.' -> NaN."""
    import numpy as np
    import pandas as pd

    series = pd.Series(values, dtype=object)
    text = series.map(lambda v: v.strip().replace(",", ".") if isinstance(v, str) else v)
    result = pd.to_numeric(text, errors="coerce").astype(float).to_numpy()
    result[result <= SENTINEL_MAX] = np.nan
    return result
