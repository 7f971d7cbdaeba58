"""What the models need from a project: the store's counts plus the map's village links."""

from __future__ import annotations

import logging

from coopnet.core.model_inputs import ModelInputs
from coopnet.store.model_inputs import gather_with_links
from coopnet.store.project import Project

log = logging.getLogger(__name__)


def links_or_none(project: Project) -> dict[str, dict]:
    """The village links, or {} when they cannot be computed (the models then use straight lines)."""
    try:
        from coopnet.geo.links import village_links

        return village_links(project)
    except Exception:  # the map layer is optional for the models: fall back to straight lines
        log.debug("village links unavailable", exc_info=True)
        return {}


def gather(project: Project) -> ModelInputs:
    """Villages, households, pledge counts, PoPs and links, as the cost model reads them."""
    return gather_with_links(project, links_or_none(project))
