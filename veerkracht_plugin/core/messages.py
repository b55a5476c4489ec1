"""Translatable messages raised or logged by the core without importing QGIS.

The core marks English templates with :func:`N_`; the Processing layer translates the template with
``tr()`` and fills in the values, so users read errors in their own language.
"""

import math


def N_(text):  # noqa: N802 (gettext convention)
    """Mark ``text`` for translation; returns it unchanged."""
    return text


def format_number(value, digits=1, decimal="."):
    """``value`` with thousands separators and ``digits`` decimals: '1,234.5', or '1.234,5' with
    ``decimal=","`` (Dutch)."""
    text = f"{float(value):,.{digits}f}"
    if decimal == ",":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


#: what a table or page shows for a number that is missing
DASH = "–"


def format_number_or_dash(value, digits=1, decimal="."):
    """:func:`format_number` for a value that may be missing: None, NaN, pd.NA, infinity or anything that is
    no number gives :data:`DASH`. A value that rounds to zero has no minus sign ('0.0', not '-0.0')."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return DASH
    if not math.isfinite(number):
        return DASH
    if round(number, digits) == 0:
        number = 0.0
    return format_number(number, digits, decimal)


class Number:
    """A number in a message, written with the reader's decimal mark when the message is formatted:
    ``Number(1234.5)`` is '1,234.5' in English and '1.234,5' in Dutch (``decimal=","``)."""

    def __init__(self, value, digits=1):
        self.value = float(value)
        self.digits = digits

    def text(self, decimal="."):
        return format_number(self.value, self.digits, decimal)

    def __str__(self):
        return self.text()

    def __format__(self, spec):
        return format(str(self), spec)

    def __repr__(self):
        return f"Number({self.value!r}, {self.digits})"

    def __eq__(self, other):
        if isinstance(other, Number):
            return (self.value, self.digits) == (other.value, other.digits)
        return str(self) == other if isinstance(other, str) else NotImplemented

    def __hash__(self):
        return hash((self.value, self.digits))


def format_count(value, decimal="."):
    """Households or dwellings for display: a whole number, rounded half up ('2,288'); a value between 0 and 1
    is '< 1' (never '0' for something that is there), a missing value :data:`DASH`. Only the display is
    rounded: the tables keep the exact value."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return DASH
    if not math.isfinite(number):
        return DASH
    if 0 < abs(number) < 0.5:
        return "< 1" if number > 0 else "> -1"
    return format_number(math.floor(abs(number) + 0.5) * (1 if number >= 0 else -1), 0, decimal)


class Count(Number):
    """A count of households or dwellings in a message, written by :func:`format_count`."""

    def __init__(self, value):
        super().__init__(value, 0)

    def text(self, decimal="."):
        return format_count(self.value, decimal)


def _formatted(value, translate, decimal):
    """A value of a message: a Message (or a list of them, one per line) is translated too, a Number
    gets the decimal mark."""
    if isinstance(value, Number):
        return value.text(decimal or ".")
    if isinstance(value, Message):
        return value.format(translate, decimal)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Message) for v in value):
        return "\n".join(v.format(translate, decimal) for v in value)
    return value


class Message:
    """A message template with named values, e.g. ``Message(N_("{n} buurten"), n=3)``."""

    def __init__(self, template, **values):
        self.template = template
        self.values = values

    def format(self, translate=None, decimal=None):
        """The text: the template through ``translate``, Numbers with ``decimal`` ('.' or ',')."""
        template = translate(self.template) if translate else self.template
        return template.format(**{k: _formatted(v, translate, decimal) for k, v in self.values.items()})

    def __str__(self):
        return self.format()

    def __repr__(self):
        return f"Message({self.template!r}, **{self.values!r})"

    def __eq__(self, other):
        return isinstance(other, Message) and (self.template, self.values) == (other.template, other.values)


class VeerkrachtError(Exception):
    """A user error (bad input, bad parameter) with a translatable message."""

    def __init__(self, template, **values):
        self.message = Message(template, **values)
        super().__init__(self.message.format())

    def format(self, translate=None, decimal=None):
        return self.message.format(translate, decimal)
