"""Import path of the results class that runs saved by earlier versions name."""

from fiftyone_cvat.plugin.results import CVATAnnotationResults

__all__ = ["CVATAnnotationResults"]
