"""Import path of the API class for scripts written against earlier versions."""

from fiftyone_cvat.plugin.api import CVATAnnotationAPI

__all__ = ["CVATAnnotationAPI"]
