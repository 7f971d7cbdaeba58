"""Geographic computations (Lambert-93) and the map builder."""
