"""Prove the tests guard what they claim: break one thing at a time and watch its test fail.

Each mutation drops one option where the code takes it (most at
``CVATBackendConfig.__init__``: ``self.<option> = <its default>``) or undoes one
fix, runs the tests named for it offline (replayed cassettes, as ``make test``
does), and restores the file. Mutations are made in private copies of the tree
(one per job, imported first through PYTHONPATH), so the work tree is never
edited and ``--jobs`` of them run at once. A mutation whose tests still pass is a test that
cannot fail, and one whose code is no longer found has rotted: either way the
script names it and exits non-zero.

    .venv/bin/python scripts/mutation_check.py            # all
    .venv/bin/python scripts/mutation_check.py task_size  # some, by name
    .venv/bin/python scripts/mutation_check.py --jobs 1   # one at a time
"""

from __future__ import annotations

import argparse
import inspect
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "adapter" / "fiftyone_cvat"
PYTEST = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"]
OFFLINE = ["--record-mode=none", "--block-network"]
COPIED = ("adapter", "generated", "tests", "cassettes", "pyproject.toml", "README.md", "scripts")
"""What a mutation's tests need of the tree."""

REC = "tests/recorded/test_recorded_backend.py::"
DROPIN = "tests/recorded/test_recorded_dropin.py::"
OPTIONS = "tests/recorded/test_recorded_options.py::"
HOOKLESS = "tests/unit/test_backend_offline.py::"
LATE = "tests/fake_server/test_late_writes.py::"
BUDGET = "tests/fake_server/test_retry_budget.py::"
CLOUD = "tests/recorded/test_recorded_cloud.py::"
CLOUD_UNIT = "tests/unit/test_cloud_media.py::"
CLOUD_FAKE = "tests/fake_server/test_cloud_source.py::"
MANIFEST_UNIT = "tests/unit/test_cloud_manifest.py::"
RUN_RECORD = "tests/unit/test_run_record.py::"
MANIFEST_FAKE = "tests/fake_server/test_cloud_manifest_run.py::"
MANIFEST_REC = CLOUD + "test_a_manifest_from_fiftyone_metadata_spares_cvat_reading_the_images"
SCAN = "tests/unit/test_attribute_scan.py::"
LONG = "tests/recorded/test_recorded_long_lived.py::"
PARTIAL = "tests/recorded/test_recorded_partial_load.py::test_load_by_job_stage_then_everything"
OFFLINE_BACKEND = (
    "tests/unit/test_backend_offline.py::test_client_options_reach_the_connection_settings"
)


@dataclass(frozen=True)
class Mutation:
    name: str
    path: Path
    old: str
    new: str
    tests: tuple[str, ...]


def _config_default(option: str) -> str:
    from fiftyone_cvat.plugin.backend import CVATBackendConfig

    return repr(inspect.signature(CVATBackendConfig.__init__).parameters[option].default)


_PUT_JOB = (
    "            uploads.append("
    "pool.submit(endpoints.put_job_annotations, conn, job.id, payload))\n"
)
_LOOP = "            setattr(self, option.attribute, given[option.name])\n"
"""Where ``CVATBackendConfig.__init__`` stores the option table's values."""


def _drop_option(option: str, *tests: str, private: bool = False) -> Mutation:
    """The config forgets ``option``: its attribute keeps the default."""
    attr = f"_{option}" if private else option
    return Mutation(
        option,
        PKG / "plugin" / "backend.py",
        _LOOP,
        _LOOP + f"        self.{attr} = {_config_default(option)}\n",
        tests,
    )


def mutations() -> list[Mutation]:
    task_options = OPTIONS + "test_task_options_reach_cvat"
    return [
        # --- options, dropped where the config takes them ----------------------------
        _drop_option("task_size", task_options),
        _drop_option("segment_size", task_options),
        _drop_option("image_quality", task_options),
        _drop_option("use_cache", task_options),
        _drop_option("chunk_size", task_options),
        _drop_option("task_name", task_options),
        _drop_option("issue_tracker", task_options),
        _drop_option("use_zip_chunks", OPTIONS + "test_use_zip_chunks_reaches_cvat"),
        _drop_option("task_assignee", REC + "test_assign_users_round_robin_and_print_status"),
        _drop_option("job_assignees", REC + "test_assign_users_round_robin_and_print_status"),
        _drop_option(
            "job_reviewers", OPTIONS + "test_job_reviewers_are_reported_not_dropped_silently"
        ),
        _drop_option("project_name", REC + "test_project_is_created_and_cleanup_removes_it"),
        _drop_option("project_id", REC + "test_existing_project_reuses_its_schema_and_is_kept"),
        _drop_option("frame_start", REC + "test_frame_start_stop_step_on_two_videos"),
        _drop_option("frame_stop", REC + "test_frame_start_stop_step_on_two_videos"),
        _drop_option("frame_step", REC + "test_frame_start_stop_step_on_two_videos"),
        _drop_option("occluded_attr", REC + "test_occluded_attr_parameter_and_dest_field"),
        _drop_option("group_id_attr", REC + "test_occluded_attr_parameter_and_dest_field"),
        _drop_option("coerce_text_attrs", OPTIONS + "test_coerce_text_attrs"),
        _drop_option("organization", OPTIONS + "test_organization_and_headers_reach_cvat"),
        _drop_option("headers", OPTIONS + "test_organization_and_headers_reach_cvat", private=True),
        _drop_option("url", OFFLINE_BACKEND),
        _drop_option("username", OFFLINE_BACKEND, private=True),
        _drop_option("password", OFFLINE_BACKEND, private=True),
        _drop_option("email", OFFLINE_BACKEND, private=True),
        _drop_option("access_token", OFFLINE_BACKEND, private=True),
        _drop_option("request_timeout", OFFLINE_BACKEND),
        _drop_option("verify", OFFLINE_BACKEND),
        _drop_option("poll_period", OFFLINE_BACKEND),
        _drop_option("retry_budget", OFFLINE_BACKEND),
        _drop_option("stall_horizon", OFFLINE_BACKEND),
        Mutation(
            "media_field",
            PKG / "plugin" / "backend.py",
            'media_field=given["media_field"], **extra',
            'media_field="filepath", **extra',
            (OPTIONS + "test_media_field_uploads_that_file",),
        ),
        # --- the option table: what derives from it ---------------------------------------
        Mutation(
            "config signature from the table",
            PKG / "plugin" / "backend.py",
            "for o in OPTIONS),",
            'for o in OPTIONS if o.name != "task_size"),',
            ("tests/unit/test_api_surface.py",),
        ),
        Mutation(
            "task data options reach the data request",
            PKG / "domain" / "planning" / "plan.py",
            "TaskDataParams.with_options(\n            dict(self.data_options),",
            "TaskDataParams.with_options(\n            {},",
            ("tests/unit/test_planning.py",),
        ),
        Mutation(
            "plan options checked by their rows",
            PKG / "domain" / "planning" / "option_table.py",
            'if option.check is not None and ("plan" in option.places) == planning:',
            "if option.check is not None and not planning:",
            ("tests/unit/test_planning.py",),
        ),
        Mutation(
            "README options table from the table",
            PKG / "domain" / "planning" / "option_table.py",
            '`{o.default!r}` | {where} | {o.doc} |")',
            '`{o.default!r}` | {where} |")',
            ("tests/unit/test_option_table.py",),
        ),
        # --- one progress protocol --------------------------------------------------------
        Mutation(
            "an upload tells its reporter the total",
            PKG / "cvat" / "upload.py",
            "    progress.start(tracker.total)\n",
            "",
            ("tests/fake_server/test_upload.py::test_protocol_batches_tus_and_finish",),
        ),
        Mutation(
            "a byte bar draws what it is told",
            PKG / "runs" / "progress.py",
            "            self._bar.update(done - self._bar.n)\n",
            "            pass\n",
            ("tests/unit/test_progress.py",),
        ),
        # --- the test harness itself ---------------------------------------------------
        Mutation(
            "each test process owns its mongod",
            ROOT / "tests" / "conftest.py",
            'if not any(item.get_closest_marker("db") for item in request.session.items):',
            "if True:",
            ("tests/unit/test_private_database.py",),
        ),
        Mutation(
            "each test process stops its mongod",
            ROOT / "tests" / "support" / "private_mongod.py",
            "    finally:\n        mongod.stop()\n\n\ndef _connections",
            "    except BaseException:\n        raise\n    mongod.stop()\n\n\ndef _connections",
            ("tests/unit/test_private_database.py",),
        ),
        # --- load_annotations() keywords this backend acts on ------------------------
        Mutation(
            "dest_field",
            PKG / "domain" / "loading" / "load_call.py",
            "return call is not None and call.dest_field is None and not (is_clips or is_frames)",
            "return call is not None and not (is_clips or is_frames)",
            (REC + "test_untouched_samples_skip_the_merge_and_later_loads_stay_consistent",),
        ),
        Mutation(
            "unexpected",
            PKG / "domain" / "loading" / "new_classes.py",
            'mode = "keep" if call is None else call.unexpected',
            'mode = "keep"',
            (DROPIN + "test_a_class_added_in_cvat_follows_unexpected",),
        ),
        # --- the drop-in fixes ---------------------------------------------------------
        Mutation(
            "reopen after close",
            PKG / "cvat" / "connection.py",
            "        if self._http.is_closed:\n            with self._open_lock:",
            "        if False:\n            with self._open_lock:",
            (DROPIN + "test_the_run_keeps_working_after_a_with_block",),
        ),
        Mutation(
            "task_assignee sent",
            PKG / "domain" / "planning" / "plan.py",
            "            body.assignee_id = assignee_id\n",
            "            pass\n",
            (REC + "test_assign_users_round_robin_and_print_status",),
        ),
        Mutation(
            "imported polygons filled",
            PKG / "domain" / "importing" / "import_plan.py",
            '"polylines": "polygons",',
            '"polylines": "polylines",',
            (DROPIN + "test_imported_polygons_stay_filled_and_export_as_polygons",),
        ),
        Mutation(
            "frame_step tracks on every frame",
            PKG / "runs" / "load.py",
            "if frame_step_of(frames) > 1:",
            "if False:",
            (REC + "test_video_track_with_frame_step_and_immutable_attribute",),
        ),
        Mutation(
            "reused project not listed",
            PKG / "runs" / "annotate.py",
            "        task_id, rq_id = _upload_task(conn, task, body, recorder, progress)\n",
            "        task_id, rq_id = _upload_task(conn, task, body, recorder, progress)\n"
            "        if project_id is not None and project_id not in recorder.record.project_ids:\n"
            '            recorder.created_project(project_id, "")\n',
            (REC + "test_existing_project_reuses_its_schema_and_is_kept",),
        ),
        Mutation(
            "image_quality 0",
            PKG / "domain" / "planning" / "planner.py",
            'data["image_quality"] = max(MIN_CVAT_IMAGE_QUALITY, options.image_quality)',
            'data["image_quality"] = options.image_quality',
            (DROPIN + "test_image_quality_zero_uploads_at_cvats_lowest",),
        ),
        Mutation(
            "bucket videos of unknown length are left to CVAT",
            PKG / "domain" / "planning" / "planner.py",
            "    if all(parse_cloud_url(item.media_path) for item in items):",
            "    if False:",
            (
                "tests/unit/test_planning.py"
                "::test_bucket_videos_of_unknown_length_are_left_to_cvat_not_to_compute_metadata",
            ),
        ),
        Mutation(
            "a listing range starts after the previous one",
            PKG / "cvat" / "bucket.py",
            '            kwargs["StartAfter"] = directory + after',
            "            pass",
            (MANIFEST_UNIT + "test_wanted_keys_are_listed_in_ranges_at_once_and_no_further",),
        ),
        Mutation(
            "a listing range stops at its last wanted name",
            PKG / "cvat" / "bucket.py",
            "                if last is not None and keys and keys[-1] >= last:",
            "                if False:",
            (MANIFEST_UNIT + "test_wanted_keys_are_listed_in_ranges_at_once_and_no_further",),
        ),
        Mutation(
            "a manifest task too large for CVAT's matching is warned of",
            PKG / "domain" / "planning" / "cloud_manifest.py",
            "    if largest <= LARGE_MANIFEST_TASK:",
            "    if True:",
            (MANIFEST_UNIT + "test_a_task_too_large_for_cvats_manifest_matching_is_warned_of",),
        ),
        Mutation(
            "cleanup keeps shared projects",
            PKG / "plugin" / "results.py",
            "            empty = api.get_empty_projects(self.project_ids)",
            "            empty = list(self.project_ids)",
            (DROPIN + "test_cleanup_keeps_a_created_project_that_holds_other_runs_tasks",),
        ),
        # --- the FiftyOne boundary: a load whose arguments did not reach us ---------------
        Mutation(
            "safe path without a load call",
            PKG / "plugin" / "backend.py",
            "prune = prunes(call, is_clips=clips, is_frames=frames)",
            "prune = not (clips or frames)",
            (HOOKLESS + "test_a_load_without_its_arguments_takes_the_safe_path",),
        ),
        Mutation(
            "job filters off the route refused",
            PKG / "plugin" / "backend.py",
            "if job_stages is not None or job_states is not None:",
            "if False:",
            (HOOKLESS + "test_job_filters_without_the_route_are_refused_before_any_request",),
        ),
        # --- the typed load pipeline: new values, FiftyOne's dicts only at the boundary ----
        Mutation(
            "hidden samples given back before saving",
            PKG / "plugin" / "results.py",
            "IdMap.from_fiftyone(self.id_map).merged(self._hidden).with_labels(self._kept)\n",
            "IdMap.from_fiftyone(self.id_map).with_labels(self._kept)\n",
            (REC + "test_untouched_samples_skip_the_merge_and_later_loads_stay_consistent",),
        ),
        Mutation(
            "a deleted task's samples leave the id map",
            PKG / "runs" / "load.py",
            "        id_map = id_map.without(samples)\n",
            "        pass\n",
            # CVAT before 2.73 (no job listing on a full load): the labels' 500 tells
            ("tests/recorded/test_recorded_compat.py::test_a_task_deleted_in_cvat",),
        ),
        Mutation(
            "a partial load sets its untouched samples aside",
            PKG / "domain" / "loading" / "report.py",
            "self._id_map, set_aside = id_map.split({name: untouched for name in id_map.fields})",
            "self._id_map, set_aside = id_map, IdMap()",
            (
                "tests/recorded/test_recorded_partial_load.py::test_load_by_job_stage_then_everything",
            ),
        ),
        Mutation(
            "load_annotations arguments bound to FiftyOne's signature",
            PKG / "plugin" / "fiftyone_hooks.py",
            "return arguments.get(name, extra.get(name, default))",
            "return extra.get(name, default)",
            ("tests/unit/test_merge_pruning.py::test_the_wrapper_binds_fiftyones_signature",),
        ),
        # --- long-lived runs: stable ids and incremental loads --------------------------
        Mutation(
            "known ids first in decoding",
            PKG / "domain" / "conversion" / "decode.py",
            "known = self.known.get(known_key) if known_key is not None else None",
            "known = None",
            (
                LONG + "test_fiftyone_side_edits_survive_a_reload_and_cvat_edits_win",
                LONG + "test_a_label_deleted_in_cvat_goes_with_its_fiftyone_tags",
            ),
        ),
        Mutation(
            "packed run record read back",
            PKG / "domain" / "run_record.py",
            "        if isinstance(packed, str):",
            "        if False:",
            ("tests/unit/test_run_record.py::test_the_bulky_part_is_one_json_text_and_reads_back",),
        ),
        Mutation(
            "a task added after a save drops the kept frames text",
            PKG / "domain" / "run_record.py",
            "        self._server_ids.update(server_ids)\n        self._static_text = None\n",
            "        self._server_ids.update(server_ids)\n",
            (RUN_RECORD + "test_saved_frames_and_server_ids_follow_every_change_after_a_save",),
        ),
        Mutation(
            "a forgotten task drops the kept frames text",
            PKG / "domain" / "run_record.py",
            "            self._frames.pop(t, None)\n        self._static_text = None\n",
            "            self._frames.pop(t, None)\n",
            (RUN_RECORD + "test_saved_frames_and_server_ids_follow_every_change_after_a_save",),
        ),
        Mutation(
            "frames written as JSON text escape their ids",
            PKG / "domain" / "run_record.py",
            "        return encode_basestring(value)",
            "        return f'\"{value}\"'",
            (
                "tests/unit/test_run_record.py"
                "::test_frames_written_as_text_are_valid_json_for_any_id_and_size",
            ),
        ),
        Mutation(
            "labels minted by the load skip the run-wide look-up",
            PKG / "domain" / "loading" / "cross_task_copies.py",
            "own = {label_id for label_id, _ in task_map.uploaded_at(spec)} | minted",
            "own = {label_id for label_id, _ in task_map.uploaded_at(spec)}",
            (
                "tests/unit/test_cross_task_copies.py"
                "::test_labels_minted_by_this_load_need_no_look_up_over_the_run",
            ),
        ),
        Mutation(
            "packed id map read back",
            PKG / "plugin" / "results.py",
            "        if isinstance(id_map, dict) and isinstance(id_map.get(PACKED), str):",
            "        if False:",
            (
                "tests/unit/test_api_surface.py::test_results_id_map_is_saved_packed_and_read_in_both_forms",
            ),
        ),
        Mutation(
            "a run's jobs in one listing",
            PKG / "cvat" / "endpoints.py",
            "if not conn.capabilities.jobs_filtered_by_tasks or len(task_ids) < 2:",
            "if True:",
            ("tests/fake_server/test_job_listing.py",),
        ),
        Mutation(
            "one listing keeps each task's jobs apart",
            PKG / "cvat" / "endpoints.py",
            "        if task_id in found:\n            found[task_id].append(_progress(job))",
            "        for jobs in found.values():\n            jobs.append(_progress(job))",
            ("tests/fake_server/test_job_listing.py",),
        ),
        Mutation(
            "unchanged jobs skipped",
            PKG / "runs" / "load.py",
            "partial = plan_partial_load(frames, jobs, wanted, before if incremental else None)",
            "partial = plan_partial_load(frames, jobs, wanted, None)",
            (LONG + "test_a_reload_with_nothing_changed_keeps_every_id_and_writes_nothing",),
        ),
        Mutation(
            "merged jobs committed to the run record",
            PKG / "plugin" / "results.py",
            "            self._loaded.commit(self._record)\n",
            "            pass\n",
            (LONG + "test_a_reload_with_nothing_changed_keeps_every_id_and_writes_nothing",),
        ),
        Mutation(
            "labels set aside given back to the id map",
            PKG / "plugin" / "results.py",
            ".merged(self._hidden).with_labels(self._kept)\n",
            ".merged(self._hidden)\n",
            (LONG + "test_fiftyone_side_edits_survive_a_reload_and_cvat_edits_win",),
        ),
        Mutation(
            "a partial load marks only the jobs it merged",
            PKG / "domain" / "loading" / "job_filter.py",
            "and job.id in job_ids.get(task_id, ())",
            "or True",
            (PARTIAL,),
        ),
        Mutation(
            "labels CVAT did not change are set aside",
            PKG / "domain" / "loading" / "stable_ids.py",
            "        if ids:\n            taken[spec.name] = ids\n",
            "        if False:\n            taken[spec.name] = ids\n",
            (LONG + "test_fiftyone_side_edits_survive_a_reload_and_cvat_edits_win",),
        ),
        Mutation(
            "an object's digest tells CVAT's edits",
            PKG / "domain" / "loading" / "stable_ids.py",
            "return hashlib.blake2b(repr(obj).encode(), digest_size=8).hexdigest()",
            'return "same"',
            (LONG + "test_fiftyone_side_edits_survive_a_reload_and_cvat_edits_win",),
        ),
        Mutation(
            "labels set aside leave the merge's id map",
            PKG / "domain" / "loading" / "report.py",
            ".split_labels(aside.label_ids())[0]",
            "",
            (LONG + "test_a_label_deleted_in_cvat_goes_with_its_fiftyone_tags",),
        ),
        Mutation(
            "a deleted task's samples leave the id map (listed jobs)",
            PKG / "runs" / "load.py",
            "id_map = target.id_map.without(plan.gone)",
            "id_map = target.id_map",
            (REC + "test_a_task_deleted_in_cvat_leaves_its_samples_unchanged",),
        ),
        # --- annotate()'s attribute scan, from raw documents ------------------------------
        Mutation(
            "attribute scan reads raw documents",
            PKG / "plugin" / "fiftyone_hooks.py",
            'if _is_ours(type(getattr(backend, "config", None)))',
            "if False",
            (SCAN + "test_the_scan_does_not_build_label_objects",),
        ),
        Mutation(
            "attribute scan keeps the keyframe rule",
            PKG / "plugin" / "fiftyone_hooks.py",
            'attributes.pop("keyframe", None)',
            "pass",
            (SCAN + "test_the_scan_answers_as_fiftyone_does",),
        ),
        Mutation(
            "attribute scan leaves legacy attributes to FiftyOne",
            PKG / "fiftyone_io" / "attribute_scan.py",
            'or doc.get("attributes"):',
            "or False:",
            (SCAN + "test_legacy_attribute_dicts_take_fiftyones_scan",),
        ),
        # --- finishing under faults ------------------------------------------------------
        Mutation(
            "a task CVAT will not delete yet",
            PKG / "runs" / "annotate.py",
            "        recorder.discard_later(task_id)\n        return\n",
            "        raise\n",
            ("tests/fake_server/test_task_recreation.py",),
        ),
        Mutation(
            "late PUTs waited out before annotate() returns",
            PKG / "runs" / "annotate.py",
            "    saved += settle_jobs(conn, mark, payloads)\n",
            "",
            (
                LATE
                + "test_a_timed_out_put_cannot_overwrite_the_annotator_who_starts_after_annotate",
            ),
        ),
        Mutation(
            "a job doubled by a late PUT is put right",
            PKG / "runs" / "annotate.py",
            "if _counts(held) != _counts(payloads[job_id]):",
            "if False:",
            (LATE + "test_a_put_that_met_its_retry_in_cvat_is_put_right",),
        ),
        Mutation(
            "writes in doubt are written down",
            PKG / "cvat" / "retry.py",
            "if sent and self.ledger is not None:",
            "if False:",
            (LATE + "test_a_write_in_doubt_is_waited_out_for_the_stall_horizon",),
        ),
        Mutation(
            "late DELETEs and reads cost no wait",
            PKG / "cvat" / "retry.py",
            'if method in SAFE_METHODS or method == "DELETE":',
            "if False:",
            (LATE + "test_writes_that_cannot_land_late_cost_no_wait",),
        ),
        Mutation(
            "twins looked for after the stall horizon",
            PKG / "runs" / "annotate.py",
            "    conn.settle_writes(mark)\n    _delete_twins(conn, recorder)\n",
            "    _delete_twins(conn, recorder)\n",
            (LATE + "test_a_twin_that_a_late_post_makes_is_found_and_deleted",),
        ),
        Mutation(
            "retries end on a time budget, not a count",
            PKG / "cvat" / "retry.py",
            "        return spent + delay <= self.budget\n",
            "        return attempt < 3 and spent + delay <= self.budget\n",
            (BUDGET + "test_a_503_storm_longer_than_a_few_retries_is_outlived",),
        ),
        Mutation(
            "the budget ends the retries",
            PKG / "cvat" / "retry.py",
            "        return spent + delay <= self.budget\n",
            "        return True\n",
            (BUDGET + "test_backoff_doubles_up_to_its_cap_until_the_budget_is_spent",),
        ),
        Mutation(
            "Retry-After honoured within the budget",
            PKG / "cvat" / "retry.py",
            "delay = self._delay(attempt) if retry_after is None else retry_after",
            "delay = self._delay(attempt)",
            (BUDGET + "test_a_503_storm_longer_than_a_few_retries_is_outlived",),
        ),
        Mutation(
            "the end-of-run deletes last the retry budget",
            PKG / "runs" / "annotate.py",
            "or time.monotonic() >= deadline:",
            "or attempt >= 10:",
            (
                "tests/fake_server/test_task_recreation.py::"
                "test_the_deletes_at_the_end_last_as_long_as_the_retry_budget",
            ),
        ),
        Mutation(
            "a landed upload's import adopted",
            PKG / "runs" / "annotate.py",
            "            if state.rq_id is not None:\n",
            "            if False:\n",
            ("tests/fake_server/test_upload_resume.py",),
        ),
        Mutation(
            "an upload CVAT kept none of is sent to the same task",
            PKG / "runs" / "annotate.py",
            "            if state.started:\n                return None\n",
            "            if True:\n                return None\n",
            ("tests/fake_server/test_upload_resume.py",),
        ),
        # --- fewer round trips (each must keep being true) ------------------------------
        Mutation(
            "one-request upload",
            PKG / "cvat" / "upload.py",
            "if not large and len(batches) == 1 else None",
            "if False else None",
            (
                "tests/fake_server/test_upload.py::test_media_that_fits_one_batch_goes_in_one_request",
            ),
        ),
        Mutation(
            "a task's jobs uploaded at once",
            PKG / "runs" / "annotate.py",
            _PUT_JOB,
            _PUT_JOB + "            uploads[-1].exception()\n",
            (
                "tests/fake_server/test_concurrent_requests.py::test_a_tasks_jobs_are_uploaded_at_once",
            ),
        ),
        Mutation(
            "jobs asked while labels arrive",
            PKG / "runs" / "load.py",
            "for jobs in job_ids.values()\n",
            "for jobs in ()\n",
            (
                "tests/fake_server/test_concurrent_requests.py::"
                "test_a_full_load_asks_for_the_jobs_while_the_labels_arrive",
            ),
        ),
        Mutation(
            "classes added in CVAT",
            PKG / "domain" / "conversion" / "decode_targets.py",
            "return self.shapes.get(name) or self._added_in_cvat(name, shape_type)",
            "return self.shapes.get(name)",
            (DROPIN + "test_a_class_added_in_cvat_follows_unexpected",),
        ),
        # --- media CVAT reads from a bucket ----------------------------------------------
        _drop_option(
            "cloud_storage_id", CLOUD + "test_an_explicit_cloud_storage_id_takes_precedence"
        ),
        _drop_option(
            "cloud_prefix_map", CLOUD + "test_a_prefix_map_reads_local_copies_from_the_bucket"
        ),
        Mutation(
            "cloud media uploaded",
            PKG / "runs" / "annotate.py",
            "    if cloud is None:\n        task_id, rq_id = _upload_task(",
            "    if True:\n        task_id, rq_id = _upload_task(",
            (CLOUD + "test_annotate_and_load_images_from_s3",),
        ),
        Mutation(
            "frame sizes not asked of CVAT",
            PKG / "runs" / "annotate.py",
            "if encoder.needs_sizes(task):",
            "if False:",
            (CLOUD + "test_annotate_and_load_images_from_s3",),
        ),
        Mutation(
            "no bar while CVAT reads the bucket",
            PKG / "runs" / "annotate.py",
            "    with progress.processing(body.name) as on_progress:\n",
            "    with progress.processing(body.name) as _unused:\n        on_progress = None\n",
            (CLOUD + "test_annotate_and_load_images_from_s3",),
        ),
        Mutation(
            "video length not asked of CVAT",
            PKG / "runs" / "annotate.py",
            "num_frames = meta.size if isinstance(meta.size, int) else None",
            "num_frames = None",
            (CLOUD + "test_a_video_from_s3_without_metadata",),
        ),
        Mutation(
            "a video's frames taken as dense",
            PKG / "fiftyone_io" / "encode_run.py",
            "            return self.frame_positions[position].get(frame_number)\n",
            "            pass\n",
            (CLOUD + "test_a_video_from_s3_without_metadata",),
        ),
        Mutation(
            "share media sent as cloud",
            PKG / "runs" / "cloud_source.py",
            "        if self.storage is None:\n"
            "            return task.data_params().to_share_json(keys)\n",
            "",
            (CLOUD + "test_images_from_the_servers_share",),
        ),
        Mutation(
            "share files unchecked",
            PKG / "runs" / "cloud_source.py",
            '        check_keys("the CVAT server\'s share", urls, shared)\n',
            "",
            (CLOUD + "test_images_from_the_servers_share",),
        ),
        Mutation(
            "storage status unchecked",
            PKG / "runs" / "cloud_source.py",
            "    check_status(storage, endpoints.cloud_storage_status(conn, storage.id))\n",
            "",
            (CLOUD_FAKE + "test_credentials_the_bucket_refuses_fail_before_any_listing",),
        ),
        Mutation(
            "bucket keys unchecked",
            PKG / "runs" / "cloud_source.py",
            '    check_keys(f"the bucket of CVAT cloud storage {storage.describe()}", '
            "urls, listed)\n",
            "",
            (CLOUD + "test_a_key_missing_from_the_bucket_is_refused_before_any_task",),
        ),
        Mutation(
            "one page of a bucket listing",
            PKG / "cvat" / "endpoints.py",
            "        if token is None:\n            return names\n",
            "        return names\n",
            (CLOUD_FAKE + "test_an_available_storage_holding_every_key_is_chosen",),
        ),
        Mutation(
            "mixed local and cloud media",
            PKG / "domain" / "planning" / "cloud_media.py",
            "    if local:\n        raise CloudMediaError(",
            "    if False:\n        raise CloudMediaError(",
            (CLOUD_UNIT + "test_mixed_local_and_cloud_media_are_refused_naming_both_fixes",),
        ),
        Mutation(
            "cloud_storage_id not first",
            PKG / "domain" / "planning" / "cloud_media.py",
            "    if cloud_storage_id is not None:\n        for storage in listed:",
            "    if False:\n        for storage in listed:",
            (CLOUD_UNIT + "test_two_matching_storages_ask_for_an_id_and_an_id_wins",),
        ),
        Mutation(
            "cloud_storage_id with local media",
            PKG / "domain" / "planning" / "cloud_media.py",
            "    if not has_cloud_media:\n",
            "    if False:\n",
            (CLOUD_UNIT + "test_a_cloud_storage_id_needs_cloud_media_and_an_int",),
        ),
        Mutation(
            "storage prefix ignored",
            PKG / "domain" / "planning" / "cloud_media.py",
            "            and url.key.startswith(self.prefix)\n",
            "",
            (CLOUD_UNIT + "test_a_storage_prefix_must_cover_every_key",),
        ),
        Mutation(
            "no storage lists nothing",
            PKG / "domain" / "planning" / "cloud_media.py",
            '            f"[{_describe_all(listed)}]; attach',
            '            f"[]; attach',
            (CLOUD + "test_a_bucket_no_storage_serves_is_refused_listing_what_exists",),
        ),
        # --- CVAT manifests written into the bucket (cloud_manifest=True) ----------------
        _drop_option("cloud_manifest", MANIFEST_REC),
        Mutation(
            "cloud_manifest not checked as a bool",
            PKG / "domain" / "planning" / "option_table.py",
            'the `cloud` extra)",\n        "run",\n        check=_flag,\n',
            'the `cloud` extra)",\n        "run",\n',
            (MANIFEST_UNIT + "test_cloud_manifest_must_be_a_bool",),
        ),
        Mutation(
            "manifest without sizes",
            PKG / "domain" / "planning" / "cloud_manifest.py",
            "    if unsized:\n        raise CloudMediaError(",
            "    if False:\n        raise CloudMediaError(",
            (
                MANIFEST_UNIT + "test_samples_without_metadata_are_refused_naming_compute_metadata",
                CLOUD + "test_a_manifest_without_metadata_is_refused_before_any_request",
            ),
        ),
        Mutation(
            "manifest of videos",
            PKG / "domain" / "planning" / "cloud_manifest.py",
            '    if collection_media_type != "image":\n',
            "    if False:\n",
            (MANIFEST_UNIT + "test_a_manifest_only_for_images_in_s3",),
        ),
        Mutation(
            "manifest outside S3",
            PKG / "domain" / "planning" / "cloud_manifest.py",
            "    if provider not in MANIFEST_PROVIDERS:\n",
            "    if False:\n",
            (MANIFEST_UNIT + "test_a_manifest_only_for_images_in_s3",),
        ),
        Mutation(
            "manifest of local media",
            PKG / "domain" / "planning" / "cloud_manifest.py",
            "    if provider is None:\n        raise CloudMediaError(",
            "    if False:\n        raise CloudMediaError(",
            (MANIFEST_UNIT + "test_a_manifest_for_local_media_is_refused",),
        ),
        Mutation(
            "manifest at the bucket's root",
            PKG / "domain" / "planning" / "cloud_manifest.py",
            '    return "".join(f"{part}/" for part in common or ())\n',
            '    return ""\n',
            (
                MANIFEST_UNIT + "test_the_manifest_sits_in_the_deepest_directory_of_every_key",
                MANIFEST_REC,
            ),
        ),
        Mutation(
            "manifest key not its content's",
            PKG / "domain" / "planning" / "cloud_manifest.py",
            'key=f"{directory}{MANIFEST_STEM}-{digest}.jsonl"',
            'key=f"{directory}{MANIFEST_STEM}.jsonl"',
            (MANIFEST_UNIT + "test_a_manifests_key_is_its_contents_digest_beside_the_images",),
        ),
        Mutation(
            "a key twice in a manifest",
            PKG / "domain" / "planning" / "cloud_manifest.py",
            "        if image.key in seen:\n            continue\n",
            "",
            (MANIFEST_UNIT + "test_a_manifest_is_cvats_header_then_one_line_per_image",),
        ),
        Mutation(
            "manifest not in server_files",
            PKG / "domain" / "planning" / "task_data.py",
            "files = [*keys, manifest] if manifest else list(keys)",
            "files = list(keys)",
            (
                MANIFEST_UNIT + "test_the_manifest_is_named_last_in_the_tasks_server_files",
                MANIFEST_REC,
            ),
        ),
        Mutation(
            "manifest not written",
            PKG / "runs" / "cloud_source.py",
            "    write_manifests(bucket, source.storage, unique, max_workers=max_workers)\n",
            "",
            (MANIFEST_REC,),
        ),
        Mutation(
            "boto3 looked for late",
            PKG / "runs" / "annotate.py",
            "        bucket = open_session()\n",
            "",
            (MANIFEST_FAKE + "test_a_missing_boto3_is_refused_before_any_request",),
        ),
        Mutation(
            "a missing boto3 unexplained",
            PKG / "cvat" / "bucket.py",
            "    except ImportError as exc:\n        raise ImportError(",
            "    except ZeroDivisionError as exc:\n        raise ImportError(",
            (MANIFEST_UNIT + "test_a_missing_boto3_names_the_extra",),
        ),
        Mutation(
            "no AWS credentials unchecked",
            PKG / "cvat" / "bucket.py",
            "    if session.get_credentials() is None:\n",
            "    if False:\n",
            (MANIFEST_UNIT + "test_no_aws_credentials_are_refused_before_any_write",),
        ),
        Mutation(
            "the storage's endpoint ignored",
            PKG / "cvat" / "bucket.py",
            "    return storage.endpoint_url or None\n",
            "    return None\n",
            (
                MANIFEST_UNIT
                + "test_the_storages_endpoint_unless_boto3s_own_variable_says_otherwise",
                MANIFEST_REC,
            ),
        ),
        Mutation(
            "boto3's endpoint variables ignored",
            PKG / "cvat" / "bucket.py",
            "    if any(env.get(name) for name in ENDPOINT_VARIABLES):\n        return None\n",
            "",
            (
                MANIFEST_UNIT
                + "test_the_storages_endpoint_unless_boto3s_own_variable_says_otherwise",
            ),
        ),
        Mutation(
            "bucket listing names not relative",
            PKG / "cvat" / "bucket.py",
            'keys = [o["Key"][len(directory) :] for o in page.get("Contents", ())]',
            'keys = [o["Key"] for o in page.get("Contents", ())]',
            (
                MANIFEST_UNIT + "test_keys_are_listed_from_the_bucket_like_cvats_listing",
                MANIFEST_REC,
            ),
        ),
        Mutation(
            "keys listed through CVAT despite the bucket",
            PKG / "runs" / "annotate.py",
            "resolve_cloud_source(conn, urls, storage_id, bucket)",
            "resolve_cloud_source(conn, urls, storage_id)",
            (MANIFEST_FAKE + "test_a_bucket_refusing_the_manifest_leaves_nothing_created",),
        ),
        Mutation(
            "imported samples without their cloud URLs",
            PKG / "runs" / "import_run.py",
            "        set_by_filepath(dataset, options.cloud_url_field, urls)\n",
            "",
            (CLOUD + "test_import_with_download_media_fetches_a_cloud_tasks_images_through_cvat",),
        ),
        Mutation(
            "cloud_url_field unchecked",
            PKG / "plugin" / "importing.py",
            "cloud_url_field=_field_name(cloud_url_field),",
            "cloud_url_field=cloud_url_field,",
            (
                "tests/fake_server/test_import_annotations.py::"
                "test_invalid_arguments_fail_before_any_request",
            ),
        ),
        Mutation(
            "a storage of an unknown provider as a URL",
            PKG / "domain" / "planning" / "cloud_media.py",
            '        if provider == SHARE:\n            raise CloudMediaError(f"CVAT cloud storage',
            '        if False:\n            raise CloudMediaError(f"CVAT cloud storage',
            (CLOUD_UNIT + "test_a_storages_key_as_a_cloud_url",),
        ),
        Mutation(
            "a refused write unexplained",
            PKG / "cvat" / "bucket.py",
            '    if code in ("AccessDenied",',
            '    if False and code in ("AccessDenied",',
            (
                MANIFEST_UNIT + "test_a_refused_write_names_the_fix_and_no_secret",
                MANIFEST_FAKE + "test_a_bucket_refusing_the_manifest_leaves_nothing_created",
            ),
        ),
    ]


def workspace(parent: Path, k: int) -> Path:
    """A private copy of the tree for one job."""
    dest = parent / f"tree{k}"
    dest.mkdir()
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache")
    for name in COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=skip)
        else:
            shutil.copy2(src, dest / name)
    return dest


def run(m: Mutation, tree: Path) -> str:
    """``caught``, ``NOT CAUGHT``, or ``TARGET MISSING`` when the code moved: then the
    mutation is rewritten to follow it, never skipped."""
    path = tree / m.path.relative_to(ROOT)
    source = path.read_text()
    if source.count(m.old) != 1:
        return "TARGET MISSING"
    try:
        path.write_text(source.replace(m.old, m.new))
        passed = tests_pass(tree, m.tests)
    finally:
        path.write_text(source)
    return "NOT CAUGHT" if passed else "caught"


def tests_pass(tree: Path, tests: tuple[str, ...]) -> bool:
    # The copy's packages come first, before the editable install's finder.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(tree / d) for d in COPIED[:2])}
    done = subprocess.run(
        [*PYTEST, *OFFLINE, *tests], cwd=tree, env=env, capture_output=True, text=True
    )
    return done.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="mutations to run (default: all)")
    parser.add_argument("--jobs", type=int, default=2, help="mutations run at once")
    args = parser.parse_args()
    every = mutations()
    unknown = set(args.names) - {m.name for m in every}
    if unknown:
        parser.error(f"no such mutation: {', '.join(sorted(unknown))}")
    chosen = [m for m in every if not args.names or m.name in args.names]
    failures = []
    with tempfile.TemporaryDirectory(prefix="mutation-check-") as tmp:
        trees: queue.Queue[Path] = queue.Queue()
        for k in range(max(1, args.jobs)):
            trees.put(workspace(Path(tmp), k))
        # Unmutated, every named test must pass in a copy: else any failure would
        # count as a catch.
        named = tuple(dict.fromkeys(t for m in chosen for t in m.tests))
        if not tests_pass(trees.queue[0], named):
            print("the named tests fail without any mutation: fix them first")
            return 1

        def one(m: Mutation) -> tuple[Mutation, str, float]:
            tree = trees.get()
            start = time.monotonic()
            try:
                return m, run(m, tree), time.monotonic() - start
            finally:
                trees.put(tree)

        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            for m, verdict, seconds in pool.map(one, chosen):
                if verdict != "caught":
                    failures.append(f"{m.name} ({verdict})")
                print(f"{m.name:34} {verdict:14} {seconds:5.1f}s  {', '.join(m.tests)}", flush=True)
    print(f"mutations: {len(chosen)} run, {len(chosen) - len(failures)} caught")
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
