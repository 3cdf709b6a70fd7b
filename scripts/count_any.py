"""Count the function signatures of the handwritten package that mention ``Any``.

A signature counts once when any parameter or its return annotation names ``Any``
(``typing.Any`` or ``Any`` inside a subscript). Issue 21 bounds it below 60;
tests/unit/test_architecture.py keeps it there. Usage: ``python scripts/count_any.py [-v]``.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "adapter" / "fiftyone_cvat"


def _names_any(node: ast.AST | None) -> bool:
    return node is not None and any(
        (isinstance(n, ast.Name) and n.id == "Any")
        or (isinstance(n, ast.Attribute) and n.attr == "Any")
        or (isinstance(n, ast.Constant) and isinstance(n.value, str) and "Any" in n.value)
        for n in ast.walk(node)
    )


def signatures(package: Path = PACKAGE) -> tuple[int, list[str]]:
    """(number of function signatures, those that mention ``Any`` as ``path:line name``)."""
    total, with_any = 0, []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                total += 1
                args = node.args
                params = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
                if _names_any(node.returns) or any(
                    p is not None and _names_any(p.annotation) for p in params
                ):
                    where = path.relative_to(package).as_posix()
                    with_any.append(f"{where}:{node.lineno} {node.name}")
    return total, with_any


def main() -> None:
    total, with_any = signatures()
    if "-v" in sys.argv:
        print("\n".join(with_any))
    print(f"Any in {len(with_any)} of {total} function signatures")


if __name__ == "__main__":
    main()
