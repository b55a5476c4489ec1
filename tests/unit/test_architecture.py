"""The house rules of the plugin's code, read from the source (nothing is imported or run).

The floors, from the bottom: ``core`` (pure Python + numpy/pandas), ``i18n``, ``qgisio`` (the QGIS adapters
both front ends share), the two front ends ``algorithms`` and ``ui``, then ``provider`` and ``plugin``. An
import only runs down to a lower floor or stays inside its own folder; there is no circle of imports; no
file is longer than 700 lines and no function longer than 80. Every translatable string has a Dutch
translation.
"""

import ast
import subprocess
import sys

from tests.paths import PLUGIN_DIR, ROOT

PACKAGE = PLUGIN_DIR.name
#: the floor of each top-level part of the plugin: an import must go to a lower floor (or stay in its folder)
FLOORS = {"core": 0, "i18n": 1, "qgisio": 2, "algorithms": 3, "ui": 3, "provider": 4, "standalone": 5,
          "plugin": 5, "__init__": 6}
MAX_FILE_LINES = 700
MAX_FUNCTION_LINES = 80
NOT_YET_SPLIT = set()


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def module_name(path):
    parts = list(path.relative_to(PLUGIN_DIR.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def plugin_modules():
    """{dotted module name: path} of every module of the plugin."""
    return {module_name(path): path for path in sorted(PLUGIN_DIR.rglob("*.py"))}


def internal_imports(path, modules):
    """The plugin modules that ``path`` imports, also inside functions (a lazy import is an import too)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # "from package import module" imports the module, "from module import name" the module
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
        else:
            continue
        found.update(target for target in targets if target in modules and target != name)
    return found


def import_graph():
    modules = plugin_modules()
    return {name: internal_imports(path, modules) for name, path in modules.items()}


def part(module):
    """The top-level part of the plugin a module belongs to: 'core', 'ui', 'plugin', ..."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_the_import_graph_is_read():
    graph = import_graph()
    assert "veerkracht_plugin.qgisio.frames" in graph["veerkracht_plugin.algorithms.score"]
    assert "veerkracht_plugin.qgisio.report.data" in graph["veerkracht_plugin.qgisio.report"]
    assert "veerkracht_plugin.core.palette" in graph["veerkracht_plugin.ui.presentation_views"]


def between(graph, parts_a, parts_b):
    """Imports from a module of ``parts_a`` to one of ``parts_b``."""
    return [f"{a} -> {b}" for a, targets in graph.items() for b in targets if part(a) in parts_a and part(b) in parts_b]


def upward(graph):
    """Imports that do not run down the floors (inside one part is fine)."""
    return [f"{a} -> {b}" for a, targets in graph.items() for b in targets
            if part(a) != part(b) and FLOORS.get(part(b), 99) >= FLOORS.get(part(a), -1)]


def circles(graph):
    """The import circles: Tarjan's strongly connected components with more than one module."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def long_functions(text, limit=MAX_FUNCTION_LINES):
    return [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(ast.parse(text))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= limit]


def test_the_rules_can_fail():
    graph = {"veerkracht_plugin.ui.dock": {"veerkracht_plugin.algorithms.base"},
             "veerkracht_plugin.algorithms.base": {"veerkracht_plugin.qgisio.maps"},
             "veerkracht_plugin.qgisio.maps": {"veerkracht_plugin.core.method", "veerkracht_plugin.ui.dock"},
             "veerkracht_plugin.core.method": set()}
    assert between(graph, {"ui"}, {"algorithms"}) == ["veerkracht_plugin.ui.dock -> veerkracht_plugin.algorithms.base"]
    assert upward(graph) == ["veerkracht_plugin.ui.dock -> veerkracht_plugin.algorithms.base",  # the same floor
                             "veerkracht_plugin.qgisio.maps -> veerkracht_plugin.ui.dock"]
    assert circles(graph) == [["veerkracht_plugin.algorithms.base", "veerkracht_plugin.qgisio.maps",
                               "veerkracht_plugin.ui.dock"]]
    assert long_functions("def f():\n" + "    x = 1\n" * MAX_FUNCTION_LINES) == [("f", MAX_FUNCTION_LINES + 1)]
    assert long_functions("def f():\n" + "    x = 1\n" * (MAX_FUNCTION_LINES - 1)) == []


def test_every_part_of_the_plugin_has_a_floor():
    """A new top-level module or folder is placed on a floor (FLOORS) before it is used."""
    assert {part(module) for module in plugin_modules()} <= set(FLOORS)


def test_ui_and_algorithms_never_import_each_other():
    """The dock runs algorithms by id through Processing; what both need lives in qgisio or core."""
    graph = import_graph()
    assert between(graph, {"ui"}, {"algorithms"}) + between(graph, {"algorithms"}, {"ui"}) == []


def test_qgisio_never_imports_the_front_ends():
    assert between(import_graph(), {"qgisio"}, {"ui", "algorithms", "provider", "plugin"}) == []


def test_imports_only_run_down_the_floors():
    assert upward(import_graph()) == []


def test_no_import_circles():
    assert circles(import_graph()) == []


def _checked_files():
    for path in sorted(PLUGIN_DIR.rglob("*.py")):
        relative = path.relative_to(PLUGIN_DIR).as_posix()
        if relative not in NOT_YET_SPLIT:
            yield relative, path


def test_no_file_over_700_lines():
    long = {relative: n for relative, path in _checked_files()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES}
    assert long == {}


def test_no_function_over_80_lines():
    long = {relative: found for relative, path in _checked_files()
            if (found := long_functions(path.read_text(encoding="utf-8")))}
    assert long == {}


def test_core_has_no_qgis_or_qt_imports():
    offenders = []
    for path in sorted((PLUGIN_DIR / "core").rglob("*.py")):
        for module in imported_modules(path):
            if module.split(".")[0] in {"qgis", "PyQt5", "PyQt6", "processing", "osgeo"}:
                offenders.append(f"{path.name}: {module}")
    assert offenders == []


def test_ui_uses_qgis_pyqt_only():
    offenders = []
    for path in sorted((PLUGIN_DIR).rglob("*.py")):
        for module in imported_modules(path):
            if module.split(".")[0] in {"PyQt5", "PyQt6"}:
                offenders.append(f"{path.relative_to(PLUGIN_DIR)}: {module}")
    assert offenders == []


def test_dutch_translation_is_complete():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_every_algorithm_module_defines_an_algorithm():
    modules = [p for p in (PLUGIN_DIR / "algorithms").glob("*.py") if p.stem not in {"__init__", "base"}]
    assert modules, "no algorithms"
    for path in modules:
        text = path.read_text(encoding="utf-8")
        assert "(VeerkrachtAlgorithm)" in text and 'ID = "' in text, path.name


def test_the_provider_list_holds_every_algorithm_module():
    """algorithms/__init__.py imports each algorithm module and lists its class in ALGORITHMS."""
    tree = ast.parse((PLUGIN_DIR / "algorithms" / "__init__.py").read_text(encoding="utf-8"))
    imported = {node.module: [a.name for a in node.names] for node in tree.body if isinstance(node, ast.ImportFrom)}
    listed = next(node.value for node in tree.body if isinstance(node, ast.Assign)
                  and getattr(node.targets[0], "id", "") == "ALGORITHMS")
    modules = {p.stem for p in (PLUGIN_DIR / "algorithms").glob("*.py")} - {"__init__", "base"}
    assert set(imported) == modules
    assert sorted(element.id for element in listed.elts) == sorted(n for names in imported.values() for n in names)
