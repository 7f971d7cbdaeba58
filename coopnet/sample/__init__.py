"""Sample data: the bundled sample cooperative and a department-scale generator.

    python -m coopnet.sample --bundled [--out sample_villages]
    python -m coopnet.sample --out DIR --communes 300 --doors 600000 --pledges 100000

Everything is deterministic (seeded ``random.Random`` streams, no global random state), so
the bundled files are byte-identical on every run. Only shapely, pyproj and numpy are used
(no geopandas): generating is a benchmark input, it has to be quick.
"""

from .bundled import BUNDLED_FILES, write_bundled
from .department import generate_department

__all__ = ["BUNDLED_FILES", "generate_department", "write_bundled"]
