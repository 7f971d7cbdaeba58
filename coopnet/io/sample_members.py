"""Sample step: doors from the sample BAN file and the sample pledges."""


def sample_step(project, folder) -> None:
    """Filled in by the Members issue."""
