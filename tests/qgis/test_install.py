"""The plugin as users get it: qgis_process with the checkout, and the packaged zip in a clean profile."""

import os
import subprocess
import sys
import zipfile

import pytest

from tests.paths import APELDOORN_GPKG, APELDOORN_LBM, ROOT

pytestmark = pytest.mark.slow  # packaging and qgis_process in subprocesses

QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def qgis_process_env(home, plugin_path):
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugin_path))
    env.pop("XDG_DATA_HOME", None)
    env.pop("XDG_CONFIG_HOME", None)
    return env


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    env = qgis_process_env(home, ROOT)
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "veerkracht_plugin"], env=env,
                            capture_output=True, text=True, timeout=120)
    output = enable.stdout + enable.stderr
    assert enable.returncode == 0 or "already enabled" in output, output

    def run(*args):
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300)

    return run


def test_qgis_process_lists_the_algorithms(qgis_process):
    result = qgis_process("list")
    assert result.returncode == 0, result.stderr
    assert "veerkracht:joinleefbaarometer" in result.stdout


def test_qgis_process_runs_an_algorithm(qgis_process, tmp_path):
    out = tmp_path / "lbm.gpkg"
    result = qgis_process(
        "run", "veerkracht:joinleefbaarometer", "--",
        f"INPUT={APELDOORN_GPKG}|layername=buurten_2022", f"LEEFBAAROMETER={APELDOORN_LBM}",
        "YEAR_T0=2014", "YEAR_T1=2022", f"OUTPUT={out}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.exists()


LOAD_SCRIPT = r"""
import sys
from qgis.core import QgsApplication
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow
app = QgsApplication([], True, sys.argv[1])
app.initQgis()
import qgis.utils
class Iface:
    # the part of QgisInterface the plugin uses
    def __init__(self):
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.toolbar = self.window.addToolBar("plugins")
        self.menu_actions = []
    def mainWindow(self): return self.window
    def mapCanvas(self): return self.canvas
    def addToolBarIcon(self, action): self.toolbar.addAction(action)
    def removeToolBarIcon(self, action): self.toolbar.removeAction(action)
    def addPluginToMenu(self, name, action): self.menu_actions.append(action)
    def removePluginMenu(self, name, action): self.menu_actions.remove(action)
    def addDockWidget(self, area, dock): self.window.addDockWidget(area, dock)
    def removeDockWidget(self, dock): self.window.removeDockWidget(dock)
    def __getattr__(self, name): return lambda *args, **kwargs: None
iface = Iface()
qgis.utils.iface = iface
qgis.utils.plugin_paths = [sys.argv[2]]
sys.path.insert(0, sys.argv[2])
qgis.utils.updateAvailablePlugins()
assert "veerkracht_plugin" in qgis.utils.available_plugins, qgis.utils.available_plugins
assert qgis.utils.loadPlugin("veerkracht_plugin")
assert qgis.utils.startPlugin("veerkracht_plugin")
module = sys.modules["veerkracht_plugin"]
assert module.__file__.startswith(sys.argv[2]), module.__file__
registry = QgsApplication.processingRegistry()
provider = registry.providerById("veerkracht")
print("PROVIDER", provider is not None, len(provider.algorithms()))
print("ALGS", ",".join(sorted(a.id() for a in provider.algorithms())))
assert len(iface.toolbar.actions()) == 1 and len(iface.menu_actions) == 1
assert qgis.utils.unloadPlugin("veerkracht_plugin")
assert len(iface.toolbar.actions()) == 0 and len(iface.menu_actions) == 0
print("AFTER_UNLOAD", registry.providerById("veerkracht") is None,
      any(m == "veerkracht_plugin" or m.startswith("veerkracht_plugin.") for m in sys.modules))
print("LEFT", [m for m in sys.modules if m.startswith("veerkracht_plugin")])
"""


@pytest.fixture(scope="module")
def package():
    result = subprocess.run(["bash", str(ROOT / "scripts" / "package.sh")], cwd=ROOT, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return ROOT / result.stdout.strip().splitlines()[-1]


def test_zip_holds_a_complete_plugin_folder(package):
    names = zipfile.ZipFile(package).namelist()
    assert all(name.startswith("veerkracht_plugin/") for name in names)
    for required in ("veerkracht_plugin/metadata.txt", "veerkracht_plugin/__init__.py",
                     "veerkracht_plugin/i18n/veerkracht_nl.qm", "veerkracht_plugin/resources/icons/veerkracht.svg",
                     "veerkracht_plugin/LICENSE"):
        assert required in names, required
    # only what a user runs: the generator of the demo city and the development tools stay in the repository
    assert not [name for name in names if "demo_city" in name or name.startswith("veerkracht_plugin/tests/")]
    metadata = zipfile.ZipFile(package).read("veerkracht_plugin/metadata.txt").decode()
    assert "version=" in metadata and "commitSha1=" in metadata and "\nchangelog=" in metadata


def test_zip_installs_in_a_clean_profile_and_unloads_cleanly(package, tmp_path):
    profile = tmp_path / "profile"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(package).extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if "site-packages" in p)
    result = subprocess.run([sys.executable, "-c", LOAD_SCRIPT, str(profile), str(plugins)], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PROVIDER True" in result.stdout
    assert "veerkracht:joinleefbaarometer" in result.stdout
    assert "AFTER_UNLOAD True False" in result.stdout
