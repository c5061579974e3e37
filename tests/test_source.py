"""The source itself, read as text: faults no linter we run catches."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import briefing

SOURCE = Path(briefing.__file__).parent


def _bound_twice(module: Path) -> list[str]:
    """The names a module binds more than once at its top level (constants, functions,
    classes): the later binding silently replaces the earlier."""
    names: Counter[str] = Counter()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_binds_a_name_twice() -> None:
    # Two regexes of one name in periods.py once made a rule read "any 'from' before the
    # number" where it was written to read "'from' right before it".
    twice = {
        str(module.relative_to(SOURCE)): names
        for module in sorted(SOURCE.rglob("*.py"))
        if (names := _bound_twice(module))
    }
    assert twice == {}


def test_the_check_finds_a_name_bound_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import re\nA = re.compile('a')\nB = 1\nA = re.compile('b')\n")
    assert _bound_twice(module) == ["A"]
