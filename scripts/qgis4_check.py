"""QGIS 4 (Qt6) readiness check: an AST scan for spellings and APIs that QGIS 4 / Qt6 no longer have.

    python3 scripts/qgis4_check.py [PATH ...]            file:line:col: rule: what -> fix hint   (exit 1 if any)
    python3 scripts/qgis4_check.py --summary [PATH ...]  the same, then the number of findings per rule
    python3 scripts/qgis4_check.py --update-table QGIS_PACKAGE_DIR... [--source-version "3.22, 3.40 and 3.44"]
                                                       remake scripts/qgis4_enums.tsv (see below)

PATH defaults to veerkracht_plugin. Rules:

  qgis-enum      an old QGIS enum spelling that QGIS 3 keeps only as a compatibility alias and QGIS 4 drops
                 (QgsProcessing.TypeVectorPolygon, QgsWkbTypes.PolygonGeometry, QgsFeatureRequest.Flag.NoGeometry,
                 QgsMapLayerProxyModel.Filter.*, QgsVectorDataProvider.Capability.*, ...). The table
                 scripts/qgis4_enums.tsv lists every such alias of QGIS 3.44 with its scoped Qgis.* name and
                 whether that name exists on the oldest supported QGIS (else: a fallback through one helper).
  unscoped-enum  a Qt or QGIS enum member reached through its class (Qt.AlignLeft, QSizePolicy.Expanding):
                 PyQt6 only knows Qt.AlignmentFlag.AlignLeft. Found by looking the name up in the installed
                 PyQt5 / QGIS (the classes a file imports from qgis.PyQt, PyQt5, qgis.core/gui/analysis).
  qvariant-type  QVariant.Int & co.: Qt6 has no QVariant.Type; QMetaType.Type.Int (QgsField takes QMetaType
                 from QGIS 3.38 on).
  qvariant-null  QVariant() as a NULL value: qgis.core.NULL.
  removed-api    QGIS methods that QGIS 4 removes: saveStyleToDatabase, exportSldStyle(V2), parameterAsFields,
                 writeAsVectorFormat(V2).
  qt6-removed    Qt APIs that Qt6 removes: exec_(), QRegExp, qApp, QDesktopWidget, activated[str], resources_rc.
  qt6-moved      QAction, QActionGroup, QShortcut imported from QtWidgets (QtGui in Qt6), Qt imported from PyQt5
                 directly instead of qgis.PyQt.

A finding on a line that ends with the comment ``# qgis4: ok <reason>`` is not reported: that is how the one
compatibility helper keeps an old spelling as the fallback for older QGIS.

The enum table is made from the aliases QGIS itself writes into qgis/core/__init__.py (and gui, analysis, 3d):
the union over the QGIS versions given, oldest first, so that an alias a later QGIS dropped is still known and
the newest scoped name wins. Run it with the oldest supported QGIS (Debian 12's 3.22), so that the table can say
which scoped names exist there, e.g. with the chroots of make test-qgis:

    python3 scripts/qgis4_check.py --update-table /usr/lib/python3/dist-packages/qgis \
        .cache/qgis-3.40/usr/lib/python3/dist-packages/qgis .cache/qgis-3.44/usr/lib/python3/dist-packages/qgis
"""

import argparse
import ast
import enum
import importlib
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = Path(__file__).resolve().with_name("qgis4_enums.tsv")
OK_MARK = re.compile(r"#\s*qgis4:\s*ok\b")

QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis", "qgis._3d", "qgis.processing")
QT_PREFIXES = ("qgis.PyQt.", "PyQt5.", "PyQt6.")

# QVariant.Type member -> QMetaType.Type member (Qt6 renamed some of them)
QMETATYPE_NAMES = {
    "Invalid": "UnknownType", "String": "QString", "StringList": "QStringList", "ByteArray": "QByteArray",
    "Date": "QDate", "DateTime": "QDateTime", "Time": "QTime", "Map": "QVariantMap", "List": "QVariantList",
    "Hash": "QVariantHash", "Color": "QColor", "Point": "QPoint", "PointF": "QPointF", "Rect": "QRect",
    "RectF": "QRectF", "Size": "QSize", "SizeF": "QSizeF", "Url": "QUrl", "Uuid": "QUuid", "Char": "QChar",
    "Font": "QFont", "Icon": "QIcon", "Image": "QImage", "Pixmap": "QPixmap", "Brush": "QBrush", "Pen": "QPen",
    "Polygon": "QPolygon", "PolygonF": "QPolygonF", "RegularExpression": "QRegularExpression",
    "KeySequence": "QKeySequence", "Locale": "QLocale", "UserType": "User",
}

# method name -> (replacement, since when the replacement exists, what to do)
REMOVED_METHODS = {
    "saveStyleToDatabase": ("saveStyleToDatabaseV2", "3.44",
                            "deprecated in 3.44, removed in QGIS 4; guard with Qgis.QGIS_VERSION_INT >= 34400"),
    "exportSldStyle": ("exportSldStyleV3", "3.44", "deprecated in 3.44; guard with Qgis.QGIS_VERSION_INT >= 34400"),
    "exportSldStyleV2": ("exportSldStyleV3", "3.44", "V2 exists 3.30-3.44 and is deprecated in 3.44"),
    "parameterAsFields": ("parameterAsStrings", "3.32",
                          "deprecated in 3.40; guard with Qgis.QGIS_VERSION_INT >= 33200"),
    "writeAsVectorFormat": ("writeAsVectorFormatV3", "3.20", "deprecated since 3.10"),
    "writeAsVectorFormatV2": ("writeAsVectorFormatV3", "3.20", "deprecated since 3.20"),
}
QT_MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoGroup", "QUndoStack",
                     "QFileSystemModel"}


class Finding:
    def __init__(self, path, node, rule, message):
        self.path, self.line, self.col = path, node.lineno, node.col_offset + 1
        self.rule, self.message = rule, message

    def __str__(self):
        return f"{self.path}:{self.line}:{self.col}: {self.rule}: {self.message}"


def load_table(path=TABLE):
    """{old dotted name: (new dotted name, exists on the oldest supported QGIS)}"""
    table = {}
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            old, new, oldest = line.split("\t")
            table[old] = (new, oldest == "yes")
    return table


_import_cache = {}


def _module(name):
    if name not in _import_cache:
        try:
            _import_cache[name] = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - PyQt or QGIS missing: that part of the check cannot run
            _import_cache[name] = None
    return _import_cache[name]


def _is_enum_member(value):
    if isinstance(value, enum.Enum):
        return True
    return type(type(value)).__name__ == "enumtype"  # sip (PyQt5) enums


class Checker(ast.NodeVisitor):
    def __init__(self, path, source, table):
        self.path, self.table = path, table
        self.lines = source.splitlines()
        self.findings = []
        self.names = {}  # local name -> (module, attribute or None for a module)
        self.unavailable = set()

    # --- helpers ----------------------------------------------------------------------------------------
    def report(self, node, rule, message):
        line = self.lines[node.lineno - 1] if node.lineno <= len(self.lines) else ""
        if not OK_MARK.search(line):
            self.findings.append(Finding(self.path, node, rule, message))

    def chain(self, node):
        """The dotted parts of an attribute chain whose root is an imported class: (module, [Class, a, b...])."""
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name) or node.id not in self.names:
            return None, None
        module, attribute = self.names[node.id]
        parts.reverse()
        if attribute is None:  # a module alias: core.QgsProcessing.TypeVector...
            if not parts:
                return None, None
            return module, parts
        return module, [attribute, *parts]

    # --- imports ----------------------------------------------------------------------------------------
    def visit_Import(self, node):  # noqa: N802
        for alias in node.names:
            if alias.asname:
                self.names[alias.asname] = (alias.name, None)
            if alias.name.startswith("PyQt5"):
                self.report(node, "qt6-moved", f"import {alias.name} -> import from qgis.PyQt (works with Qt5 and Qt6)")

    def visit_ImportFrom(self, node):  # noqa: N802
        module = node.module or ""
        if node.level:
            return
        for alias in node.names:
            local = alias.asname or alias.name
            full = f"{module}.{alias.name}"
            if module in ("qgis", "qgis.PyQt", "PyQt5", "PyQt6") and _looks_like_module(alias.name):
                self.names[local] = (full, None)
            else:
                self.names[local] = (module, alias.name)
            if alias.name == "QRegExp":
                self.report(node, "qt6-removed", "QRegExp is gone in Qt6 -> QRegularExpression")
            if alias.name == "resources_rc" or module.endswith("resources_rc"):
                self.report(node, "qt6-removed", "compiled Qt resources are gone in Qt6 -> load icons by file path")
            if alias.name == "qApp":
                self.report(node, "qt6-removed", "qApp is gone in Qt6 -> QApplication.instance()")
            if alias.name == "QDesktopWidget":
                self.report(node, "qt6-removed", "QDesktopWidget is gone in Qt6 -> QScreen (QApplication.screens())")
            if alias.name in QT_MOVED_TO_QTGUI and module.endswith("QtWidgets"):
                self.report(node, "qt6-moved",
                            f"{alias.name} lives in QtGui in Qt6 -> from qgis.PyQt.QtGui import {alias.name} "
                            "(qgis.PyQt.QtGui has it with Qt5 from QGIS 3.40; qgis.PyQt.QtWidgets re-exports "
                            "QAction/QActionGroup/QShortcut under Qt6)")
        if module.startswith("PyQt5"):
            self.report(node, "qt6-moved", f"from {module} import ... -> from qgis.PyQt{module[5:]} import ...")

    # --- uses -------------------------------------------------------------------------------------------
    def visit_Attribute(self, node):  # noqa: N802
        module, parts = self.chain(node)
        if parts is not None and len(parts) >= 2 and not getattr(node, "_inner", False):
            self.check_chain(node, module, parts)
        if isinstance(node.value, ast.Attribute):
            node.value._inner = True  # only the outermost attribute of a chain is checked
        self.generic_visit(node)

    def check_chain(self, node, module, parts):
        dotted = ".".join(parts)
        for length in range(len(parts), 1, -1):
            key = ".".join(parts[:length])
            if key in self.table:
                new, on_oldest = self.table[key]
                new = ".".join([new, *parts[length:]])
                where = ("exists on every supported QGIS" if on_oldest else
                         "newer than the oldest supported QGIS: keep the old name as fallback in the one helper")
                self.report(node, "qgis-enum", f"{dotted} -> {new} ({where})")
                return
        cls_name = parts[0]
        if cls_name == "QVariant" and module.startswith(QT_PREFIXES):
            if len(parts) >= 2 and parts[1] != "Type" or len(parts) == 3:
                member = parts[-1]
                self.report(node, "qvariant-type",
                            f"{dotted} -> QMetaType.Type.{QMETATYPE_NAMES.get(member, member)} "
                            "(QgsField takes QMetaType from QGIS 3.38; before that QVariant through the one helper)")
            return
        if len(parts) != 2:
            return
        if not (module.startswith(QT_PREFIXES) or module in QGIS_MODULES):
            return
        imported = _module(module)
        if imported is None:
            self.unavailable.add(module)
            return
        cls = getattr(imported, cls_name, None)
        if cls is None or not isinstance(cls, type):
            return
        try:
            value = getattr(cls, parts[1])
        except Exception:  # noqa: BLE001 - e.g. a property on the class
            return
        if isinstance(value, type) or not _is_enum_member(value):
            return
        enum_type = type(value)
        if getattr(cls, enum_type.__name__, None) is enum_type:
            scoped = f"{cls_name}.{enum_type.__name__}.{parts[1]}"
        else:
            scoped = f"{enum_type.__qualname__}.{parts[1]}"
        self.report(node, "unscoped-enum", f"{dotted} -> {scoped} (PyQt6 knows only the scoped name)")

    def visit_Call(self, node):  # noqa: N802
        function = node.func
        if isinstance(function, ast.Attribute):
            if function.attr == "exec_":
                self.report(node, "qt6-removed", "exec_() is gone in Qt6 -> exec()")
            elif function.attr in REMOVED_METHODS:
                new, since, note = REMOVED_METHODS[function.attr]
                self.report(node, "removed-api", f"{function.attr}() -> {new}() (QGIS >= {since}; {note})")
            elif function.attr == "desktop" and not node.args:
                self.report(node, "qt6-removed", "QApplication.desktop() is gone in Qt6 -> QScreen")
            elif function.attr == "width" and isinstance(function.value, ast.Call) and (
                    getattr(function.value.func, "attr", None) == "fontMetrics"
                    or getattr(function.value.func, "id", None) in ("QFontMetrics", "QFontMetricsF")):
                self.report(node, "qt6-removed", "QFontMetrics.width() is gone in Qt6 -> horizontalAdvance()")
        elif isinstance(function, ast.Name) and function.id == "QVariant" and not node.args:
            self.report(node, "qvariant-null", "QVariant() as NULL -> NULL from qgis.core")
        self.generic_visit(node)

    def visit_Name(self, node):  # noqa: N802
        if node.id == "qApp" and isinstance(node.ctx, ast.Load) and node.id in self.names:
            self.report(node, "qt6-removed", "qApp is gone in Qt6 -> QApplication.instance()")

    def visit_Subscript(self, node):  # noqa: N802
        value = node.value
        if (isinstance(value, ast.Attribute) and value.attr in ("activated", "currentIndexChanged", "highlighted")
                and isinstance(node.slice, ast.Name) and node.slice.id == "str"):
            self.report(node, "qt6-removed", f"{value.attr}[str] is gone in Qt6 -> textActivated / the int signal")
        self.generic_visit(node)


def _looks_like_module(name):
    return name in ("core", "gui", "analysis", "processing", "utils") or name.startswith("Qt") and name[2:3].isupper()


def check_source(source, path="<string>", table=None):
    """Findings for one file's source text."""
    checker = Checker(str(path), source, load_table() if table is None else table)
    checker.visit(ast.parse(source, filename=str(path)))
    return checker.findings, checker.unavailable


def python_files(paths):
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        else:
            yield path


def check_paths(paths, table=None):
    table = load_table() if table is None else table
    findings, unavailable = [], set()
    for path in python_files(paths):
        shown = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        found, missing = check_source(path.read_text(encoding="utf-8"), shown, table)
        findings.extend(found)
        unavailable |= missing
    return findings, unavailable


# --- the enum table ----------------------------------------------------------------------------------------
ALIAS_LINE = re.compile(r"^((?:Qgs\w+|Qgis)(?:\.\w+)+) = ((?:Qgs\w+|Qgis)(?:\.\w+)+)$")


def aliases_from(package_dir):
    """{old: new} from the compatibility aliases in a QGIS >= 3.40 Python package (qgis/core/__init__.py ...)."""
    aliases = {}
    for sub in ("core", "gui", "analysis", "_3d"):
        init = Path(package_dir) / sub / "__init__.py"
        if not init.exists():
            continue
        for line in init.read_text(encoding="utf-8").splitlines():
            match = ALIAS_LINE.match(line)
            if not match:
                continue
            old, new = match.groups()
            if old.endswith((".baseClass", ".is_monkey_patched")) or old == new:
                continue
            # an alias into Qgis.*, or a class's old member name for its own scoped enum
            old_class = old.split(".")[0]
            if new.startswith("Qgis.") or new.startswith(old_class + "."):
                aliases[old] = new
    return aliases


def _exists(dotted):
    for module in QGIS_MODULES[:3]:
        value = _module(module)
        if value is None:
            continue
        for part in dotted.split("."):
            value = getattr(value, part, None)
            if value is None:
                break
        if value is not None:
            return True
    return False


def update_table(package_dirs, source_version, out=TABLE):
    """Write the table from the aliases of one or more QGIS packages, oldest first (a newer target wins)."""
    aliases = {}
    for package_dir in [package_dirs] if isinstance(package_dirs, (str, Path)) else package_dirs:
        found = aliases_from(package_dir)
        if not found:
            raise SystemExit(f"qgis4_check: no QGIS compatibility aliases under {package_dir}")
        aliases.update(found)
    qgis_core = _module("qgis.core")
    if qgis_core is None:
        raise SystemExit("qgis4_check: --update-table needs the oldest supported QGIS importable (python3 of QGIS)")
    lines = [
        "# Old QGIS enum spellings that QGIS 3 keeps only as compatibility aliases (gone in QGIS 4) and their scoped",
        f"# names, from the aliases in qgis/{{core,gui,analysis,_3d}}/__init__.py of QGIS {source_version}; made by",
        "# scripts/qgis4_check.py --update-table. Third column: the new name exists in QGIS "
        f"{qgis_core.Qgis.QGIS_VERSION} (the oldest supported).",
    ]
    for old in sorted(aliases):
        new = aliases[old]
        lines.append(f"{old}\t{new}\t{'yes' if _exists(new) else 'no'}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(aliases)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "veerkracht_plugin")])
    parser.add_argument("--summary", action="store_true", help="print the number of findings per rule")
    parser.add_argument("--update-table", metavar="QGIS_PACKAGE_DIR", nargs="+",
                        help="remake scripts/qgis4_enums.tsv from 'qgis' package directories, oldest QGIS first")
    parser.add_argument("--source-version", default="3.22, 3.40 and 3.44",
                        help="the QGIS versions of those directories (for the table's header)")
    args = parser.parse_args(argv)
    if args.update_table:
        print(f"{update_table(args.update_table, args.source_version)} aliases written to {TABLE}")
        return 0
    findings, unavailable = check_paths(args.paths)
    for finding in findings:
        print(finding)
    if unavailable:
        print("qgis4_check: not importable here, unscoped enums of these not checked: "
              f"{', '.join(sorted(unavailable))}", file=sys.stderr)
    if args.summary:
        counts = Counter(f.rule for f in findings)
        for rule, count in sorted(counts.items()):
            print(f"{count:5d}  {rule}")
        print(f"{len(findings):5d}  total")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
