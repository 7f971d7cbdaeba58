"""A re-import keeps a dated copy of the project first; a first import does not need one."""

from coopnet.io.ban import import_ban
from coopnet.io.geodata import import_pops
from coopnet.store import backup
from coopnet.store.project import Project
from tests.conftest import SAMPLE_DIR


def test_reimporting_addresses_and_pops_keeps_a_backup(sample_project):
    assert backup.list_backups(sample_project.path) == []
    import_ban(sample_project, SAMPLE_DIR / "adresses-78-sample.csv")
    import_pops(sample_project, SAMPLE_DIR / "pops.geojson", source="test")
    reasons = [b.reason for b in backup.list_backups(sample_project.path)]
    assert "before-reimport-addresses" in reasons and "before-reimport-pops" in reasons
    # each copy is a sound project holding the data as it was
    for b in backup.list_backups(sample_project.path):
        with Project.open(b.path, readonly=True) as copy:
            assert copy.db["doors"].count == sample_project.db["doors"].count


def test_backups_kept_follow_the_project_setting(sample_project):
    sample_project.set_meta("backups_keep", "2")
    for _ in range(4):
        import_pops(sample_project, SAMPLE_DIR / "pops.geojson", source="test")
    assert len(backup.list_backups(sample_project.path)) == 2


def test_first_import_takes_no_backup(tmp_path):
    from coopnet.io.sample_project import create_sample_project

    path = tmp_path / "fresh.coopnet"
    create_sample_project(path).close()
    assert backup.list_backups(path) == []


def test_leftovers_of_a_killed_backup_are_swept_later(sample_project):
    import os
    import time

    first = backup.backup_project(sample_project, "one")
    folder = first.parent
    stale = folder / f".{first.stem}-x.coopnet.partial"
    fresh = folder / f".{first.stem}-y.coopnet.partial"
    for leftover in (stale, fresh):
        leftover.write_bytes(b"half a copy")
    an_hour_ago = time.time() - 2 * 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    backup.backup_project(sample_project, "two")
    assert not stale.exists()
    assert fresh.exists()  # maybe another process is still writing it
    assert len(backup.list_backups(sample_project.path)) == 2
