"""Figures several pages show, computed once per change of the project and shared.

``progress`` (doors, pledges, targets per village), ``links`` (nearest PoP and route
length), ``info`` (the Villages table and totals, as ``coopnet info`` gives them) and
``inputs`` (what the models read). At department scale each takes a second or so:
computed once, not once per page, and off the GUI thread.

``AppContext.notify(domain)`` drops what that domain changes *before* the pages hear of
it, so a page that asks again gets fresh figures. Pages ask with ``request(key, callback)``:
at once when cached; for a big project in a worker (``ready`` is emitted, then the
callback runs on the GUI thread); for a small one on the spot (no flicker, no thread).
``get(key)`` computes on the calling thread when missing (exports must not wait for a
page that was never shown).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from coopnet.ui.tasks import Task, run_task

log = logging.getLogger(__name__)

KEYS = ("progress", "links", "info", "inputs")
# What each domain of ``AppContext.dataChanged`` can change ("all": everything).
DEPENDS = {
    "progress": {"villages", "doors", "pledges"},
    "links": {"villages", "doors", "geo"},
    "info": {"villages", "doors", "pledges", "geo"},
    "inputs": {"villages", "pledges", "geo"},
}
# Doors + pledges under which figures are computed on the spot (the sample: ~10 000).
SYNC_LIMIT = 50_000


def _language() -> str:
    from coopnet.ui.i18n import current_language

    return current_language()


def compute(project, key: str, have: dict, lang: str):
    """One figure of ``project``, reusing those in ``have`` (same thread as ``project``)."""
    if key == "progress":
        from coopnet.store.progress import village_progress

        return village_progress(project, lang=lang)
    if key == "links":
        from coopnet.geo.links import village_links

        return village_links(project)
    if key == "info":
        from coopnet.info import project_info

        for k in ("progress", "links"):
            if k not in have:
                have[k] = compute(project, k, have, lang)
        return project_info(project, progress=have["progress"], links=have["links"])
    if key == "inputs":
        from coopnet.geo.model_inputs import gather

        return gather(project)
    raise KeyError(key)


class ProjectFigures(QObject):
    """Cache of the open project's shared figures (one per ``AppContext``)."""

    ready = Signal(str)  # key: a figure computed in the worker is now cached
    busy = Signal(bool)  # a worker is computing (pages may say "computing…")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project = None
        self.sync_limit = SYNC_LIMIT
        self.computed = {k: 0 for k in KEYS}  # how often each was computed (tests, bench)
        self._values: dict[str, object] = {}
        self._lang = ""
        self._generation = 0
        self._waiting: dict[str, list[Callable]] = {}
        self._task: Task | None = None
        self._small: bool | None = None

    # -- life cycle -------------------------------------------------------------------
    def set_project(self, project) -> None:
        self.project = project
        self._small = None
        self._drop(set(KEYS))
        self._waiting.clear()

    def invalidate(self, domain: str) -> None:
        """Forget what ``domain`` changes (called before the pages hear of the change)."""
        if domain == "all":
            self._small = None
        self._drop({k for k in KEYS if domain == "all" or domain in DEPENDS[k]})

    def _drop(self, keys: set[str]) -> None:
        if keys and self._task is not None:
            self._generation += 1  # a result in flight is stale
        for k in keys:
            self._values.pop(k, None)

    # -- asking -----------------------------------------------------------------------
    def cached(self, key: str):
        self._check_language()
        return self._values.get(key)

    def get(self, key: str):
        """The figure now, computed on this thread if missing."""
        self._check_language()
        if key not in self._values and self.project is not None:
            have = dict(self._values)
            value = compute(self.project, key, have, self._lang)
            for k, v in have.items():
                if k not in self._values:
                    self._values[k] = v
                    self.computed[k] += 1
            self._values[key] = value
            self.computed[key] += 1
        return self._values.get(key)

    def request(self, key: str, callback: Callable[[object], None]) -> bool:
        """``callback(value)`` once ``key`` is known. True when it ran at once."""
        if self.project is None:
            return False
        if self.cached(key) is not None or self.is_small():
            callback(self.get(key))
            return True
        waiting = self._waiting.setdefault(key, [])
        if callback not in waiting:
            waiting.append(callback)
        # Next turn of the event loop: an edit asks for its figures before announcing itself
        # (notify), and the worker must read the file after both.
        QTimer.singleShot(0, self, self._start)
        return False

    def is_small(self) -> bool:
        if self._small is None:
            from coopnet.store.map_points import doors_and_pledges

            self._small = doors_and_pledges(self.project) < self.sync_limit
        return self._small

    def computing(self) -> bool:
        return self._task is not None

    # -- the worker ---------------------------------------------------------------------
    def _check_language(self) -> None:
        lang = _language()
        if lang != self._lang:  # progress texts are in the interface's language
            self._lang = lang
            self._drop({"progress", "info"})

    def _start(self) -> None:
        if self._task is not None or not self._waiting or self.project is None:
            return
        project, lang, generation = self.project, self._lang, self._generation
        keys = [k for k in KEYS if k in self._waiting]  # info after progress and links
        have_before = dict(self._values)

        def work(report):
            have = dict(have_before)
            with project.reader() as reader:  # own connection: the GUI may close the project
                for i, key in enumerate(keys):
                    if not report(i, len(keys), key):
                        break
                    if key not in have:
                        have[key] = compute(reader, key, have, lang)
            return generation, have, [k for k in have if k not in have_before]

        self.busy.emit(True)
        # The links use PROJ (pyproj): the serial pool (see ui/tasks.py).
        self._task = run_task(
            work, finished=self._finished, failed=self._failed, cancelled=self._done, serial=True
        )

    def _done(self) -> None:
        self._task = None
        self.busy.emit(False)

    def _finished(self, result) -> None:
        generation, have, new = result
        self._done()
        for k in new:
            self.computed[k] += 1
        if generation == self._generation:  # else: the project changed meanwhile, ask again
            for k, v in have.items():
                self._values.setdefault(k, v)
        del result, have
        from coopnet.ui.memory import give_back

        give_back()  # the GeoDataFrames behind the links are garbage now
        self._deliver()

    def _failed(self, message: str, details: str) -> None:
        self._done()
        log.warning("figures failed: %s\n%s", message, details)
        # Fall back on the GUI thread: a page must never stay empty.
        self._deliver(force=True)

    def _deliver(self, force: bool = False) -> None:
        for key in [k for k in KEYS if k in self._waiting]:
            if key in self._values or force:
                value = self._values.get(key)
                if force:
                    try:
                        value = self.get(key)
                    except Exception:
                        log.exception("figure %s", key)
                        value = None
                for cb in self._waiting.pop(key, []):
                    cb(value)
                self.ready.emit(key)
        self._start()  # stale result, or new requests meanwhile
