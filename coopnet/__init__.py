"""coopnet — offline desktop tool for rural telecom cooperatives."""

__version__ = "0.1.0"
APP_NAME = "coopnet"
