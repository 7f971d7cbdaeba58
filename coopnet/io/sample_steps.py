"""Extra steps that fill the sample project (doors, pledges, scenarios).

Each step is ``fn(project, sample_folder)`` and runs inside the sample's transaction, in this
order. Owned by the layer that defines it; listed here by plain import.
"""

from coopnet.io import sample_members
from coopnet.store import scenarios

STEPS = [sample_members.sample_step, scenarios.sample_step]
