"""The package's shape, read from its source: no import cycle between modules, no
reading of another function's stack frame, and every patch of FiftyOne's functions
in the one module that says why it exists."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import grimp

PACKAGE = Path(__file__).resolve().parents[2] / "adapter" / "fiftyone_cvat"
HOOKS = PACKAGE / "plugin" / "fiftyone_hooks.py"


def import_cycles(package: str = "fiftyone_cvat") -> list[list[str]]:
    """The groups of modules that import each other in a loop (strongly connected
    components of the import graph, ``TYPE_CHECKING`` imports included)."""
    graph = grimp.build_graph(package)
    modules = graph.modules
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(start: str) -> None:  # Tarjan's algorithm, iterative
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        cycles.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                work.append((child, iter(edges[child])))
            elif child in stack:
                low[node] = min(low[node], index[child])

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return cycles


def test_no_import_cycle_between_modules() -> None:
    assert import_cycles() == []


def test_the_cycle_finder_sees_a_cycle(tmp_path: Path) -> None:
    pkg = tmp_path / "loop_pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from loop_pkg import b\n")
    (pkg / "b.py").write_text(
        "import typing\nif typing.TYPE_CHECKING:\n    from loop_pkg import a\n"
    )
    (pkg / "c.py").write_text("from loop_pkg import a\n")
    sys.path.insert(0, str(tmp_path))
    try:
        assert import_cycles("loop_pkg") == [["loop_pkg.a", "loop_pkg.b"]]
    finally:
        sys.path.remove(str(tmp_path))


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text(), str(path))


FRAME_ACCESS = {"currentframe", "_getframe", "f_back", "f_locals", "stack", "getouterframes"}


def test_no_code_reads_a_stack_frame() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{node.lineno} {node.attr}"
        for path, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in FRAME_ACCESS
    ]
    assert found == []


def _fiftyone_aliases(tree: ast.Module) -> set[str]:
    """Names a module binds to FiftyOne's modules (``import fiftyone.x as y``)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in {"fiftyone", "eta"}:
                    names.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in {
            "fiftyone",
            "eta",
        }:
            names.update(a.asname or a.name for a in node.names if a.name.islower())
    return names


def patches_of_fiftyone(path: Path, tree: ast.Module) -> list[str]:
    """Where a module assigns an attribute of a FiftyOne module (a patch)."""
    aliases = _fiftyone_aliases(tree)
    found = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and node.args
        ):
            targets = [ast.Attribute(value=node.args[0], attr="?")]
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id in aliases
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_every_patch_of_fiftyone_lives_in_the_hooks_module() -> None:
    outside = [
        where
        for path, tree in _modules()
        if path != HOOKS
        for where in patches_of_fiftyone(path, tree)
    ]
    assert outside == []
    # load_annotations, import_annotations, annotate()'s attribute scan
    assert len(patches_of_fiftyone(HOOKS, ast.parse(HOOKS.read_text()))) == 3


def _layer(module: str) -> str:
    """The layer a module belongs to (``domain``, ``cvat``, ``runs``...)."""
    return module.split(".")[1]


def shared_aliases_outside_their_place() -> list[str]:
    """Type aliases (``Name = Literal[...]``, ``Name = a | b``) that a module of another
    layer imports but that are not defined in ``domain/aliases.py``."""
    trees = {
        "fiftyone_cvat." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts): ast.parse(
            p.read_text()
        )
        for p in PACKAGE.rglob("*.py")
    }
    trees = {m.removesuffix(".__init__"): t for m, t in trees.items()}
    aliases = {
        (module, node.targets[0].id)
        for module, tree in trees.items()
        for node in tree.body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id[:1].isupper()
        and not node.targets[0].id.isupper()
        and isinstance(node.value, ast.Subscript | ast.BinOp)
    }
    found = set()
    for module, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for name in node.names:
                    key = (node.module, name.name)
                    if key in aliases and _layer(node.module) != _layer(module):
                        found.add(f"{node.module}.{name.name} (imported by {module})")
    return sorted(f for f in found if not f.startswith("fiftyone_cvat.domain.aliases."))


def test_shared_type_aliases_live_in_one_module() -> None:
    assert shared_aliases_outside_their_place() == []


def test_any_stays_in_few_signatures() -> None:
    """Typed boundaries: ``Any`` in fewer than 60 function signatures (issue 21's bound),
    counted by scripts/count_any.py."""
    sys.path.insert(0, str(PACKAGE.parents[1] / "scripts"))
    try:
        from count_any import signatures
    finally:
        sys.path.pop(0)
    total, with_any = signatures(PACKAGE)
    assert total > 500  # the counter sees the package
    assert len(with_any) < 60, "\n".join(with_any)
