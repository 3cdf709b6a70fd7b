"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use (PEP 562): the spec has a few hundred
models and a client touches a few dozen, so importing them all costs time and memory
for nothing.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .about import About
    from .accept_invitation_read import AcceptInvitationRead
    from .access_token_read import AccessTokenRead
    from .access_token_write_request import AccessTokenWriteRequest
    from .annotation_conflict import AnnotationConflict
    from .annotation_conflict_annotation_type import AnnotationConflictAnnotationType
    from .annotation_conflict_severity import AnnotationConflictSeverity
    from .annotation_conflict_type import AnnotationConflictType
    from .annotation_file_request import AnnotationFileRequest
    from .annotation_guide_read import AnnotationGuideRead
    from .annotation_guide_write_request import AnnotationGuideWriteRequest
    from .annotation_id import AnnotationId
    from .asset_read import AssetRead
    from .asset_write_request import AssetWriteRequest
    from .attribute import Attribute
    from .attribute_request import AttributeRequest
    from .attribute_val import AttributeVal
    from .attribute_val_request import AttributeValRequest
    from .basic_organization import BasicOrganization
    from .basic_user import BasicUser
    from .basic_user_request import BasicUserRequest
    from .chapter import Chapter
    from .chapter_metadata import ChapterMetadata
    from .chunk_type import ChunkType
    from .client_events import ClientEvents
    from .client_events_request import ClientEventsRequest
    from .cloud_storage_content import CloudStorageContent
    from .cloud_storage_read import CloudStorageRead
    from .cloud_storage_write_request import CloudStorageWriteRequest
    from .cloudstorages_list_credentials_type import CloudstoragesListCredentialsType
    from .cloudstorages_list_provider_type import CloudstoragesListProviderType
    from .cloudstorages_retrieve_status_response_200 import (
        CloudstoragesRetrieveStatusResponse200,
    )
    from .comment_read import CommentRead
    from .comment_write_request import CommentWriteRequest
    from .comments_summary import CommentsSummary
    from .consensus_merge_create_request import ConsensusMergeCreateRequest
    from .consensus_settings import ConsensusSettings
    from .credentials_type_enum import CredentialsTypeEnum
    from .data_meta_read import DataMetaRead
    from .data_request import DataRequest
    from .dataset_file_request import DatasetFileRequest
    from .dataset_format import DatasetFormat
    from .dataset_formats import DatasetFormats
    from .event import Event
    from .event_group import EventGroup
    from .event_request import EventRequest
    from .events import Events
    from .events_create_export_location import EventsCreateExportLocation
    from .events_enum import EventsEnum
    from .events_list_action import EventsListAction
    from .file_info import FileInfo
    from .file_info_type_enum import FileInfoTypeEnum
    from .frame_meta import FrameMeta
    from .frame_selection_method import FrameSelectionMethod
    from .function_call import FunctionCall
    from .function_call_params import FunctionCallParams
    from .function_call_request import FunctionCallRequest
    from .function_call_request_mapping import FunctionCallRequestMapping
    from .input_type_enum import InputTypeEnum
    from .invitation_read import InvitationRead
    from .invitation_write_request import InvitationWriteRequest
    from .issue_read import IssueRead
    from .issue_write_request import IssueWriteRequest
    from .issues_summary import IssuesSummary
    from .job_read import JobRead
    from .job_stage import JobStage
    from .job_status import JobStatus
    from .job_type import JobType
    from .job_validation_layout_read import JobValidationLayoutRead
    from .job_write_request import JobWriteRequest
    from .jobs_create_annotations_import_mode import JobsCreateAnnotationsImportMode
    from .jobs_create_annotations_location import JobsCreateAnnotationsLocation
    from .jobs_create_dataset_export_location import JobsCreateDatasetExportLocation
    from .jobs_list_dimension import JobsListDimension
    from .jobs_list_media_type import JobsListMediaType
    from .jobs_list_mode import JobsListMode
    from .jobs_list_stage import JobsListStage
    from .jobs_list_state import JobsListState
    from .jobs_list_type import JobsListType
    from .jobs_partial_update_annotations_action import (
        JobsPartialUpdateAnnotationsAction,
    )
    from .jobs_retrieve_annotations_location import JobsRetrieveAnnotationsLocation
    from .jobs_retrieve_data_quality import JobsRetrieveDataQuality
    from .jobs_retrieve_data_type import JobsRetrieveDataType
    from .jobs_summary import JobsSummary
    from .label import Label
    from .label_mapping_entry_request import LabelMappingEntryRequest
    from .label_mapping_entry_request_attributes import (
        LabelMappingEntryRequestAttributes,
    )
    from .label_mapping_entry_request_sublabels import LabelMappingEntryRequestSublabels
    from .label_type import LabelType
    from .labeled_data import LabeledData
    from .labeled_data_request import LabeledDataRequest
    from .labeled_image import LabeledImage
    from .labeled_image_request import LabeledImageRequest
    from .labeled_interval import LabeledInterval
    from .labeled_interval_request import LabeledIntervalRequest
    from .labeled_shape import LabeledShape
    from .labeled_shape_request import LabeledShapeRequest
    from .labeled_track import LabeledTrack
    from .labeled_track_request import LabeledTrackRequest
    from .labels_list_type import LabelsListType
    from .labels_summary import LabelsSummary
    from .lambda_retrieve_functions_response_200 import (
        LambdaRetrieveFunctionsResponse200,
    )
    from .location_enum import LocationEnum
    from .login_serializer_ex_request import LoginSerializerExRequest
    from .membership_read import MembershipRead
    from .memberships_list_role import MembershipsListRole
    from .online_function_call_request import OnlineFunctionCallRequest
    from .operation_status import OperationStatus
    from .organization_read import OrganizationRead
    from .organization_write_request import OrganizationWriteRequest
    from .paginated_access_token_read_list import PaginatedAccessTokenReadList
    from .paginated_annotation_conflict_list import PaginatedAnnotationConflictList
    from .paginated_cloud_storage_read_list import PaginatedCloudStorageReadList
    from .paginated_comment_read_list import PaginatedCommentReadList
    from .paginated_consensus_settings_list import PaginatedConsensusSettingsList
    from .paginated_invitation_read_list import PaginatedInvitationReadList
    from .paginated_issue_read_list import PaginatedIssueReadList
    from .paginated_job_read_list import PaginatedJobReadList
    from .paginated_label_list import PaginatedLabelList
    from .paginated_membership_read_list import PaginatedMembershipReadList
    from .paginated_meta_user_list import PaginatedMetaUserList
    from .paginated_organization_read_list import PaginatedOrganizationReadList
    from .paginated_project_read_list import PaginatedProjectReadList
    from .paginated_quality_report_list import PaginatedQualityReportList
    from .paginated_quality_settings_list import PaginatedQualitySettingsList
    from .paginated_request_list import PaginatedRequestList
    from .paginated_task_read_list import PaginatedTaskReadList
    from .paginated_webhook_delivery_read_list import PaginatedWebhookDeliveryReadList
    from .paginated_webhook_read_list import PaginatedWebhookReadList
    from .password_change_request import PasswordChangeRequest
    from .password_reset_confirm_request import PasswordResetConfirmRequest
    from .password_reset_serializer_ex_request import PasswordResetSerializerExRequest
    from .patched_access_token_write_request import PatchedAccessTokenWriteRequest
    from .patched_annotation_guide_write_request import (
        PatchedAnnotationGuideWriteRequest,
    )
    from .patched_cloud_storage_write_request import PatchedCloudStorageWriteRequest
    from .patched_comment_write_request import PatchedCommentWriteRequest
    from .patched_consensus_settings_request import PatchedConsensusSettingsRequest
    from .patched_data_meta_write_request import PatchedDataMetaWriteRequest
    from .patched_issue_write_request import PatchedIssueWriteRequest
    from .patched_job_data_meta_write_request import PatchedJobDataMetaWriteRequest
    from .patched_job_validation_layout_write_request import (
        PatchedJobValidationLayoutWriteRequest,
    )
    from .patched_job_write_request import PatchedJobWriteRequest
    from .patched_label_request import PatchedLabelRequest
    from .patched_labeled_data_request import PatchedLabeledDataRequest
    from .patched_membership_write_request import PatchedMembershipWriteRequest
    from .patched_organization_write_request import PatchedOrganizationWriteRequest
    from .patched_project_write_request import PatchedProjectWriteRequest
    from .patched_quality_settings_request import PatchedQualitySettingsRequest
    from .patched_task_validation_layout_write_request import (
        PatchedTaskValidationLayoutWriteRequest,
    )
    from .patched_task_write_request import PatchedTaskWriteRequest
    from .patched_user_request import PatchedUserRequest
    from .patched_webhook_write_request import PatchedWebhookWriteRequest
    from .plugins import Plugins
    from .project_file_request import ProjectFileRequest
    from .project_read import ProjectRead
    from .project_write_request import ProjectWriteRequest
    from .projects_create_backup_export_location import (
        ProjectsCreateBackupExportLocation,
    )
    from .projects_create_backup_location import ProjectsCreateBackupLocation
    from .projects_create_dataset_export_location import (
        ProjectsCreateDatasetExportLocation,
    )
    from .projects_create_dataset_location import ProjectsCreateDatasetLocation
    from .projects_list_status import ProjectsListStatus
    from .provider_type_enum import ProviderTypeEnum
    from .quality_list_conflicts_severity import QualityListConflictsSeverity
    from .quality_list_conflicts_type import QualityListConflictsType
    from .quality_list_reports_target import QualityListReportsTarget
    from .quality_list_settings_parent_type import QualityListSettingsParentType
    from .quality_point_size_base import QualityPointSizeBase
    from .quality_report import QualityReport
    from .quality_report_create_request import QualityReportCreateRequest
    from .quality_report_jobs_summary import QualityReportJobsSummary
    from .quality_report_summary import QualityReportSummary
    from .quality_report_summary_conflicts_by_type import (
        QualityReportSummaryConflictsByType,
    )
    from .quality_report_target import QualityReportTarget
    from .quality_report_tasks_summary import QualityReportTasksSummary
    from .quality_retrieve_report_data_format import QualityRetrieveReportDataFormat
    from .quality_settings import QualitySettings
    from .quality_target_metric import QualityTargetMetric
    from .register_serializer_ex import RegisterSerializerEx
    from .register_serializer_ex_request import RegisterSerializerExRequest
    from .request import Request
    from .request_data_operation import RequestDataOperation
    from .request_status import RequestStatus
    from .requests_list_status import RequestsListStatus
    from .rest_auth_detail import RestAuthDetail
    from .role_enum import RoleEnum
    from .rq_id import RqId
    from .rq_status import RqStatus
    from .rq_status_state_enum import RqStatusStateEnum
    from .schema_retrieve_lang import SchemaRetrieveLang
    from .schema_retrieve_response_200 import SchemaRetrieveResponse200
    from .schema_retrieve_scheme import SchemaRetrieveScheme
    from .shape_type import ShapeType
    from .sorting_method import SortingMethod
    from .storage import Storage
    from .storage_method import StorageMethod
    from .storage_request import StorageRequest
    from .storage_type import StorageType
    from .sub_labeled_shape import SubLabeledShape
    from .sub_labeled_shape_request import SubLabeledShapeRequest
    from .sub_labeled_track import SubLabeledTrack
    from .sub_labeled_track_request import SubLabeledTrackRequest
    from .sublabel import Sublabel
    from .sublabel_mapping_entry_request import SublabelMappingEntryRequest
    from .sublabel_mapping_entry_request_attributes import (
        SublabelMappingEntryRequestAttributes,
    )
    from .sublabel_request import SublabelRequest
    from .task_file_request import TaskFileRequest
    from .task_read import TaskRead
    from .task_validation_layout_read import TaskValidationLayoutRead
    from .task_write_request import TaskWriteRequest
    from .tasks_create_annotations_import_mode import TasksCreateAnnotationsImportMode
    from .tasks_create_annotations_location import TasksCreateAnnotationsLocation
    from .tasks_create_backup_export_location import TasksCreateBackupExportLocation
    from .tasks_create_backup_location import TasksCreateBackupLocation
    from .tasks_create_dataset_export_location import TasksCreateDatasetExportLocation
    from .tasks_list_dimension import TasksListDimension
    from .tasks_list_media_type import TasksListMediaType
    from .tasks_list_mode import TasksListMode
    from .tasks_list_status import TasksListStatus
    from .tasks_list_validation_mode import TasksListValidationMode
    from .tasks_partial_update_annotations_action import (
        TasksPartialUpdateAnnotationsAction,
    )
    from .tasks_retrieve_data_quality import TasksRetrieveDataQuality
    from .tasks_retrieve_data_type import TasksRetrieveDataType
    from .tasks_summary import TasksSummary
    from .token import Token
    from .tracked_shape import TrackedShape
    from .tracked_shape_request import TrackedShapeRequest
    from .user import User
    from .user_identifiers import UserIdentifiers
    from .validation_mode import ValidationMode
    from .validation_params_request import ValidationParamsRequest
    from .webhook_content_type import WebhookContentType
    from .webhook_delivery_read import WebhookDeliveryRead
    from .webhook_read import WebhookRead
    from .webhook_type import WebhookType
    from .webhook_write_request import WebhookWriteRequest
    from .webhooks_event import WebhooksEvent
    from .webhooks_list_type import WebhooksListType

_MODULE_OF = {
    "About": ".about",
    "AcceptInvitationRead": ".accept_invitation_read",
    "AccessTokenRead": ".access_token_read",
    "AccessTokenWriteRequest": ".access_token_write_request",
    "AnnotationConflict": ".annotation_conflict",
    "AnnotationConflictAnnotationType": ".annotation_conflict_annotation_type",
    "AnnotationConflictSeverity": ".annotation_conflict_severity",
    "AnnotationConflictType": ".annotation_conflict_type",
    "AnnotationFileRequest": ".annotation_file_request",
    "AnnotationGuideRead": ".annotation_guide_read",
    "AnnotationGuideWriteRequest": ".annotation_guide_write_request",
    "AnnotationId": ".annotation_id",
    "AssetRead": ".asset_read",
    "AssetWriteRequest": ".asset_write_request",
    "Attribute": ".attribute",
    "AttributeRequest": ".attribute_request",
    "AttributeVal": ".attribute_val",
    "AttributeValRequest": ".attribute_val_request",
    "BasicOrganization": ".basic_organization",
    "BasicUser": ".basic_user",
    "BasicUserRequest": ".basic_user_request",
    "Chapter": ".chapter",
    "ChapterMetadata": ".chapter_metadata",
    "ChunkType": ".chunk_type",
    "ClientEvents": ".client_events",
    "ClientEventsRequest": ".client_events_request",
    "CloudStorageContent": ".cloud_storage_content",
    "CloudStorageRead": ".cloud_storage_read",
    "CloudStorageWriteRequest": ".cloud_storage_write_request",
    "CloudstoragesListCredentialsType": ".cloudstorages_list_credentials_type",
    "CloudstoragesListProviderType": ".cloudstorages_list_provider_type",
    "CloudstoragesRetrieveStatusResponse200": ".cloudstorages_retrieve_status_response_200",
    "CommentRead": ".comment_read",
    "CommentWriteRequest": ".comment_write_request",
    "CommentsSummary": ".comments_summary",
    "ConsensusMergeCreateRequest": ".consensus_merge_create_request",
    "ConsensusSettings": ".consensus_settings",
    "CredentialsTypeEnum": ".credentials_type_enum",
    "DataMetaRead": ".data_meta_read",
    "DataRequest": ".data_request",
    "DatasetFileRequest": ".dataset_file_request",
    "DatasetFormat": ".dataset_format",
    "DatasetFormats": ".dataset_formats",
    "Event": ".event",
    "EventGroup": ".event_group",
    "EventRequest": ".event_request",
    "Events": ".events",
    "EventsCreateExportLocation": ".events_create_export_location",
    "EventsEnum": ".events_enum",
    "EventsListAction": ".events_list_action",
    "FileInfo": ".file_info",
    "FileInfoTypeEnum": ".file_info_type_enum",
    "FrameMeta": ".frame_meta",
    "FrameSelectionMethod": ".frame_selection_method",
    "FunctionCall": ".function_call",
    "FunctionCallParams": ".function_call_params",
    "FunctionCallRequest": ".function_call_request",
    "FunctionCallRequestMapping": ".function_call_request_mapping",
    "InputTypeEnum": ".input_type_enum",
    "InvitationRead": ".invitation_read",
    "InvitationWriteRequest": ".invitation_write_request",
    "IssueRead": ".issue_read",
    "IssueWriteRequest": ".issue_write_request",
    "IssuesSummary": ".issues_summary",
    "JobRead": ".job_read",
    "JobStage": ".job_stage",
    "JobStatus": ".job_status",
    "JobType": ".job_type",
    "JobValidationLayoutRead": ".job_validation_layout_read",
    "JobWriteRequest": ".job_write_request",
    "JobsCreateAnnotationsImportMode": ".jobs_create_annotations_import_mode",
    "JobsCreateAnnotationsLocation": ".jobs_create_annotations_location",
    "JobsCreateDatasetExportLocation": ".jobs_create_dataset_export_location",
    "JobsListDimension": ".jobs_list_dimension",
    "JobsListMediaType": ".jobs_list_media_type",
    "JobsListMode": ".jobs_list_mode",
    "JobsListStage": ".jobs_list_stage",
    "JobsListState": ".jobs_list_state",
    "JobsListType": ".jobs_list_type",
    "JobsPartialUpdateAnnotationsAction": ".jobs_partial_update_annotations_action",
    "JobsRetrieveAnnotationsLocation": ".jobs_retrieve_annotations_location",
    "JobsRetrieveDataQuality": ".jobs_retrieve_data_quality",
    "JobsRetrieveDataType": ".jobs_retrieve_data_type",
    "JobsSummary": ".jobs_summary",
    "Label": ".label",
    "LabelMappingEntryRequest": ".label_mapping_entry_request",
    "LabelMappingEntryRequestAttributes": ".label_mapping_entry_request_attributes",
    "LabelMappingEntryRequestSublabels": ".label_mapping_entry_request_sublabels",
    "LabelType": ".label_type",
    "LabeledData": ".labeled_data",
    "LabeledDataRequest": ".labeled_data_request",
    "LabeledImage": ".labeled_image",
    "LabeledImageRequest": ".labeled_image_request",
    "LabeledInterval": ".labeled_interval",
    "LabeledIntervalRequest": ".labeled_interval_request",
    "LabeledShape": ".labeled_shape",
    "LabeledShapeRequest": ".labeled_shape_request",
    "LabeledTrack": ".labeled_track",
    "LabeledTrackRequest": ".labeled_track_request",
    "LabelsListType": ".labels_list_type",
    "LabelsSummary": ".labels_summary",
    "LambdaRetrieveFunctionsResponse200": ".lambda_retrieve_functions_response_200",
    "LocationEnum": ".location_enum",
    "LoginSerializerExRequest": ".login_serializer_ex_request",
    "MembershipRead": ".membership_read",
    "MembershipsListRole": ".memberships_list_role",
    "OnlineFunctionCallRequest": ".online_function_call_request",
    "OperationStatus": ".operation_status",
    "OrganizationRead": ".organization_read",
    "OrganizationWriteRequest": ".organization_write_request",
    "PaginatedAccessTokenReadList": ".paginated_access_token_read_list",
    "PaginatedAnnotationConflictList": ".paginated_annotation_conflict_list",
    "PaginatedCloudStorageReadList": ".paginated_cloud_storage_read_list",
    "PaginatedCommentReadList": ".paginated_comment_read_list",
    "PaginatedConsensusSettingsList": ".paginated_consensus_settings_list",
    "PaginatedInvitationReadList": ".paginated_invitation_read_list",
    "PaginatedIssueReadList": ".paginated_issue_read_list",
    "PaginatedJobReadList": ".paginated_job_read_list",
    "PaginatedLabelList": ".paginated_label_list",
    "PaginatedMembershipReadList": ".paginated_membership_read_list",
    "PaginatedMetaUserList": ".paginated_meta_user_list",
    "PaginatedOrganizationReadList": ".paginated_organization_read_list",
    "PaginatedProjectReadList": ".paginated_project_read_list",
    "PaginatedQualityReportList": ".paginated_quality_report_list",
    "PaginatedQualitySettingsList": ".paginated_quality_settings_list",
    "PaginatedRequestList": ".paginated_request_list",
    "PaginatedTaskReadList": ".paginated_task_read_list",
    "PaginatedWebhookDeliveryReadList": ".paginated_webhook_delivery_read_list",
    "PaginatedWebhookReadList": ".paginated_webhook_read_list",
    "PasswordChangeRequest": ".password_change_request",
    "PasswordResetConfirmRequest": ".password_reset_confirm_request",
    "PasswordResetSerializerExRequest": ".password_reset_serializer_ex_request",
    "PatchedAccessTokenWriteRequest": ".patched_access_token_write_request",
    "PatchedAnnotationGuideWriteRequest": ".patched_annotation_guide_write_request",
    "PatchedCloudStorageWriteRequest": ".patched_cloud_storage_write_request",
    "PatchedCommentWriteRequest": ".patched_comment_write_request",
    "PatchedConsensusSettingsRequest": ".patched_consensus_settings_request",
    "PatchedDataMetaWriteRequest": ".patched_data_meta_write_request",
    "PatchedIssueWriteRequest": ".patched_issue_write_request",
    "PatchedJobDataMetaWriteRequest": ".patched_job_data_meta_write_request",
    "PatchedJobValidationLayoutWriteRequest": ".patched_job_validation_layout_write_request",
    "PatchedJobWriteRequest": ".patched_job_write_request",
    "PatchedLabelRequest": ".patched_label_request",
    "PatchedLabeledDataRequest": ".patched_labeled_data_request",
    "PatchedMembershipWriteRequest": ".patched_membership_write_request",
    "PatchedOrganizationWriteRequest": ".patched_organization_write_request",
    "PatchedProjectWriteRequest": ".patched_project_write_request",
    "PatchedQualitySettingsRequest": ".patched_quality_settings_request",
    "PatchedTaskValidationLayoutWriteRequest": ".patched_task_validation_layout_write_request",
    "PatchedTaskWriteRequest": ".patched_task_write_request",
    "PatchedUserRequest": ".patched_user_request",
    "PatchedWebhookWriteRequest": ".patched_webhook_write_request",
    "Plugins": ".plugins",
    "ProjectFileRequest": ".project_file_request",
    "ProjectRead": ".project_read",
    "ProjectWriteRequest": ".project_write_request",
    "ProjectsCreateBackupExportLocation": ".projects_create_backup_export_location",
    "ProjectsCreateBackupLocation": ".projects_create_backup_location",
    "ProjectsCreateDatasetExportLocation": ".projects_create_dataset_export_location",
    "ProjectsCreateDatasetLocation": ".projects_create_dataset_location",
    "ProjectsListStatus": ".projects_list_status",
    "ProviderTypeEnum": ".provider_type_enum",
    "QualityListConflictsSeverity": ".quality_list_conflicts_severity",
    "QualityListConflictsType": ".quality_list_conflicts_type",
    "QualityListReportsTarget": ".quality_list_reports_target",
    "QualityListSettingsParentType": ".quality_list_settings_parent_type",
    "QualityPointSizeBase": ".quality_point_size_base",
    "QualityReport": ".quality_report",
    "QualityReportCreateRequest": ".quality_report_create_request",
    "QualityReportJobsSummary": ".quality_report_jobs_summary",
    "QualityReportSummary": ".quality_report_summary",
    "QualityReportSummaryConflictsByType": ".quality_report_summary_conflicts_by_type",
    "QualityReportTarget": ".quality_report_target",
    "QualityReportTasksSummary": ".quality_report_tasks_summary",
    "QualityRetrieveReportDataFormat": ".quality_retrieve_report_data_format",
    "QualitySettings": ".quality_settings",
    "QualityTargetMetric": ".quality_target_metric",
    "RegisterSerializerEx": ".register_serializer_ex",
    "RegisterSerializerExRequest": ".register_serializer_ex_request",
    "Request": ".request",
    "RequestDataOperation": ".request_data_operation",
    "RequestStatus": ".request_status",
    "RequestsListStatus": ".requests_list_status",
    "RestAuthDetail": ".rest_auth_detail",
    "RoleEnum": ".role_enum",
    "RqId": ".rq_id",
    "RqStatus": ".rq_status",
    "RqStatusStateEnum": ".rq_status_state_enum",
    "SchemaRetrieveLang": ".schema_retrieve_lang",
    "SchemaRetrieveResponse200": ".schema_retrieve_response_200",
    "SchemaRetrieveScheme": ".schema_retrieve_scheme",
    "ShapeType": ".shape_type",
    "SortingMethod": ".sorting_method",
    "Storage": ".storage",
    "StorageMethod": ".storage_method",
    "StorageRequest": ".storage_request",
    "StorageType": ".storage_type",
    "SubLabeledShape": ".sub_labeled_shape",
    "SubLabeledShapeRequest": ".sub_labeled_shape_request",
    "SubLabeledTrack": ".sub_labeled_track",
    "SubLabeledTrackRequest": ".sub_labeled_track_request",
    "Sublabel": ".sublabel",
    "SublabelMappingEntryRequest": ".sublabel_mapping_entry_request",
    "SublabelMappingEntryRequestAttributes": ".sublabel_mapping_entry_request_attributes",
    "SublabelRequest": ".sublabel_request",
    "TaskFileRequest": ".task_file_request",
    "TaskRead": ".task_read",
    "TaskValidationLayoutRead": ".task_validation_layout_read",
    "TaskWriteRequest": ".task_write_request",
    "TasksCreateAnnotationsImportMode": ".tasks_create_annotations_import_mode",
    "TasksCreateAnnotationsLocation": ".tasks_create_annotations_location",
    "TasksCreateBackupExportLocation": ".tasks_create_backup_export_location",
    "TasksCreateBackupLocation": ".tasks_create_backup_location",
    "TasksCreateDatasetExportLocation": ".tasks_create_dataset_export_location",
    "TasksListDimension": ".tasks_list_dimension",
    "TasksListMediaType": ".tasks_list_media_type",
    "TasksListMode": ".tasks_list_mode",
    "TasksListStatus": ".tasks_list_status",
    "TasksListValidationMode": ".tasks_list_validation_mode",
    "TasksPartialUpdateAnnotationsAction": ".tasks_partial_update_annotations_action",
    "TasksRetrieveDataQuality": ".tasks_retrieve_data_quality",
    "TasksRetrieveDataType": ".tasks_retrieve_data_type",
    "TasksSummary": ".tasks_summary",
    "Token": ".token",
    "TrackedShape": ".tracked_shape",
    "TrackedShapeRequest": ".tracked_shape_request",
    "User": ".user",
    "UserIdentifiers": ".user_identifiers",
    "ValidationMode": ".validation_mode",
    "ValidationParamsRequest": ".validation_params_request",
    "WebhookContentType": ".webhook_content_type",
    "WebhookDeliveryRead": ".webhook_delivery_read",
    "WebhookRead": ".webhook_read",
    "WebhookType": ".webhook_type",
    "WebhookWriteRequest": ".webhook_write_request",
    "WebhooksEvent": ".webhooks_event",
    "WebhooksListType": ".webhooks_list_type",
}

__all__ = (
    "About",
    "AcceptInvitationRead",
    "AccessTokenRead",
    "AccessTokenWriteRequest",
    "AnnotationConflict",
    "AnnotationConflictAnnotationType",
    "AnnotationConflictSeverity",
    "AnnotationConflictType",
    "AnnotationFileRequest",
    "AnnotationGuideRead",
    "AnnotationGuideWriteRequest",
    "AnnotationId",
    "AssetRead",
    "AssetWriteRequest",
    "Attribute",
    "AttributeRequest",
    "AttributeVal",
    "AttributeValRequest",
    "BasicOrganization",
    "BasicUser",
    "BasicUserRequest",
    "Chapter",
    "ChapterMetadata",
    "ChunkType",
    "ClientEvents",
    "ClientEventsRequest",
    "CloudStorageContent",
    "CloudStorageRead",
    "CloudstoragesListCredentialsType",
    "CloudstoragesListProviderType",
    "CloudstoragesRetrieveStatusResponse200",
    "CloudStorageWriteRequest",
    "CommentRead",
    "CommentsSummary",
    "CommentWriteRequest",
    "ConsensusMergeCreateRequest",
    "ConsensusSettings",
    "CredentialsTypeEnum",
    "DataMetaRead",
    "DataRequest",
    "DatasetFileRequest",
    "DatasetFormat",
    "DatasetFormats",
    "Event",
    "EventGroup",
    "EventRequest",
    "Events",
    "EventsCreateExportLocation",
    "EventsEnum",
    "EventsListAction",
    "FileInfo",
    "FileInfoTypeEnum",
    "FrameMeta",
    "FrameSelectionMethod",
    "FunctionCall",
    "FunctionCallParams",
    "FunctionCallRequest",
    "FunctionCallRequestMapping",
    "InputTypeEnum",
    "InvitationRead",
    "InvitationWriteRequest",
    "IssueRead",
    "IssuesSummary",
    "IssueWriteRequest",
    "JobRead",
    "JobsCreateAnnotationsImportMode",
    "JobsCreateAnnotationsLocation",
    "JobsCreateDatasetExportLocation",
    "JobsListDimension",
    "JobsListMediaType",
    "JobsListMode",
    "JobsListStage",
    "JobsListState",
    "JobsListType",
    "JobsPartialUpdateAnnotationsAction",
    "JobsRetrieveAnnotationsLocation",
    "JobsRetrieveDataQuality",
    "JobsRetrieveDataType",
    "JobsSummary",
    "JobStage",
    "JobStatus",
    "JobType",
    "JobValidationLayoutRead",
    "JobWriteRequest",
    "Label",
    "LabeledData",
    "LabeledDataRequest",
    "LabeledImage",
    "LabeledImageRequest",
    "LabeledInterval",
    "LabeledIntervalRequest",
    "LabeledShape",
    "LabeledShapeRequest",
    "LabeledTrack",
    "LabeledTrackRequest",
    "LabelMappingEntryRequest",
    "LabelMappingEntryRequestAttributes",
    "LabelMappingEntryRequestSublabels",
    "LabelsListType",
    "LabelsSummary",
    "LabelType",
    "LambdaRetrieveFunctionsResponse200",
    "LocationEnum",
    "LoginSerializerExRequest",
    "MembershipRead",
    "MembershipsListRole",
    "OnlineFunctionCallRequest",
    "OperationStatus",
    "OrganizationRead",
    "OrganizationWriteRequest",
    "PaginatedAccessTokenReadList",
    "PaginatedAnnotationConflictList",
    "PaginatedCloudStorageReadList",
    "PaginatedCommentReadList",
    "PaginatedConsensusSettingsList",
    "PaginatedInvitationReadList",
    "PaginatedIssueReadList",
    "PaginatedJobReadList",
    "PaginatedLabelList",
    "PaginatedMembershipReadList",
    "PaginatedMetaUserList",
    "PaginatedOrganizationReadList",
    "PaginatedProjectReadList",
    "PaginatedQualityReportList",
    "PaginatedQualitySettingsList",
    "PaginatedRequestList",
    "PaginatedTaskReadList",
    "PaginatedWebhookDeliveryReadList",
    "PaginatedWebhookReadList",
    "PasswordChangeRequest",
    "PasswordResetConfirmRequest",
    "PasswordResetSerializerExRequest",
    "PatchedAccessTokenWriteRequest",
    "PatchedAnnotationGuideWriteRequest",
    "PatchedCloudStorageWriteRequest",
    "PatchedCommentWriteRequest",
    "PatchedConsensusSettingsRequest",
    "PatchedDataMetaWriteRequest",
    "PatchedIssueWriteRequest",
    "PatchedJobDataMetaWriteRequest",
    "PatchedJobValidationLayoutWriteRequest",
    "PatchedJobWriteRequest",
    "PatchedLabeledDataRequest",
    "PatchedLabelRequest",
    "PatchedMembershipWriteRequest",
    "PatchedOrganizationWriteRequest",
    "PatchedProjectWriteRequest",
    "PatchedQualitySettingsRequest",
    "PatchedTaskValidationLayoutWriteRequest",
    "PatchedTaskWriteRequest",
    "PatchedUserRequest",
    "PatchedWebhookWriteRequest",
    "Plugins",
    "ProjectFileRequest",
    "ProjectRead",
    "ProjectsCreateBackupExportLocation",
    "ProjectsCreateBackupLocation",
    "ProjectsCreateDatasetExportLocation",
    "ProjectsCreateDatasetLocation",
    "ProjectsListStatus",
    "ProjectWriteRequest",
    "ProviderTypeEnum",
    "QualityListConflictsSeverity",
    "QualityListConflictsType",
    "QualityListReportsTarget",
    "QualityListSettingsParentType",
    "QualityPointSizeBase",
    "QualityReport",
    "QualityReportCreateRequest",
    "QualityReportJobsSummary",
    "QualityReportSummary",
    "QualityReportSummaryConflictsByType",
    "QualityReportTarget",
    "QualityReportTasksSummary",
    "QualityRetrieveReportDataFormat",
    "QualitySettings",
    "QualityTargetMetric",
    "RegisterSerializerEx",
    "RegisterSerializerExRequest",
    "Request",
    "RequestDataOperation",
    "RequestsListStatus",
    "RequestStatus",
    "RestAuthDetail",
    "RoleEnum",
    "RqId",
    "RqStatus",
    "RqStatusStateEnum",
    "SchemaRetrieveLang",
    "SchemaRetrieveResponse200",
    "SchemaRetrieveScheme",
    "ShapeType",
    "SortingMethod",
    "Storage",
    "StorageMethod",
    "StorageRequest",
    "StorageType",
    "Sublabel",
    "SubLabeledShape",
    "SubLabeledShapeRequest",
    "SubLabeledTrack",
    "SubLabeledTrackRequest",
    "SublabelMappingEntryRequest",
    "SublabelMappingEntryRequestAttributes",
    "SublabelRequest",
    "TaskFileRequest",
    "TaskRead",
    "TasksCreateAnnotationsImportMode",
    "TasksCreateAnnotationsLocation",
    "TasksCreateBackupExportLocation",
    "TasksCreateBackupLocation",
    "TasksCreateDatasetExportLocation",
    "TasksListDimension",
    "TasksListMediaType",
    "TasksListMode",
    "TasksListStatus",
    "TasksListValidationMode",
    "TasksPartialUpdateAnnotationsAction",
    "TasksRetrieveDataQuality",
    "TasksRetrieveDataType",
    "TasksSummary",
    "TaskValidationLayoutRead",
    "TaskWriteRequest",
    "Token",
    "TrackedShape",
    "TrackedShapeRequest",
    "User",
    "UserIdentifiers",
    "ValidationMode",
    "ValidationParamsRequest",
    "WebhookContentType",
    "WebhookDeliveryRead",
    "WebhookRead",
    "WebhooksEvent",
    "WebhooksListType",
    "WebhookType",
    "WebhookWriteRequest",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
