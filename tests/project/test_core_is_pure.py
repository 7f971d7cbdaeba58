"""coopnet.core must stay pure: importing it may not pull in Qt, storage or map libraries."""

import subprocess
import sys
import textwrap

FORBIDDEN = ("PySide6", "sqlite3", "sqlite_utils", "folium", "geopandas", "openpyxl")


def test_core_imports_no_qt_storage_or_maps():
    code = textwrap.dedent(f"""
        import importlib, pkgutil, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in {FORBIDDEN!r}:
                    raise ImportError('coopnet.core may not import ' + name)
        sys.meta_path.insert(0, Block())
        import coopnet.core
        for mod in pkgutil.walk_packages(coopnet.core.__path__, 'coopnet.core.'):
            importlib.import_module(mod.name)
        print('ok', len(list(pkgutil.walk_packages(coopnet.core.__path__))))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok")


def test_the_guard_itself_catches_a_forbidden_import():
    # The check above must be able to fail: a module importing PySide6 is refused.
    code = (
        "import sys\nclass B:\n  def find_spec(self,n,p=None,t=None):\n"
        "    if n.split('.')[0]=='PySide6': raise ImportError('blocked')\n"
        "sys.meta_path.insert(0,B())\nimport PySide6.QtCore\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode != 0 and "blocked" in proc.stderr
