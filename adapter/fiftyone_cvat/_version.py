"""The package version (its own module, so the transport layer need not import the package root)."""

__version__ = "0.1.0"
