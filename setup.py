"""Copies the top-level resources/ and sample_villages/ into the wheel.

They live at the top of the repo (design card) but must travel with the
package; coopnet.resources finds them under coopnet/_data when installed.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithData(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        for name in ("resources", "sample_villages"):
            target = Path(self.build_lib) / "coopnet" / "_data" / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(HERE / name, target, ignore=shutil.ignore_patterns("*.ts", "__pycache__"))


setup(cmdclass={"build_py": BuildWithData})
