"""The veerkracht report (stadsbrede notitie / QuickScan) as QGIS print layouts.

Three layouts, loaded from the templates in ``resources/layouts/`` and filled by item id
(documented in docs/report.md):

* ``notitie_voorblad.qpt`` – page 1: title, gemeente, meta data, signal map with legend, class table,
  key findings;
* ``notitie_wijk.qpt`` – an atlas over a wijk coverage layer (buurten dissolved per wijk, in memory):
  wijk map with buurt labels, wijk summary and numeric outlook, buurt table;
* ``notitie_slot.qpt`` – closing page: citywide balance (or, without it, how to read the map) and the
  methods and sources box.

:func:`prepare_report` (``data``) reads a scored buurt layer into memory layers (``layers``) and texts
(all text comes from ``core.report_text``); :func:`build_layouts` (``layout``) loads and fills the
templates (``templates``) in a given project; :func:`export_pdf` (``pdf``) renders every page of the
three layouts (all atlas features) into ONE PDF. :func:`open_report_layout` builds the same layouts in
the current project for editing in the layout designer (the dock's "Write notitie" action).
"""

from .data import ReportContent, detect_period, prepare_report
from .layers import class_colours, style_signal_layer
from .layout import build_layouts, open_report_layout
from .pdf import export_pdf
from .templates import LAYOUT_DIR, TEMPLATES, default_layout, load_layout, write_templates

__all__ = [
    "LAYOUT_DIR", "TEMPLATES", "ReportContent", "build_layouts", "class_colours", "default_layout", "detect_period",
    "export_pdf", "load_layout", "open_report_layout", "prepare_report", "style_signal_layer", "write_templates",
]
