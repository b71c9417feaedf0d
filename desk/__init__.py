"""The after-sales service desk (售后服务台)."""

__version__ = "0.1.0"
