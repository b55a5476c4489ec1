"""Names of the handelingsperspectieven tags as the dock shows them (one source for the panel, the
conflict dialog and the messages)."""

from ..i18n import tr

#: the special combo entries after the intensities 0-3
NOT_DISCUSSED_INDEX = 4


def strategy_title(field):
    return {
        "vk_hp_sociaal": tr("Sociale aanpak"),
        "vk_hp_leefomgeving": tr("Leefomgeving"),
        "vk_hp_herpositionering": tr("Herpositionering bestaande voorraad"),
        "vk_hp_woningprogramma": tr("Woningprogramma"),
    }[field]


def strategy_hint(field):
    return {
        "vk_hp_sociaal": tr("Safety, social support, talent development"),
        "vk_hp_leefomgeving": tr("Amenities, public space, building quality, sustainability"),
        "vk_hp_herpositionering": tr("Rent policy, allocation, arrangements for existing dwellings"),
        "vk_hp_woningprogramma": tr("Demolish, replace or add dwellings"),
    }[field]


def intensity_labels():
    return [tr("0 none"), tr("1 limited"), tr("2 substantial"), tr("3 main effort")]


def not_discussed_label():
    return tr("– not discussed yet")


def different_label():
    return tr("(different)")


def text_caption(field):
    return {
        "vk_probleemanalyse": tr("Problem analysis (wijkschets)"),
        "vk_succes": tr("Definition of success"),
        "vk_partners": tr("Partners"),
    }[field]


def field_caption(field):
    return strategy_title(field) if field.startswith("vk_hp_") else text_caption(field)


def intensity_text(value):
    """An intensity as shown in the combo (NULL: not discussed yet)."""
    if value is None or value == "":
        return not_discussed_label()
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    labels = intensity_labels()
    return labels[number] if 0 <= number < len(labels) else str(value)


def value_text(field, value):
    if field.startswith("vk_hp_"):
        return intensity_text(value)
    return value or ""
