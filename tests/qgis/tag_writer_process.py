"""A second planner: a separate QGIS process that tags buurten in the same data source as the test.

    python tag_writer_process.py config.json

config: ``uri``, ``provider`` ("ogr", "postgres"), ``start_at`` (epoch seconds; all writers start
together), ``log`` (JSON lines written here), and a list of ``actions``, done in turn until
``duration`` seconds passed (or once each when ``duration`` is 0):

* ``["set", code, field, values, pause]``: read the buurt as the dock would (the base), write the next of
  ``values``, wait ``pause`` seconds;
* ``["count", code, field, think]``: read the buurt's counter text ("<n> <writer>"), think ``think``
  seconds, write "<n + 1> <name>". On a conflict it takes the other version and counts again from there,
  so no increment may be lost. The writer's ``name`` is part of the value so that two writers never
  write the *same* value: a write of the value already stored is no conflict (both planners wanted the
  same), and with a bare number two writers that both read n and both write n + 1 would both count an
  increment that the file holds once.

Every change is logged with its final state (retries are waited for, up to 20 s), so the test can check
that each was saved or reported as not saved and that the data source ends with the last saved values.
At the end the process logs whether anything stayed in an edit buffer.
"""

import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402

APP = QgsApplication([], False)
APP.initQgis()

from tests.qgis.tag_sessions import counted  # noqa: E402
from veerkracht_plugin.qgisio.frames import python_value  # noqa: E402
from veerkracht_plugin.ui.tagstore import TAG_FIELDS, TagStore  # noqa: E402


def main(config_path):
    with open(config_path, encoding="utf-8") as handle:
        config = json.load(handle)
    layer = QgsVectorLayer(config["uri"], "buurten", config["provider"])
    assert layer.isValid(), config["uri"]
    fids = {python_value(f["buurtcode"]): f.id() for f in layer.getFeatures()}
    store = TagStore()
    conflicts = []

    def take_theirs(items):
        conflicts.extend(item.fid for item in items)
        return [("theirs", None) for _ in items]

    store.resolve = take_theirs
    log = open(config["log"], "w", encoding="utf-8")

    def record(**entry):
        log.write(json.dumps(entry) + "\n")
        log.flush()

    def look(fid):
        """Read the buurt as the dock shows it (from the data source) and remember it as the base."""
        feature = layer.getFeature(fid)
        values = {name: python_value(feature[name]) for name in TAG_FIELDS}
        store.remember(layer, fid, values)
        return values

    def save(fid, field, value, description):
        outcome = store.write(layer, [fid], {field: value}, description)
        change = outcome.change
        if change is not None and change.state in ("pending", "retrying"):
            store.drain(20)
        state = change.state if change is not None else outcome.state
        if state == "saved" and change is not None and change.outcome is not None:
            state = change.outcome.state
        return state, (change.outcome.message if change is not None and change.outcome is not None
                       else outcome.message)

    while time.time() < config["start_at"]:
        time.sleep(0.01)
    started = time.time()
    counters = {}
    turn = 0
    while True:
        for action in config["actions"]:
            kind, code, field = action[:3]
            fid = fids[code]
            if kind == "set":
                values, pause = action[3], action[4]
                value = values[turn % len(values)]
                look(fid)
                state, message = save(fid, field, value, f"{field} = {value}")
                record(kind="set", code=code, field=field, value=value, state=state, message=message,
                       at=time.time())
                time.sleep(pause)
            else:
                think = action[3]
                while True:
                    current = look(fid)[field]
                    time.sleep(think)
                    value = f"{counted(current) + 1} {config['name']}"
                    before = len(conflicts)
                    state, message = save(fid, field, value, f"{field} + 1")
                    if len(conflicts) > before:  # a stale write was detected: count again on theirs
                        record(kind="stale", code=code, field=field, value=value, at=time.time())
                        continue
                    break
                counters[code] = counters.get(code, 0) + (state == "saved")
                record(kind="count", code=code, field=field, value=value, state=state, message=message,
                       at=time.time())
        turn += 1
        if not config.get("duration") or time.time() - started > config["duration"]:
            break
    record(kind="end", editable=layer.isEditable(), buffer=layer.editBuffer() is not None,
           unsaved=len(store.unsaved()), counters=counters)
    log.close()


if __name__ == "__main__":
    main(sys.argv[1])
    sys.stdout.flush()
    os._exit(0)  # the log is closed; skip QGIS's teardown (it may crash on exit in a headless script)
