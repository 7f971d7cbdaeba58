"""The Villages page: every village of the cooperative, with the same figures as `coopnet info`."""
