"""Scenarios stored in the project (filled in by the Models issue)."""


def sample_step(project, folder) -> None:
    """Create the base scenario for the sample (Models issue)."""
