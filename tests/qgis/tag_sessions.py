"""Helpers for the tests with several planners at once: other QGIS processes tagging the same data
source (``tag_writer_process.py``), a lock held by another connection, reading their logs."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.qgis import dock_data
from veerkracht_plugin.ui.tagstore import TAG_FIELDS, add_fields

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("tag_writer_process.py")


def tagged_gpkg(path):
    """The dock test layer as a GeoPackage with the tag fields (not added to the project)."""
    layer = dock_data.gpkg_layer(path, add=False)
    assert add_fields(layer, list(TAG_FIELDS)) is None
    return layer


def start_writer(folder, name, uri, provider, actions, start_at, duration=0.0):
    """Start another planner (a QGIS process); returns (process, log path)."""
    log = Path(folder) / f"{name}.log"
    config = Path(folder) / f"{name}.json"
    config.write_text(json.dumps({"name": name, "uri": uri, "provider": provider, "actions": actions,
                                  "start_at": start_at, "log": str(log), "duration": duration}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, str(SCRIPT), str(config)], env=env, cwd=str(ROOT),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return process, log


def run_writer(folder, name, uri, provider, actions):
    """Another planner doing ``actions`` once, now; returns its log entries."""
    process, log = start_writer(folder, name, uri, provider, actions, time.time())
    output, _ = process.communicate(timeout=120)
    assert process.returncode == 0, output
    return read_log(log)


def finish(process, log, timeout=120):
    output, _ = process.communicate(timeout=timeout)
    assert process.returncode == 0, output
    return read_log(log)


def read_log(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def counted(text):
    """The number of a shared counter text "<n> <writer>" (see tag_writer_process.py; 0 when empty)."""
    return int(str(text).split()[0]) if text not in (None, "") else 0


def saved_counts(*logs, code):
    """The numbers of every saved increment of ``code``'s counter, in all logs, sorted."""
    return sorted(counted(e["value"]) for log in logs for e in log
                  if e["kind"] == "count" and e.get("code") == code and e["state"] == "saved")


def last_saved(entries, code, field):
    values = [e["value"] for e in entries if e.get("code") == code and e.get("field") == field
              and e["kind"] in ("set", "count") and e["state"] == "saved"]
    return values[-1] if values else None


class GpkgLock:
    """Another connection holding the GeoPackage's write lock (``BEGIN IMMEDIATE``) until released."""

    def __init__(self, path):
        code = ("import sqlite3, sys\n"
                f"c = sqlite3.connect({str(path)!r}, isolation_level=None, timeout=30)\n"
                "c.execute('BEGIN IMMEDIATE')\n"
                "c.execute('CREATE TABLE IF NOT EXISTS vk_test_lock (a)')\n"
                "print('held', flush=True)\n"
                "sys.stdin.readline()\n"
                "c.execute('COMMIT')\n")
        self.process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True)
        assert self.process.stdout.readline().strip() == "held"

    def release(self):
        if self.process.poll() is None:
            self.process.stdin.write("\n")
            self.process.stdin.flush()
            self.process.wait(timeout=30)
