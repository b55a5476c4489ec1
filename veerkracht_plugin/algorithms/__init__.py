"""Processing algorithms, one per module; the provider discovers them (no central list to edit)."""

import inspect
import pkgutil
import sys

from .base import VeerkrachtAlgorithm

_SKIP = {"base"}


def algorithm_classes():
    """All concrete VeerkrachtAlgorithm subclasses in this package, sorted by id."""
    classes = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name in _SKIP or info.name.startswith("_"):
            continue
        # __import__ (not importlib) so that QGIS tracks the module and unloads it with the plugin
        __import__(f"{__name__}.{info.name}")
        module = sys.modules[f"{__name__}.{info.name}"]
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, VeerkrachtAlgorithm) and cls.ID and cls.__module__ == module.__name__:
                classes[cls.ID] = cls
    return [classes[key] for key in sorted(classes)]
