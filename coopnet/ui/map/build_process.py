"""Draw the in-app map in a separate process (`coopnet map-page`).

Building the page needs folium, geopandas and pandas, and at department scale leaves
~100 MB of temporaries behind; in a child process none of that stays in the app, which
is what keeps the whole app under its memory target once the Map page is open. The child
reads the project read-only and reports progress on stdout; the page and its village
summaries come back as files. The process runs behind the background API (ui/tasks.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from coopnet.errors import CoopnetError
from coopnet.ui.tasks import ProcessTask


def coopnet_command(*args: str) -> tuple[str, list[str]]:
    """Program and arguments that run ``coopnet ARGS`` with this very installation."""
    if getattr(sys, "frozen", False):  # the bundled executable is the command line too
        return sys.executable, list(args)
    return sys.executable, ["-m", "coopnet", *args]


class MapBuild(ProcessTask):
    """One build: ``start()``, then one of signals.finished ((page path, summaries)) / failed /
    cancelled."""

    def __init__(self, project_path: Path, out: Path, options: dict, parent=None):
        self.out = Path(out)
        program, args = coopnet_command(
            "map-page", str(project_path), str(self.out), "--options", json.dumps(options)
        )
        # Its messages in the interface's language.
        env = {"COOPNET_LANG": options["lang"]} if options.get("lang") else None
        super().__init__(program, args, self._pages, env, parent)

    def _pages(self) -> tuple[Path, dict]:
        summaries_file = self.out.with_suffix(".json")
        try:
            summaries = json.loads(summaries_file.read_text(encoding="utf-8"))
            if not self.out.exists():
                raise FileNotFoundError(self.out)
        except (OSError, ValueError) as exc:
            raise CoopnetError(self.tr("the map drawing process wrote no page (%s)") % exc) from None
        summaries_file.unlink(missing_ok=True)
        return self.out, summaries
