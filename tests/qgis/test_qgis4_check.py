"""scripts/qgis4_check.py, the QGIS 4 (Qt6) readiness check, on small code snippets."""

import importlib.util
import textwrap
from pathlib import Path

from tests.paths import ROOT

spec = importlib.util.spec_from_file_location("qgis4_check", ROOT / "scripts" / "qgis4_check.py")
qgis4_check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(qgis4_check)

TABLE = qgis4_check.load_table()


def findings(code, rule=None):
    found, _missing = qgis4_check.check_source(textwrap.dedent(code), "snippet.py", TABLE)
    return [(f.line, f.rule, f.message) for f in found if rule is None or f.rule == rule]


def test_old_qgis_enum_spellings_are_found_with_their_scoped_names():
    code = """
        from qgis.core import QgsFeatureRequest, QgsMapLayerProxyModel, QgsProcessing, QgsWkbTypes
        from qgis.core import QgsProcessingParameterNumber as Number, QgsVectorDataProvider
        a = QgsProcessing.TypeVectorPolygon
        b = [QgsProcessing.SourceType.TypeVector]
        c = Number.Type.Integer
        d = QgsWkbTypes.GeometryType.PolygonGeometry
        e = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        f = QgsMapLayerProxyModel.Filter.PolygonLayer
        g = QgsVectorDataProvider.Capability.ChangeAttributeValues
    """
    found = findings(code, "qgis-enum")
    assert [(line, message.split(" (")[0]) for line, _, message in found] == [
        (4, "QgsProcessing.TypeVectorPolygon -> Qgis.ProcessingSourceType.VectorPolygon"),
        (5, "QgsProcessing.SourceType.TypeVector -> Qgis.ProcessingSourceType.Vector"),
        (6, "QgsProcessingParameterNumber.Type.Integer -> Qgis.ProcessingNumberParameterType.Integer"),
        (7, "QgsWkbTypes.GeometryType.PolygonGeometry -> Qgis.GeometryType.Polygon"),
        (8, "QgsFeatureRequest.Flag.NoGeometry -> Qgis.FeatureRequestFlag.NoGeometry"),
        (9, "QgsMapLayerProxyModel.Filter.PolygonLayer -> Qgis.LayerFilter.PolygonLayer"),
        (10, "QgsVectorDataProvider.Capability.ChangeAttributeValues -> Qgis.VectorProviderCapability."
             "ChangeAttributeValues"),
    ]
    assert all("fallback in the one helper" in message for _, _, message in found)  # none of these in 3.22


def test_new_spellings_and_unrelated_names_pass():
    code = """
        from qgis.core import Qgis, QgsProcessing, QgsWkbTypes
        from qgis.PyQt.QtCore import Qt
        a = Qgis.ProcessingSourceType.VectorPolygon
        b = Qgis.GeometryType.Polygon
        c = QgsWkbTypes.geometryType(3)
        d = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        e = Qgis.QGIS_VERSION_INT
        class TypeVectorPolygon:
            pass
        f = TypeVectorPolygon
        g = QgsProcessing.TEMPORARY_OUTPUT
    """
    assert findings(code) == []


def test_a_scoped_name_that_exists_on_every_supported_qgis_says_so():
    [(_, _, message)] = findings("from qgis.core import Qgis\nx = Qgis.Byte\n", "qgis-enum")
    assert message == "Qgis.Byte -> Qgis.DataType.Byte (exists on every supported QGIS)"


def test_unscoped_qt_and_qgis_enums():
    code = """
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QSizePolicy
        from qgis.PyQt import QtWidgets
        from qgis.core import QgsLayoutItem
        a = Qt.AlignLeft | Qt.AlignmentFlag.AlignTop
        b = QSizePolicy.Expanding
        c = QtWidgets.QMessageBox.Yes
        d = QgsLayoutItem.UpperLeft
    """
    assert [(line, message.split(" (")[0]) for line, _, message in findings(code, "unscoped-enum")] == [
        (6, "Qt.AlignLeft -> Qt.AlignmentFlag.AlignLeft"),
        (7, "QSizePolicy.Expanding -> QSizePolicy.Policy.Expanding"),
        (8, "QMessageBox.Yes -> QMessageBox.StandardButton.Yes"),
        (9, "QgsLayoutItem.UpperLeft -> QgsLayoutItem.ReferencePoint.UpperLeft"),
    ]


def test_qvariant_types_and_null():
    code = """
        from qgis.PyQt.QtCore import QVariant
        from qgis.core import QgsField
        a = QgsField("x", QVariant.Int)
        b = QgsField("y", QVariant.String)
        c = QVariant.Type.Double
        d = QVariant()
        e = QVariant(5)
    """
    assert [(line, rule, message.split(" (")[0]) for line, rule, message in findings(code)] == [
        (4, "qvariant-type", "QVariant.Int -> QMetaType.Type.Int"),
        (5, "qvariant-type", "QVariant.String -> QMetaType.Type.QString"),
        (6, "qvariant-type", "QVariant.Type.Double -> QMetaType.Type.Double"),
        (7, "qvariant-null", "QVariant() as NULL -> NULL from qgis.core"),
    ]


def test_removed_apis_and_qt6_removals():
    code = """
        from qgis.PyQt.QtCore import QRegExp
        from qgis.PyQt.QtWidgets import QAction, QDialog, QShortcut, QActionGroup
        from PyQt5.QtGui import QColor
        layer.saveStyleToDatabase("s", "", True, "")
        layer.exportSldStyle(doc, "")
        fields = self.parameterAsFields(parameters, "F", context)
        QDialog().exec_()
        combo.activated[str].connect(print)
        width = widget.fontMetrics().width("x")
    """
    found = findings(code)
    assert [(line, rule) for line, rule, _ in found] == [
        (2, "qt6-removed"), (3, "qt6-moved"), (3, "qt6-moved"), (3, "qt6-moved"), (4, "qt6-moved"),
        (5, "removed-api"), (6, "removed-api"), (7, "removed-api"), (8, "qt6-removed"), (9, "qt6-removed"),
        (10, "qt6-removed"),
    ]
    messages = [message for _, _, message in found]
    assert "QAction lives in QtGui in Qt6" in messages[1] and "QShortcut" in messages[2]
    assert messages[5].startswith("saveStyleToDatabase() -> saveStyleToDatabaseV2() (QGIS >= 3.44")
    assert messages[6].startswith("exportSldStyle() -> exportSldStyleV3()")
    assert messages[7].startswith("parameterAsFields() -> parameterAsStrings() (QGIS >= 3.32")
    assert messages[8] == "exec_() is gone in Qt6 -> exec()"


def test_a_line_marked_ok_is_the_compat_helper_fallback():
    code = """
        from qgis.core import Qgis, QgsProcessing
        VECTOR = getattr(Qgis, "ProcessingSourceType", None)
        POLYGON = VECTOR.VectorPolygon if VECTOR else QgsProcessing.TypeVectorPolygon  # qgis4: ok (QGIS < 3.36)
        OTHER = QgsProcessing.TypeVectorLine
    """
    assert [line for line, _, _ in findings(code)] == [5]


def test_command_line_prints_file_line_and_a_summary(tmp_path, capsys):
    module = tmp_path / "pkg" / "mod.py"
    module.parent.mkdir()
    module.write_text("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignLeft\ny = Qt.AlignRight\n", encoding="utf-8")
    assert qgis4_check.main(["--summary", str(module.parent)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (f"{module}:2:5: unscoped-enum: Qt.AlignLeft -> Qt.AlignmentFlag.AlignLeft "
                      "(PyQt6 knows only the scoped name)")
    assert out[-2:] == ["    2  unscoped-enum", "    2  total"]
    module.write_text("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignmentFlag.AlignLeft\n", encoding="utf-8")
    assert qgis4_check.main([str(module)]) == 0


def test_the_table_is_made_from_qgis_own_aliases(tmp_path):
    package = tmp_path / "qgis"
    (package / "core").mkdir(parents=True)
    (package / "core" / "__init__.py").write_text(textwrap.dedent("""
        QgsProcessing.TypeVectorPolygon = Qgis.ProcessingSourceType.VectorPolygon
        QgsProcessing.SourceType.TypeVectorPolygon = Qgis.ProcessingSourceType.VectorPolygon
        QgsProcessing.TypeVectorPolygon.is_monkey_patched = True
        QgsProcessing.TypeVectorPolygon.__doc__ = "Vector polygon layers"
        QgsWkbTypes.Type = Qgis.WkbType
        Qgis.ProcessingSourceType.baseClass = Qgis
        QgsSymbolLayer.PropertySize = QgsSymbolLayer.Property.Size
        QgsFeature.__repr__ = _repr
        QgsField.something = QgsOther.thing
    """), encoding="utf-8")
    assert qgis4_check.aliases_from(package) == {
        "QgsProcessing.TypeVectorPolygon": "Qgis.ProcessingSourceType.VectorPolygon",
        "QgsProcessing.SourceType.TypeVectorPolygon": "Qgis.ProcessingSourceType.VectorPolygon",
        "QgsWkbTypes.Type": "Qgis.WkbType",
        "QgsSymbolLayer.PropertySize": "QgsSymbolLayer.Property.Size",
    }
    out = tmp_path / "table.tsv"
    assert qgis4_check.update_table(package, "3.44.x", out) == 4
    table = qgis4_check.load_table(out)
    assert table["QgsWkbTypes.Type"] == ("Qgis.WkbType", hasattr(__import__("qgis.core").core.Qgis, "WkbType"))


def test_the_committed_table_has_every_alias_of_the_qgis_running_the_tests():
    """Every compatibility alias that the QGIS running the tests defines is in the table (on 3.44 with the same
    scoped name; older QGIS point a few at enums renamed since)."""
    import qgis
    from qgis.core import Qgis

    aliases = qgis4_check.aliases_from(Path(qgis.__file__).parent)
    assert len(aliases) > 200  # 3.22 has a few hundred, 3.44 about 2,400
    missing = {old: new for old, new in aliases.items() if old not in TABLE}
    if Qgis.QGIS_VERSION_INT >= 34400:  # older QGIS point some aliases at enums renamed since
        missing.update({old: new for old, new in aliases.items() if TABLE[old][0] != new})
    assert missing == {}, f"remake scripts/qgis4_enums.tsv (see scripts/qgis4_check.py): {list(missing)[:10]}"
