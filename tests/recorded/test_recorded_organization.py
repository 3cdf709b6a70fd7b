"""Organization scoping: every request of a connection made with ``organization=`` lands there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cvat_api.api.organizations import organizations_create, organizations_destroy
from cvat_api.api.projects import projects_create, projects_destroy, projects_list
from cvat_api.models import OrganizationWriteRequest, ProjectWriteRequest
from fiftyone_cvat.cvat.errors import CVATNotFoundError

pytestmark = pytest.mark.vcr

SLUG = "fo-cvat-rec"


def test_organization_scopes_creation_and_listing(connect: Callable[..., Any]) -> None:
    admin = connect()
    org = admin.call(
        organizations_create.sync_detailed, body=OrganizationWriteRequest(slug=SLUG, name=SLUG)
    )
    try:
        scoped = connect(organization=SLUG)
        project = scoped.call(
            projects_create.sync_detailed, body=ProjectWriteRequest(name="fo-org-project")
        )
        assert project.organization == org.id

        in_org = [p.id for p in scoped.paginate(projects_list.sync_detailed)]
        assert project.id in in_org
        personal = connect(organization="")  # empty slug: the personal workspace only
        assert project.id not in [p.id for p in personal.paginate(projects_list.sync_detailed)]

        scoped.call(projects_destroy.sync_detailed, id=project.id)
    finally:
        admin.call(organizations_destroy.sync_detailed, id=org.id)


def test_unknown_organization_is_reported(connect: Callable[..., Any]) -> None:
    with pytest.raises(CVATNotFoundError):
        conn = connect(organization="no-such-org-xyz")
        conn.call(projects_list.sync_detailed)
