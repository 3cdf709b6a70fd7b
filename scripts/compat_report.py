"""Compatibility report: what the adapter uses of CVAT's API, compared across versions.

Reads the spec ``generated/`` is made from (2.73) and the specs of older servers
(each version's ``cvat/schema.yml``; ``--mirror`` takes them from a git
checkout of CVAT at the recorded commits). For every operation the adapter calls
(found by scanning ``adapter/`` for ``cvat_api.api`` imports) it prints which
operations an older server lacks, which response fields 2.73 marks required but
an older server does not send (the generated parser would raise: they belong in
``OLDER_SERVERS_OMIT`` of ``scripts/generate_client.py``), and which request
fields an older server does not know. Output is Markdown, pasted into the README.

    python scripts/compat_report.py --mirror /path/to/cvat.git
    python scripts/compat_report.py --spec 2.17.0=old.yml --spec 2.40.0=mid.yml
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CURRENT = ("2.73.0", ROOT.parent / "shared" / "cvat-openapi" / "cvat-2.73.0.yml")
COMMITS = {
    "2.17.0": "148e60712504420560f90c8040921aae5de521ae",
    "2.40.0": "44e061875d7b103002bdbfb0b45d458f69b547d9",
}
Spec = dict[str, Any]


def used_operations() -> set[str]:
    """``operationId``s the adapter imports from the generated ``cvat_api.api``."""
    pattern = re.compile(r"from cvat_api\.api\.\w+ import (?:\(([^)]*)\)|([^\n]+))")
    found: set[str] = set()
    for path in (ROOT / "adapter").rglob("*.py"):
        for block, line in pattern.findall(path.read_text()):
            found.update(n.strip() for n in (block or line).split(",") if n.strip())
    return found


def operations(spec: Spec) -> dict[str, dict[str, Any]]:
    out = {}
    for item in spec.get("paths", {}).values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                out[op["operationId"]] = op
    return out


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"].rsplit("/", 1)[-1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def reachable(spec: Spec, roots: set[str]) -> set[str]:
    schemas = spec.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


def _models(op: dict[str, Any], part: str) -> set[str]:
    return set(_refs(op.get(part, {})))


def compare(current: Spec, older: Spec, used: set[str]) -> dict[str, list[str]]:
    ops_now, ops_then = operations(current), operations(older)
    schemas_now = current["components"]["schemas"]
    schemas_then = older.get("components", {}).get("schemas", {})
    report: dict[str, list[str]] = {"missing operations": [], "omitted": [], "unknown": []}
    responses: set[str] = set()
    requests: set[str] = set()
    for op_id in sorted(used & set(ops_now)):
        if op_id not in ops_then:
            report["missing operations"].append(op_id)
            continue
        responses |= _models(ops_now[op_id], "responses")
        requests |= _models(ops_now[op_id], "requestBody")
    for name in sorted(reachable(current, responses)):
        then = schemas_then.get(name, {})
        props = set(then.get("properties", {}))
        for field in schemas_now[name].get("required", []):
            if then and field not in props:
                report["omitted"].append(f"{name}.{field}")
    for name in sorted(reachable(current, requests)):
        then = schemas_then.get(name)
        if then is None:
            continue
        for field in sorted(
            set(schemas_now[name].get("properties", {})) - set(then.get("properties", {}))
        ):
            report["unknown"].append(f"{name}.{field}")
    return report


def load(path: Path) -> Spec:
    spec: Spec = yaml.safe_load(path.read_text())
    return spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", action="append", default=[], help="VERSION=PATH of an older spec")
    parser.add_argument("--mirror", help="a git dir of CVAT holding the recorded commits")
    args = parser.parse_args(argv)
    older: dict[str, Spec] = {}
    for item in args.spec:
        version, _, path = item.partition("=")
        older[version] = load(Path(path))
    if args.mirror:
        for version, commit in COMMITS.items():
            text = subprocess.run(
                ["git", "--git-dir", args.mirror, "show", f"{commit}:cvat/schema.yml"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            older[version] = yaml.safe_load(text)
    if not older:
        parser.error("give --spec VERSION=PATH or --mirror")
    current = load(CURRENT[1])
    used = used_operations()
    print(f"Operations the adapter calls: {len(used)}; compared with CVAT {CURRENT[0]}.\n")
    titles = {
        "missing operations": "operations the server lacks",
        "omitted": "required response fields the server does not send",
        "unknown": "request fields the server does not know",
    }
    print("| CVAT | " + " | ".join(titles.values()) + " |")
    print("| --- |" + " --- |" * len(titles))
    for version in sorted(older, key=lambda v: tuple(map(int, v.split(".")))):
        report = compare(current, older[version], used)
        cells = [", ".join(f"`{x}`" for x in report[key]) or "none" for key in titles]
        print(f"| {version} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
