"""Extra steps that fill the sample project (doors, pledges, scenarios).

Each entry names ``module:function``; the function is ``fn(project, sample_folder)``
and runs inside the sample's transaction. Owned by the layer that defines it.
"""

import importlib

STEPS_BY_NAME = (
    "coopnet.io.sample_members:sample_step",
    "coopnet.store.scenarios:sample_step",
)


def _load(name: str):
    module, func = name.split(":")
    return getattr(importlib.import_module(module), func)


STEPS = [_load(n) for n in STEPS_BY_NAME]
