"""Tags with several planners at once on one GeoPackage: other QGIS processes, locks, stale writes,
and the dock's tagging semantics (multi-select, undo per buurt, the status of the buurt shown).

The other planners are real OS processes (``tag_writer_process.py``); the file is checked with sqlite3.
"""

import sqlite3
import time

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QComboBox, QPlainTextEdit, QPushButton

from tests.qgis import dock_data, tag_sessions
from tests.qgis.test_dock import make_dock, rows_in_file  # noqa: F401  (fixture)
from veerkracht_plugin.ui.tagconflict import merge_text

CODES = [row[0] for row in dock_data.ROWS]


def open_tagged(path):
    tag_sessions.tagged_gpkg(path)
    layer = QgsVectorLayer(f"{path}|layername=buurten", "buurten", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def wait_until(condition, seconds=10.0):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QTest.qWait(50)
    return condition()


def ink(edit):
    """How many sampled pixels of a text field's viewport differ from its background."""
    edit.viewport().repaint()
    image = edit.viewport().grab().toImage()
    background = image.pixelColor(1, 1)
    return sum(image.pixelColor(x, y) != background for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))


def select(layer, *codes):
    layer.selectByIds([dock_data.fid_of(layer, code) for code in codes])


def test_merge_text_proposals():
    assert merge_text("Veel verloop", "Veel verloop, weinig groen", "Veel verloop en overlast") == \
        "Veel verloop en overlast, weinig groen"  # I only added: their text plus my addition
    assert merge_text("", "mijn tekst", "hun tekst") == "hun tekst\n\nmijn tekst"
    assert merge_text("oud", "zelfde", "zelfde") == "zelfde"
    assert merge_text("oud", "", "hun tekst") == "hun tekst"


@pytest.mark.slow
def test_two_processes_and_the_dock_tag_one_geopackage(tmp_path, make_dock):  # noqa: F811
    """One fast and one human-paced planner in other processes, the dock here: every change is saved
    or reported, nothing stays in an edit buffer, the file ends with the last saved values, no increment
    of a shared counter is lost (each stale write was detected)."""
    path = tmp_path / "b.gpkg"
    layer = open_tagged(path)
    uri = f"{path}|layername=buurten"
    start = time.time() + 1.5
    fast = tag_sessions.start_writer(tmp_path, "fast", uri, "ogr", [
        ["set", "BU03630001", "vk_hp_sociaal", [0, 1, 2, 3], 0.01],
        ["set", "BU03630002", "vk_hp_sociaal", [3, 2, 1], 0.01],
        ["count", "BU03630004", "vk_partners", 0.0]], start, duration=3.0)
    human = tag_sessions.start_writer(tmp_path, "human", uri, "ogr", [
        ["count", "BU03630004", "vk_partners", 0.3],
        ["set", "BU03630001", "vk_succes", ["Minder overlast", "Meer ontmoeting", "Veilige straten"], 0.4]],
        start, duration=3.0)
    dock = make_dock(layer)
    outcomes, blocked = [], []
    write = dock.tags.store.write

    def recording_write(*args, **kwargs):
        began = time.monotonic()
        outcome = write(*args, **kwargs)
        blocked.append(time.monotonic() - began)
        outcomes.append((args[1], dict(args[2]), outcome))
        return outcome

    dock.tags.store.write = recording_write
    while time.time() < start:
        QTest.qWait(20)
    texts = ["Veel verloop", "Veel verloop, weinig ontmoeting", "Weinig ontmoetingsplekken"]
    for turn in range(9):
        select(layer, "BU03630001")
        dock.findChild(QComboBox, "vkHpLeefomgeving").setCurrentIndex(turn % 4)
        QTest.qWait(120)
        select(layer, "BU03630003")
        dock.findChild(QPlainTextEdit, "vkProbleemanalyse").setPlainText(texts[turn % 3])
        dock.tags.flush()
        QTest.qWait(120)
    fast_log = tag_sessions.finish(*fast)
    human_log = tag_sessions.finish(*human)
    assert dock.tags.store.drain(20)
    QCoreApplication.processEvents()

    assert max(blocked) < 1.2, blocked  # the GUI never waits long for the other planners
    assert not layer.isEditable() and layer.editBuffer() is None
    for log in (fast_log, human_log):
        end = log[-1]
        assert end["kind"] == "end" and not end["editable"] and not end["buffer"] and end["unsaved"] == 0
        for entry in log[:-1]:
            if entry["kind"] in ("set", "count"):
                assert entry["state"] == "saved" or "NOT saved" in entry["message"], entry
    changes = [(fids, change, outcome.change.state if outcome.change is not None else outcome.state)
               for fids, change, outcome in outcomes]
    assert all(state == "saved" for _fids, _change, state in changes), changes
    dock_leef = [c["vk_hp_leefomgeving"] for _f, c, _s in changes if "vk_hp_leefomgeving" in c][-1]
    dock_text = [c["vk_probleemanalyse"] for _f, c, _s in changes if "vk_probleemanalyse" in c][-1]

    connection = sqlite3.connect(str(path))
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = {code: row for code, *row in connection.execute(
            "SELECT buurtcode, vk_hp_sociaal, vk_hp_leefomgeving, vk_succes, vk_probleemanalyse, vk_partners "
            "FROM buurten")}
    finally:
        connection.close()
    assert rows["BU03630001"][0] == tag_sessions.last_saved(fast_log, "BU03630001", "vk_hp_sociaal")
    assert rows["BU03630002"][0] == tag_sessions.last_saved(fast_log, "BU03630002", "vk_hp_sociaal")
    assert rows["BU03630001"][1] == dock_leef == 0  # turn 8: 8 % 4
    assert rows["BU03630001"][2] == tag_sessions.last_saved(human_log, "BU03630001", "vk_succes") is not None
    assert rows["BU03630003"][3] == dock_text == texts[8 % 3]
    increments = fast_log[-1]["counters"].get("BU03630004", 0) + human_log[-1]["counters"].get("BU03630004", 0)
    assert increments > 10 and tag_sessions.counted(rows["BU03630004"][4]) == increments  # no update lost
    # each saved increment read the one before it: the numbers written are 1 … n, each exactly once
    assert tag_sessions.saved_counts(fast_log, human_log, code="BU03630004") == list(range(1, increments + 1))
    assert any(entry["kind"] == "stale" for entry in human_log)  # the human's stale writes were detected


def test_a_locked_geopackage_is_retried_without_blocking(tmp_path, make_dock):  # noqa: F811
    path = tmp_path / "b.gpkg"
    layer = open_tagged(path)
    dock = make_dock(layer)
    select(layer, "BU03630002")
    lock = tag_sessions.GpkgLock(path)
    try:
        began = time.monotonic()
        dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(2)
        assert time.monotonic() - began < 1.0
        status = dock.tags.status.text()
        assert status.startswith("Not saved yet: the data source is busy"), status
        assert not layer.isEditable()  # never into the edit buffer
        assert dock.findChild(QComboBox, "vkHpSociaal").currentIndex() == 2  # the change stays visible
        assert dock.tags.pending_bar.isVisibleTo(dock.tags)
        # meanwhile another buurt: its status is its own, the pending bar still says what is not saved
        select(layer, "BU03630003")
        assert not dock.tags.status.text().startswith("Not saved")
        assert dock.tags.pending_text.text() == "Not saved yet: West (BU03630002) – trying again…"
        dock.findChild(QPlainTextEdit, "vkSucces").setPlainText("Meer groen")
        dock.tags.flush()  # queued behind the first change
        select(layer, "BU03630002")
        assert rows_in_file(path, "vk_hp_sociaal, vk_succes", "vk_bijgewerkt IS NOT NULL") == []
    finally:
        lock.release()
    assert wait_until(lambda: not dock.tags.store.unsaved())  # the retry timer
    assert rows_in_file(path, "vk_hp_sociaal, vk_succes", "vk_bijgewerkt IS NOT NULL") == [
        ("BU03630002", 2, None), ("BU03630003", None, "Meer groen")]
    assert dock.tags.status.text().startswith("Saved at")
    assert not dock.tags.pending_bar.isVisibleTo(dock.tags)


def test_a_save_that_finally_fails_says_so_and_can_be_saved_again(tmp_path, make_dock):  # noqa: F811
    path = tmp_path / "b.gpkg"
    layer = open_tagged(path)
    dock = make_dock(layer)
    dock.tags.store.retry_delays = [100, 100]
    select(layer, "BU05990001")
    lock = tag_sessions.GpkgLock(path)
    try:
        dock.findChild(QPlainTextEdit, "vkPartners").setPlainText("Woonbron, wijkteam")
        dock.tags.flush()
        assert wait_until(lambda: "NOT saved" in dock.tags.status.text())  # both retries used up
        status = dock.tags.status.text()
        assert status.startswith("NOT saved (Centrum (BU05990001)): the data source is still locked"), status
        assert "Save again" in status
        assert "NOT saved" in dock.tags.pending_text.text()
        assert dock.findChild(QPushButton, "vkSaveAgain").isVisibleTo(dock.tags)
        assert dock.findChild(QPlainTextEdit, "vkPartners").toPlainText() == "Woonbron, wijkteam"
        assert not layer.isEditable()
    finally:
        lock.release()
    dock.findChild(QPushButton, "vkSaveAgain").click()
    assert dock.tags.status.text().startswith("Saved at")
    assert rows_in_file(path, "vk_partners", "vk_partners IS NOT NULL") == [("BU05990001", "Woonbron, wijkteam")]
    assert not dock.tags.pending_bar.isVisibleTo(dock.tags)


@pytest.mark.parametrize("choice", ["mine", "theirs", "merge", None])
def test_a_stale_write_is_detected(tmp_path, make_dock, choice):  # noqa: F811
    """The dock showed a wijkschets; another planner saved a newer one; the dock's save does not
    overwrite it but shows both, and does what the user chooses."""
    path = tmp_path / "b.gpkg"
    layer = open_tagged(path)
    dock = make_dock(layer)
    select(layer, "BU03630001")
    text = dock.findChild(QPlainTextEdit, "vkProbleemanalyse")
    text.setPlainText("Veel verloop")
    dock.tags.flush()
    asked = []
    dock.tags.resolve = lambda conflicts: asked.extend(conflicts) or [
        (choice, {"vk_probleemanalyse": "MERGED"} if choice == "merge" else None)]
    # another planner, in another QGIS process, writes a newer text while the dock shows the old one
    log = tag_sessions.run_writer(tmp_path, "other", f"{path}|layername=buurten", "ogr", [
        ["set", "BU03630001", "vk_probleemanalyse", ["Veel verloop en overlast"], 0]])
    assert log[0]["state"] == "saved"
    text.setPlainText("Veel verloop, weinig groen")
    dock.tags.flush()
    assert len(asked) == 1
    conflict = asked[0]
    assert conflict.label == "Oost (BU03630001)"
    assert conflict.mine == {"vk_probleemanalyse": "Veel verloop, weinig groen"}
    assert conflict.theirs == {"vk_probleemanalyse": "Veel verloop en overlast"}
    assert conflict.base == {"vk_probleemanalyse": "Veel verloop"}
    assert conflict.stamp is not None and conflict.stamp.isValid()  # when theirs was saved
    stored = rows_in_file(path, "vk_probleemanalyse", "buurtcode = 'BU03630001'")[0][1]
    expected = {"mine": "Veel verloop, weinig groen", "theirs": "Veel verloop en overlast", "merge": "MERGED",
                None: "Veel verloop en overlast"}[choice]
    assert stored == expected
    status = dock.tags.status.text()
    if choice is None:  # decided later: kept, not saved, said so
        assert status.startswith("NOT saved (Oost (BU03630001)): someone else changed it at"), status
        assert dock.findChild(QPushButton, "vkSaveAgain").isVisibleTo(dock.tags)
        dock.tags.resolve = lambda conflicts: [("mine", None)]
        dock.findChild(QPushButton, "vkSaveAgain").click()
        assert rows_in_file(path, "vk_probleemanalyse", "buurtcode = 'BU03630001'")[0][1] == \
            "Veel verloop, weinig groen"
    elif choice == "theirs":
        assert text.toPlainText() == "Veel verloop en overlast"  # the dock now shows theirs
        assert "the other version is kept" in status
    else:
        assert status.startswith("Saved at")


def test_undo_never_overwrites_a_newer_change_by_someone_else(tmp_path, make_dock):  # noqa: F811
    path = tmp_path / "b.gpkg"
    layer = open_tagged(path)
    dock = make_dock(layer)
    select(layer, "BU03630001")
    dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(1)
    dock.findChild(QPlainTextEdit, "vkSucces").setPlainText("Meer ontmoeting")
    dock.tags.flush()
    tag_sessions.run_writer(tmp_path, "other", f"{path}|layername=buurten", "ogr", [
        ["set", "BU03630001", "vk_succes", ["Minder overlast"], 0]])
    dock.tags.undo()  # the text: changed by someone else after me -> not undone
    assert "Not undone in Oost (BU03630001): someone else changed it" in dock.tags.status.text()
    assert rows_in_file(path, "vk_succes, vk_hp_sociaal", "buurtcode = 'BU03630001'") == [
        ("BU03630001", "Minder overlast", 1)]
    assert dock.findChild(QPlainTextEdit, "vkSucces").toPlainText() == "Minder overlast"
    dock.tags.undo()  # the intensity: nobody changed it -> undone
    assert rows_in_file(path, "vk_succes, vk_hp_sociaal", "buurtcode = 'BU03630001'") == [
        ("BU03630001", "Minder overlast", None)]
    assert dock.tags.status.text().startswith("Undone in Oost (BU03630001): Sociale aanpak = 1 limited.")


def test_undo_and_redo_are_per_buurt_and_say_which(tmp_path, make_dock):  # noqa: F811
    path = tmp_path / "b.gpkg"
    layer = open_tagged(path)
    dock = make_dock(layer)
    combo = dock.findChild(QComboBox, "vkHpWoningprogramma")
    select(layer, "BU03630001")
    combo.setCurrentIndex(2)
    select(layer, "BU03630002")
    combo.setCurrentIndex(3)  # the latest change overall, in West
    select(layer, "BU03630001")
    undo = dock.findChild(QPushButton, "vkUndo")
    scope = dock.findChild(type(dock.tags.status), "vkUndoScope")
    assert "Woningprogramma = 2 substantial – Oost (BU03630001)" in undo.toolTip()
    assert scope.text() == "Undo: Woningprogramma = 2 substantial – Oost (BU03630001)"
    undo.click()  # undoes Oost's change, not West's later one
    assert rows_in_file(path, "vk_hp_woningprogramma", "vk_bijgewerkt IS NOT NULL") == [
        ("BU03630001", None), ("BU03630002", 3)]
    assert dock.tags.status.text().startswith("Undone in Oost (BU03630001): Woningprogramma = 2 substantial.")
    assert not undo.isEnabled()  # nothing more to undo for Oost
    select(layer, "BU03630002")
    assert undo.isEnabled()
    select(layer, "BU03630001")
    dock.findChild(QPushButton, "vkRedo").click()
    assert dock.tags.status.text().startswith("Redone in Oost (BU03630001)")
    assert rows_in_file(path, "vk_hp_woningprogramma", "buurtcode = 'BU03630001'") == [("BU03630001", 2)]


def test_saved_at_belongs_to_the_buurt_shown(tmp_path, make_dock):  # noqa: F811
    path = tmp_path / "b.gpkg"
    layer = open_tagged(path)
    dock = make_dock(layer)
    select(layer, "BU03630001")
    dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(2)
    assert dock.tags.status.text().startswith("Saved at")
    select(layer, "BU03630002")  # never tagged
    assert dock.tags.status.text() == "No tags saved yet."
    tag_sessions.run_writer(tmp_path, "other", f"{path}|layername=buurten", "ogr", [
        ["set", "BU03630003", "vk_hp_sociaal", [1], 0]])
    select(layer, "BU03630003")  # tagged by someone else: when, not "Saved at"
    assert dock.tags.status.text().startswith("Last saved ")
    select(layer, "BU03630001")
    assert dock.tags.status.text().startswith("Saved at")


def test_multi_select_shows_different_and_asks_before_replacing_texts(tmp_path, make_dock):  # noqa: F811
    path = tmp_path / "b.gpkg"
    layer = open_tagged(path)
    dock = make_dock(layer)
    questions = []
    answer = [False]
    dock.tags.ask = lambda title, text: questions.append(text) or answer[0]
    sociaal = dock.findChild(QComboBox, "vkHpSociaal")
    wijkschets = dock.findChild(QPlainTextEdit, "vkProbleemanalyse")
    for code, value, text in (("BU05990001", 1, "Centrum: veel verloop"), ("BU05990002", 3, "Haven: instroom")):
        select(layer, code)
        sociaal.setCurrentIndex(value)
        wijkschets.setPlainText(text)
        dock.tags.flush()
    select(layer, "BU05990001", "BU05990002")
    assert sociaal.currentText() == "(different)"
    assert dock.findChild(QComboBox, "vkHpLeefomgeving").currentText() == "– not discussed yet"  # both NULL
    assert wijkschets.toPlainText() == "" and wijkschets.placeholderText().startswith("(different)")
    assert ink(wijkschets) > 50  # and it is drawn (Qt 5.15 hides a placeholder set after the text)
    wijkschets.setPlainText("Ha")  # typing: asked first; declined -> nothing replaced
    assert len(questions) == 1 and "2 selected buurten have different texts" in questions[0]
    assert wijkschets.toPlainText() == ""
    dock.tags.flush()
    assert rows_in_file(path, "vk_probleemanalyse", "buurtcode LIKE 'BU0599%'") == [
        ("BU05990001", "Centrum: veel verloop"), ("BU05990002", "Haven: instroom")]
    answer[0] = True
    wijkschets.setPlainText("Havenstad: samen optrekken")
    assert len(questions) == 2
    dock.tags.flush()
    assert rows_in_file(path, "vk_probleemanalyse", "buurtcode LIKE 'BU0599%'") == [
        ("BU05990001", "Havenstad: samen optrekken"), ("BU05990002", "Havenstad: samen optrekken")]
    sociaal.setCurrentIndex(2)  # "(different)" goes, both get 2
    assert sociaal.count() == 5
    assert rows_in_file(path, "vk_hp_sociaal", "buurtcode LIKE 'BU0599%'") == [
        ("BU05990001", 2), ("BU05990002", 2)]
    sociaal.setCurrentIndex(4)  # "not discussed yet" clears
    assert rows_in_file(path, "vk_hp_sociaal", "buurtcode LIKE 'BU0599%'") == [
        ("BU05990001", None), ("BU05990002", None)]


def test_the_users_own_edit_session_is_no_conflict_afterwards(tmp_path, make_dock):  # noqa: F811
    path = tmp_path / "b.gpkg"
    layer = open_tagged(path)
    dock = make_dock(layer)
    asked = []
    dock.tags.resolve = lambda conflicts: asked.extend(conflicts) or [(None, None)] * len(conflicts)
    select(layer, "BU03630002")
    dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(1)
    layer.startEditing()  # the user edits the attribute table, then saves the layer
    fid = dock_data.fid_of(layer, "BU03630002")
    layer.changeAttributeValue(fid, layer.fields().lookupField("vk_hp_sociaal"), 3)
    assert layer.commitChanges()
    assert dock.findChild(QComboBox, "vkHpSociaal").currentIndex() == 3
    dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(2)
    assert asked == [] and dock.tags.status.text().startswith("Saved at")
    assert rows_in_file(path, "vk_hp_sociaal", "buurtcode = 'BU03630002'") == [("BU03630002", 2)]


def test_other_providers_go_through_a_rolled_back_edit_buffer(tmp_path, make_dock):  # noqa: F811
    """A SQLite (non-GeoPackage) layer: the edit-buffer writer. A failing commit (here a trigger that fails
    like a lock) is rolled back at once, the change is kept and retried; a stale write is detected there too."""
    from veerkracht_plugin.ui.tagstore import TAG_FIELDS, add_fields
    from veerkracht_plugin.ui.tagwriter import BufferWriter, writer_for

    path = tmp_path / "b.sqlite"
    dock_data.write(dock_data.memory_layer(), path, "SQLite")
    layer = QgsVectorLayer(f"{path}|layername=buurten", "buurten", "ogr")
    assert layer.isValid() and layer.dataProvider().storageType() == "SQLite"
    assert add_fields(layer, list(TAG_FIELDS)) is None
    QgsProject.instance().addMapLayer(layer)
    assert isinstance(writer_for(layer), BufferWriter)
    connection = sqlite3.connect(str(path))
    connection.execute("CREATE TRIGGER vk_busy BEFORE UPDATE ON buurten WHEN NEW.vk_succes = 'Meer groen' "
                       "BEGIN SELECT RAISE(ABORT, 'database is locked'); END")
    connection.commit()
    dock = make_dock(layer)
    dock.tags.store.retry_delays = [200, 200, 200, 200]
    select(layer, "BU03630002")
    dock.findChild(QPlainTextEdit, "vkSucces").setPlainText("Meer groen")
    dock.tags.flush()
    assert dock.tags.status.text().startswith("Not saved yet: the data source is busy")
    assert not layer.isEditable() and layer.editBuffer() is None  # rolled back, never left in the buffer
    connection.execute("DROP TRIGGER vk_busy")
    connection.commit()
    assert wait_until(lambda: not dock.tags.store.unsaved())
    assert rows_in_file(path, "vk_succes", "vk_succes IS NOT NULL") == [("BU03630002", "Meer groen")]
    connection.execute("UPDATE buurten SET vk_succes = 'Minder overlast' WHERE buurtcode = 'BU03630002'")
    connection.commit()
    connection.close()
    asked = []
    dock.tags.resolve = lambda conflicts: asked.extend(conflicts) or [("theirs", None)]
    dock.findChild(QPlainTextEdit, "vkSucces").setPlainText("Meer groen en water")
    dock.tags.flush()
    assert [c.theirs for c in asked] == [{"vk_succes": "Minder overlast"}]
    assert rows_in_file(path, "vk_succes", "vk_succes IS NOT NULL") == [("BU03630002", "Minder overlast")]
    assert not layer.isEditable()


def test_writing_the_value_already_stored_is_no_conflict_but_a_different_one_is(tmp_path):
    """The compare-and-set rule at the writer: a field that another planner changed to exactly the value
    this write brings is no conflict (both wanted the same); any other value is. (This is why the shared
    counter in the test above carries the writer's name: with bare numbers two writers that both read 4
    and both write 5 both succeed, and the file holds one increment for two.)"""
    from qgis.PyQt.QtCore import QDateTime

    from veerkracht_plugin.ui.tagstore import TAG_FIELDS
    from veerkracht_plugin.ui.tagwriter import GpkgWriter

    path = tmp_path / "b.gpkg"
    layer = open_tagged(path)
    fid = dock_data.fid_of(layer, "BU03630004")
    fields = [name for name in TAG_FIELDS if name in layer.fields().names()]
    writer = GpkgWriter.for_layer(layer)
    stamp = QDateTime.currentDateTime()
    first = writer.write({fid: {"vk_partners": "5"}}, {fid: {"vk_partners": ""}}, stamp, fields)
    assert first.error is None and list(first.written) == [fid] and not first.conflicts
    # a second planner also read the empty field and also writes "5": no conflict, nothing to choose
    second = writer.write({fid: {"vk_partners": "5"}}, {fid: {"vk_partners": ""}}, stamp, fields)
    assert second.error is None and list(second.written) == [fid] and not second.conflicts
    # a third read the empty field too but writes another value: a conflict, the stored "5" stays
    third = writer.write({fid: {"vk_partners": "5 human"}}, {fid: {"vk_partners": ""}}, stamp, fields)
    assert not third.written and third.conflicts[fid]["vk_partners"] == "5"
    assert rows_in_file(path, "vk_partners", "buurtcode = 'BU03630004'") == [("BU03630004", "5")]
    QgsProject.instance().removeMapLayer(layer.id())
