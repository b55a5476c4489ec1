"""The path logic of 'no output harms an input' and of atomic outputs, without QGIS."""

import os

import pytest

from veerkracht_plugin.qgisio import outputs, staging
from veerkracht_plugin.qgisio.outputs import Location


def test_destinations_are_parsed_as_qgis_writes_them():
    parse = outputs.parse_destination
    assert parse("/data/uit.gpkg") == Location("/data/uit.gpkg", None)
    assert parse("C:/Data/uit.gpkg") == Location("C:/Data/uit.gpkg", None)
    assert parse("ogr:dbname='/data/stad.gpkg' table=\"nieuw\" (geom)") == Location("/data/stad.gpkg", "nieuw")
    assert parse("ogr:dbname='/data/o\\'neil \"x\".gpkg' table=\"a \\\"b\\\"\" (geom)") == Location(
        "/data/o'neil \"x\".gpkg", 'a "b"')
    assert parse("ogr:dbname=/data/stad.gpkg table=t") == Location("/data/stad.gpkg", "t")
    assert parse("/data/stad.gpkg|layername=nieuw") == Location("/data/stad.gpkg", "nieuw")
    for none in ("", "TEMPORARY_OUTPUT", "memory:", "memory:uit", "postgres://dbname='gis' table=\"x\"",
                 "postgis:dbname='gis'"):
        assert parse(none) is None, none
    assert parse("/data/r.pdf", "Report", "file") == Location("/data/r.pdf", None, "Report", "file")


def test_sources_lose_their_suffixes():
    assert outputs.split_source("/d/x.gpkg|layername=buurten|subset=a > 1") == Location("/d/x.gpkg", "buurten")
    assert outputs.split_source("/d/x.gpkg|layerid=0") == Location("/d/x.gpkg", None)


def test_the_same_file_through_links_and_companions(tmp_path):
    data = tmp_path / "buurten.gpkg"
    data.write_bytes(b"SQLite format 3\x00")
    link = tmp_path / "link.gpkg"
    link.symlink_to(data)
    hard = tmp_path / "hard.gpkg"
    os.link(data, hard)
    (tmp_path / "folder_link").symlink_to(tmp_path, target_is_directory=True)
    for same in (link, hard, tmp_path / "folder_link" / "buurten.gpkg", tmp_path / "." / "buurten.gpkg",
                 str(data) + "-wal", str(data) + "-shm", str(data) + "-journal"):
        assert outputs.same_file(str(same), str(data)), same
    assert outputs.same_file(str(tmp_path / "kaart.dbf"), str(tmp_path / "kaart.shp"))
    assert not outputs.same_file(str(tmp_path / "other.gpkg"), str(data))
    assert not outputs.same_file(str(tmp_path / "buurten.gpkg.bak"), str(data))


def test_the_check_refuses_what_would_harm(tmp_path):
    gpkg = str(tmp_path / "stad.gpkg")
    source = Location(gpkg, "buurten", "Buurten")
    check = outputs.check
    assert check([source], [Location(gpkg, None, "Out")]).message.template == outputs.REPLACE_INPUT
    assert check([source], [Location(gpkg, "buurten", "Out")]).message.template == outputs.SAME_LAYER
    assert check([source], [Location(gpkg, "BUURTEN", "Out")]).message.template == outputs.SAME_LAYER
    assert check([source], [Location(gpkg, None, "PDF", "file")]).message.template == outputs.REPLACE_INPUT_FILE
    assert check([source], [Location(gpkg, "nieuw", "Out")]) is None  # a new layer beside the input
    assert check([Location(gpkg, None)], [Location(gpkg, "nieuw", "Out")]).message.template == outputs.SAME_LAYER
    csv = str(tmp_path / "lbm.csv")
    assert check([Location(csv)], [Location(csv, "x", "Out")]).message.template == outputs.SINGLE_LAYER_FILE
    assert check([Location(csv)], [Location(csv, None, "Out")]).message.template == outputs.REPLACE_INPUT_FILE
    other = str(tmp_path / "uit.gpkg")
    assert check([source], [Location(other, None, "A"), Location(other, None, "B")]).message.template == (
        outputs.OUTPUTS_CLASH)
    assert check([source], [Location(other, "a", "A"), Location(other, "b", "B")]) is None
    assert check([source, None], [None, Location(other, None, "A")]) is None
    error = check([source], [Location(gpkg, None, "Veerkracht")])
    assert gpkg in str(error) and "ogr:dbname=" in str(error) and "'Veerkracht'" in str(error)


@pytest.mark.parametrize("name, content, own", [
    ("r.pdf", b"%PDF-1.7 ...", True), ("r.pdf", b"Wijkschets Oost", False), ("r.pdf", b"", True),
    ("s.html", b"\xef\xbb\xbf\n<!DOCTYPE html><html>", True), ("s.html", b"SQLite format 3\x00\x10", False),
    ("s.html", b"plain notes", False), ("s.csv", b"gemeente;tekort\n", True), ("s.csv", b"PK\x03\x04\x00", False),
    ("o.gpkg", b"SQLite format 3\x00", True), ("o.gpkg", b"%PDF-1.4", False), ("o.docx", b"PK\x03\x04", True),
])
def test_a_file_is_only_replaced_by_its_own_kind(tmp_path, name, content, own):
    path = tmp_path / name
    path.write_bytes(content)
    assert outputs.is_own_kind(str(path)) is own
    problem = outputs.check([], [Location(str(path), None, "Out", "file")])
    assert (problem is None) is own
    assert outputs.is_own_kind(str(tmp_path / "missing.pdf"))


def test_a_staged_file_appears_only_when_committed(tmp_path):
    destination = tmp_path / "uit.gpkg"
    destination.write_text("previous")
    (tmp_path / "uit.gpkg-wal").write_text("stale journal of the previous file")
    staged = staging.StagedFile(destination)
    assert os.path.basename(staged.path) == "uit.gpkg" and os.path.dirname(staged.path) != str(tmp_path)
    with open(staged.path, "w") as handle:
        handle.write("new")
    assert destination.read_text() == "previous"
    assert staged.commit() == str(destination)
    assert destination.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit.gpkg"]  # the stale journal is gone too


def test_a_discarded_or_failed_file_leaves_the_previous_one(tmp_path):
    destination = tmp_path / "s.html"
    destination.write_text("<html>previous")
    with pytest.raises(RuntimeError):
        with staging.StagedFile(destination) as staged:
            open(staged.path, "w").write("<html>half")
            raise RuntimeError("killed")
    assert destination.read_text() == "<html>previous"
    assert [p.name for p in tmp_path.iterdir()] == ["s.html"]
    assert staging.write_text(destination, "<html>new") == str(destination)
    assert destination.read_text() == "<html>new" and [p.name for p in tmp_path.iterdir()] == ["s.html"]


def test_a_shapefile_moves_its_main_file_last_and_a_writer_may_choose_the_name(tmp_path):
    (tmp_path / "kaart.cpg").write_text("old")
    staged = staging.StagedFile(tmp_path / "kaart.shp")
    for ext in (".shp", ".dbf", ".shx", ".prj"):
        with open(staged.path[:-4] + ext, "w") as handle:
            handle.write(ext)
    staged.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaart.dbf", "kaart.prj", "kaart.shp", "kaart.shx"]
    named = staging.StagedFile(tmp_path / "uit")
    open(named.path + ".gpkg", "w").write("x")
    assert named.commit(named.path + ".gpkg") == str(tmp_path / "uit.gpkg")


def test_folders_left_by_killed_runs_are_removed(tmp_path):
    dead = tmp_path / f"{staging.PARTIAL_PREFIX}999999999-abc"
    dead.mkdir()
    (dead / "uit.gpkg").write_text("half")
    alive = tmp_path / f"{staging.PARTIAL_PREFIX}{os.getppid()}-abc"
    alive.mkdir()
    staging.StagedFile(tmp_path / "uit.gpkg").discard()
    assert not dead.exists() and alive.exists()


def test_which_destinations_are_staged():
    for path in ("/tmp/out.gpkg", "C:/x/out.gpkg", "out.csv"):
        assert staging.can_stage(path), path
    for other in ("", "TEMPORARY_OUTPUT", "memory:", "ogr:dbname='/x.gpkg' table=\"t\"", "/x.gpkg|layername=t",
                  "postgres://x"):
        assert not staging.can_stage(other), other
