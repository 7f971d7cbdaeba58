"""resources/ and sample_villages/ travel with the wheel and are found from it."""

import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    return next(out.glob("coopnet-*.whl"))


def test_wheel_carries_resources_and_sample(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "coopnet/_data/resources/icons/coopnet.svg" in names
    for f in ("communes.csv", "boundaries.geojson", "adresses-78-sample.csv", "promesses-excel-fr.csv"):
        assert f"coopnet/_data/sample_villages/{f}" in names


def test_installed_wheel_finds_its_files_and_builds_the_sample(wheel, tmp_path):
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(target)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import coopnet.resources as r; print(r.sample_dir()); print(r.resource('icons'))"
    )
    # Run from a folder that is not the checkout, with the checkout off sys.path.
    proc = subprocess.run(
        [sys.executable, "-I", "-c", code, str(target)], capture_output=True, text=True, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    sample, icons = proc.stdout.split()
    assert sample.startswith(str(target)) and sample.endswith("_data/sample_villages")
    assert icons.startswith(str(target))
