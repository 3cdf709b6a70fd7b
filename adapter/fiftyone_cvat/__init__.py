"""FiftyOne <-> CVAT annotation backend built on the generated ``cvat_api`` client."""

__version__ = "0.1.0"
