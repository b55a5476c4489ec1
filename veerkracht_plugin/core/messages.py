"""Translatable messages raised or logged by the core without importing QGIS.

The core marks English templates with :func:`N_`; the Processing layer translates the template with
``tr()`` and fills in the values, so users read errors in their own language.
"""


def N_(text):  # noqa: N802 (gettext convention)
    """Mark ``text`` for translation; returns it unchanged."""
    return text


def _formatted(value, translate):
    """A value of a message: a Message (or a list of them, one per line) is translated too."""
    if isinstance(value, Message):
        return value.format(translate)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Message) for v in value):
        return "\n".join(v.format(translate) for v in value)
    return value


class Message:
    """A message template with named values, e.g. ``Message(N_("{n} buurten"), n=3)``."""

    def __init__(self, template, **values):
        self.template = template
        self.values = values

    def format(self, translate=None):
        template = translate(self.template) if translate else self.template
        return template.format(**{k: _formatted(v, translate) for k, v in self.values.items()})

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

    def format(self, translate=None):
        return self.message.format(translate)
