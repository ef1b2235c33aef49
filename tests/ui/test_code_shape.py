"""The UI is built from small widgets: no function or method in ``reseller_app/ui`` is longer
than ``MAX_LINES``. A screen too big for that becomes named parts (a ``QGroupBox`` subclass per
box, as ``decision_panel.OutcomeChoice``), the way qutebrowser's status bar is many small
widget classes.
"""

from __future__ import annotations

import ast
from pathlib import Path

import reseller_app.ui

UI_DIR = Path(reseller_app.ui.__file__).resolve().parent
MAX_LINES = 80


def long_functions(folder: Path = UI_DIR, max_lines: int = MAX_LINES) -> dict[str, int]:
    """``"file.py:Class.method"`` -> length in lines (decorators included), for every function
    or method longer than ``max_lines``."""
    found: dict[str, int] = {}

    def walk(node: ast.AST, file: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                length = (child.end_lineno or child.lineno) - first + 1
                if length > max_lines:
                    found[f"{file}:{prefix}{child.name}"] = length
                walk(child, file, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                walk(child, file, f"{prefix}{child.name}.")

    for path in sorted(folder.glob("*.py")):
        walk(ast.parse(path.read_text(encoding="utf-8")), path.name, "")
    return found


def test_no_function_in_the_ui_is_longer_than_80_lines() -> None:
    assert long_functions() == {}, (
        f"Longer than {MAX_LINES} lines: split them into small named widgets or methods")


def test_a_long_function_is_found(tmp_path: Path) -> None:
    """The check can fail: a method of 81 lines in a class is reported with its length."""
    body = "\n".join(f"        x{i} = {i}" for i in range(80))
    (tmp_path / "page.py").write_text(f"class Page:\n    def build(self):\n{body}\n",
                                      encoding="utf-8")
    (tmp_path / "short.py").write_text("def f():\n    return 1\n", encoding="utf-8")
    assert long_functions(tmp_path) == {"page.py:Page.build": 81}
