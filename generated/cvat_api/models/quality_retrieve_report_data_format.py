from typing import Literal, cast

QualityRetrieveReportDataFormat = Literal["csv", "json"]

QUALITY_RETRIEVE_REPORT_DATA_FORMAT_VALUES: set[QualityRetrieveReportDataFormat] = {
    "csv",
    "json",
}


def check_quality_retrieve_report_data_format(
    value: str,
) -> QualityRetrieveReportDataFormat:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(QualityRetrieveReportDataFormat, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUALITY_RETRIEVE_REPORT_DATA_FORMAT_VALUES!r}"
    )
