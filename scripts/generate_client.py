"""Regenerate the typed CVAT client in ``generated/`` from a CVAT OpenAPI spec.

One command for maintainers::

    python scripts/generate_client.py                      # ../shared spec
    python scripts/generate_client.py --spec cvat.yml      # a spec file
    python scripts/generate_client.py --spec https://cvat.example.com

The spec is normalized first (each step below is a small named function with
the reason it exists), then openapi-python-client runs with the checked-in
config and templates, ruff formats the result with a fixed configuration, a
manifest is written, and ``generated/`` is swapped in as a whole. Running it
twice on the same spec gives byte-identical trees; ``tests/unit/test_generated_client.py``
checks that the checked-in tree is exactly what this script makes.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT.parent / "shared" / "cvat-openapi" / "cvat-2.73.0.yml"
CONFIG = ROOT / "scripts" / "openapi-python-client.yml"
TEMPLATES = ROOT / "scripts" / "generator_templates"
PACKAGE = "cvat_api"
GENERATOR_VERSION = "0.29.1"

Spec = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# --------------------------------------------------------------------------
# Normalizations: each takes the spec, mutates it, and returns what it changed.
# --------------------------------------------------------------------------


def _operations(spec: Spec) -> Iterator[dict[str, Any]]:
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            if method in item:
                yield item[method]


def _has_binary(schema: Any, spec: Spec, seen: frozenset[str] = frozenset()) -> bool:
    """True when the schema (following $refs) contains a ``format: binary`` string."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            if name in seen:
                return False
            return _has_binary(spec["components"]["schemas"][name], spec, seen | {name})
        if schema.get("format") == "binary":
            return True
        return any(_has_binary(v, spec, seen) for v in schema.values())
    if isinstance(schema, list):
        return any(_has_binary(v, spec, seen) for v in schema)
    return False


def one_content_type_per_operation(spec: Spec) -> list[str]:
    """Keep one request content type where CVAT offers JSON and multipart.

    Reason: the generator emits both branches and multipart always wins, so JSON
    documents (annotations) went out as form parts CVAT does not read
    (openapi-python-client #1276). Multipart stays only where files are uploaded.
    """
    changed = []
    for op in _operations(spec):
        content = op.get("requestBody", {}).get("content", {})
        if "application/json" in content and "multipart/form-data" in content:
            schema = content["multipart/form-data"].get("schema", {})
            keep = "multipart/form-data" if _has_binary(schema, spec) else "application/json"
            op["requestBody"]["content"] = {keep: content[keep]}
            changed.append(f"{op['operationId']}: {keep}")
    return changed


OLDER_SERVERS_OMIT: dict[str, tuple[str, ...]] = {
    # CVAT 2.17 (the oldest server this client supports) sends no such fields:
    # ``python scripts/compat_report.py --mirror <cvat git dir>`` lists them
    "About": ("logo_url", "subtitle"),
    "DataMetaRead": ("chunks_updated_date",),
}


def fields_older_servers_omit_are_optional(spec: Spec) -> list[str]:
    """Make response fields that supported older servers do not send optional.

    Reason: a required field the server omits makes the generated ``from_dict``
    raise ``KeyError``, so a whole response (e.g. a task's ``/data/meta`` on CVAT
    2.17) could not be read for a field this backend never uses. The list comes
    from comparing the specs (``scripts/compat_report.py``).
    """
    changed = []
    schemas = spec.get("components", {}).get("schemas", {})
    for name, fields in OLDER_SERVERS_OMIT.items():
        required = schemas.get(name, {}).get("required", [])
        for field_name in fields:
            if field_name in required:
                required.remove(field_name)
                changed.append(f"{name}.{field_name}")
    return changed


NORMALIZATIONS: list[Callable[[Spec], list[str]]] = [
    one_content_type_per_operation,
    fields_older_servers_omit_are_optional,
]


def normalize(spec: Spec) -> tuple[Spec, dict[str, list[str]]]:
    spec = copy.deepcopy(spec)
    applied = {}
    for step in NORMALIZATIONS:
        changes = step(spec)
        if changes:
            applied[step.__name__] = sorted(changes)
    return spec, applied


# --------------------------------------------------------------------------
# Spec loading, generation, formatting, manifest.
# --------------------------------------------------------------------------


def load_spec_bytes(source: str, username: str | None, password: str | None) -> bytes:
    if source.startswith(("http://", "https://")):
        import httpx

        url = source.rstrip("/")
        if not url.endswith("/api/schema"):
            url += "/api/schema"
        auth = (username, password) if username and password else None
        response = httpx.get(url + "/", params={"scheme": "json"}, auth=auth, timeout=60)
        response.raise_for_status()
        return response.content
    return Path(source).read_bytes()


def _tool(name: str) -> str:
    """Find a console script next to the running interpreter first (venvs)."""
    candidate = Path(sys.executable).parent / name
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is not installed; run `pip install -e .[dev]` first")
    return found


def _run(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    noise = [ln for ln in result.stdout.splitlines() if "Warning" in ln or "Error" in ln]
    for line in noise:
        print(line, file=sys.stderr)


def check_generator_version() -> None:
    installed = metadata.version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise SystemExit(
            f"openapi-python-client {installed} is installed but the checked-in client is "
            f"made with {GENERATOR_VERSION}; install the pinned version (pip install -e .[dev])"
        )


def generate(spec_bytes: bytes, out_dir: Path) -> None:
    """Write the package and manifest into ``out_dir`` (which must not exist)."""
    check_generator_version()
    spec, applied = normalize(yaml.safe_load(spec_bytes))
    out_dir.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as work:
        normalized = Path(work) / "spec.json"
        normalized.write_text(json.dumps(spec, sort_keys=True))
        package_dir = out_dir / PACKAGE
        _run(
            [
                _tool("openapi-python-client"),
                "generate",
                *("--path", str(normalized)),
                *("--config", str(CONFIG)),
                *("--custom-template-path", str(TEMPLATES)),
                *("--meta", "none"),
                *("--output-path", str(package_dir)),
            ],
            cwd=Path(work),
        )
    (package_dir / "py.typed").write_text("")
    ruff = _tool("ruff")
    isolated = ["--isolated", "--no-cache", "--quiet"]
    _run([ruff, "check", *isolated, "--select", "F401,I", "--fix-only", "."], out_dir)
    _run([ruff, "format", *isolated, "."], out_dir)
    info = spec.get("info", {})
    manifest = {
        "spec_title": info.get("title"),
        "spec_version": info.get("version"),
        "spec_sha256": hashlib.sha256(spec_bytes).hexdigest(),
        "generator": f"openapi-python-client {GENERATOR_VERSION}",
        "normalizations": applied,
        "tree_sha256": tree_digest(out_dir),
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")


def tree_digest(root: Path) -> str:
    """One digest of every generated file (path and bytes), the manifest aside: lets a
    checkout without the spec still prove ``generated/`` is what the generator wrote."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        name = path.relative_to(root).as_posix()
        if name == "manifest.json" or "__pycache__" in path.parts:
            continue
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def replace_tree(new: Path, target: Path) -> None:
    """Swap ``new`` in for ``target`` so a failed run never leaves a half tree."""
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    if old.exists():
        shutil.rmtree(old)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--spec",
        default=str(DEFAULT_SPEC),
        help="spec file path, or a CVAT server URL (downloads /api/schema/?scheme=json)",
    )
    parser.add_argument("--username", default=os.environ.get("FIFTYONE_CVAT_USERNAME"))
    parser.add_argument("--password", default=os.environ.get("FIFTYONE_CVAT_PASSWORD"))
    parser.add_argument("--output", default=str(ROOT / "generated"), help="directory to replace")
    args = parser.parse_args(argv)

    if not args.spec.startswith(("http://", "https://")) and not Path(args.spec).exists():
        parser.error(f"--spec {args.spec} does not exist; pass a spec file or a server URL")
    target = Path(args.output).resolve()
    spec_bytes = load_spec_bytes(args.spec, args.username, args.password)
    staging = Path(tempfile.mkdtemp(prefix=".generated-", dir=target.parent)) / "tree"
    try:
        generate(spec_bytes, staging)
        replace_tree(staging, target)
    finally:
        shutil.rmtree(staging.parent, ignore_errors=True)
    print(f"generated {target} from {args.spec}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
