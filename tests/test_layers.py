"""The layers, enforced: every import in ``reseller_app/`` read with ``ast`` and held against the
order ``domain < store, reports < services < ui, cli`` (docs/architecture.md, "Layers").

Every import counts: at the top of a module, inside a function, and under ``TYPE_CHECKING``
(a type is a dependency too). No import cycles: none among top-level imports, and none hidden
by moving one side's import into a function (``TYPE_CHECKING`` never runs, so it does not
count). An import kept inside a function says why in a comment.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "reseller_app"

# Which layers each layer may import (its own is always allowed). ``store`` and ``reports`` are
# siblings: both build on the domain and neither knows the other (a PDF is made from domain
# objects, not from rows). ``root`` is ``reseller_app/__init__.py`` (the name and version) and
# ``resources`` the data files: anyone may read those.
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "store": {"domain"},
    "reports": {"domain"},
    "services": {"domain", "store", "reports"},
    "ui": {"services", "domain"},
    "cli": {"services", "domain"},
    "main": {"cli"},  # ``python -m reseller_app``
}
EVERYONE = {"root", "resources"}
# The ``cli`` layer's modules: ``cli`` (the parser, the dispatch, the desktop app's start),
# ``cli_common`` (what it shares with the handlers) and ``cli_commands`` (the handlers).
CLI_MODULES = {"cli", "cli_common", "cli_commands", "cli_distributor", "cli_approvals", "cli_lists",
               "cli_reminders"}

# Arrows against the order that are there on purpose, as (importing module, imported module).
KNOWN: dict[tuple[str, str], str] = {
    # The one door from the terminal to the desktop: ``reseller-app`` with no command starts the
    # window (cli.run_gui), and ``--self-test`` / ``--probe-display`` draw it offscreen. Late
    # imports, so the commands work where PySide6 is not installed.
    ("reseller_app.cli", "reseller_app.ui.app"): "cli starts the desktop app",
    ("reseller_app.cli", "reseller_app.ui.self_test"): "cli --self-test checks the window",
}


@dataclass(frozen=True)
class Arrow:
    source: str  # the importing module, dotted
    target: str  # the imported module, dotted
    line: int
    where: str  # "top", "function" or "type-checking"

    def __str__(self) -> str:
        return f"{self.source} -> {self.target} (line {self.line}, {self.where})"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))
            if "resources" not in p.relative_to(PACKAGE).parts[:1]}


def _targets(node: ast.Import | ast.ImportFrom, source: str, is_package: bool,
             known: set[str]) -> Iterator[str]:
    """The modules of ours one import statement loads: ``from a.b import c`` is ``a.b.c``
    when ``c`` is a module, else ``a.b``."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        if node.level:
            base = source.split(".")
            if not is_package:
                base.pop()
            base = base[: len(base) - node.level + 1]
            name = ".".join(base + ([node.module] if node.module else []))
        else:
            name = node.module or ""
        names = []
        for alias in node.names:
            full = f"{name}.{alias.name}"
            names.append(full if full in known else name)
    for name in names:
        if name == "reseller_app" or name.startswith("reseller_app."):
            while name not in known and "." in name:  # reseller_app.resources.packs etc.
                name = name.rsplit(".", 1)[0]
            yield name


def _walk(node: ast.AST, where: str) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, where
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            yield from _walk(child, "function" if where == "top" else where)
        elif isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
            yield from _walk(child, "type-checking")
        else:
            yield from _walk(child, where)


def arrows() -> list[Arrow]:
    found = modules()
    known = set(found)
    out = []
    for source, path in found.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node, where in _walk(tree, "top"):
            for target in dict.fromkeys(_targets(node, source, path.name == "__init__.py",
                                                 known)):
                if target != source:
                    out.append(Arrow(source, target, node.lineno, where))
    return out


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "root"
    if parts[1] == "__main__":
        return "main"
    if parts[1] in CLI_MODULES:  # cli_common, cli_commands, cli_distributor: the command line
        return "cli"
    return parts[1]


def test_every_module_has_a_layer() -> None:
    layers = set(ALLOWED) | EVERYONE
    assert [m for m in modules() if layer(m) not in layers] == []


def test_no_import_against_the_layers() -> None:
    wrong = [str(a) for a in arrows()
             if layer(a.target) != layer(a.source) and layer(a.target) not in EVERYONE
             and layer(a.target) not in ALLOWED[layer(a.source)]
             and (a.source, a.target) not in KNOWN]
    assert wrong == [], "imports against domain < store, reports < services < ui, cli:\n" + \
        "\n".join(wrong)


def test_known_exceptions_are_still_there() -> None:
    """An exception that no longer happens is taken out of KNOWN, so it cannot come back."""
    seen = {(a.source, a.target) for a in arrows()}
    assert [pair for pair in KNOWN if pair not in seen] == []


NOT_YET_COMMENTED: set[str] = set()  # every module says why it imports late


def _late_groups(tree: ast.Module) -> Iterator[list[ast.stmt]]:
    """Runs of import statements inside functions (not under TYPE_CHECKING)."""
    inside: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            inside.update((id(inner), inner) for inner in ast.walk(node))
    for inner in inside.values():
        if isinstance(inner, ast.If) and "TYPE_CHECKING" in ast.unparse(inner.test):
            continue
        for field in ("body", "orelse", "finalbody"):
            body = getattr(inner, field, None)
            if isinstance(body, list):
                run: list[ast.stmt] = []
                for stmt in [*body, None]:
                    if isinstance(stmt, ast.Import | ast.ImportFrom):
                        run.append(stmt)
                    elif run:
                        yield run
                        run = []


def test_every_late_import_says_why() -> None:
    """An import inside a function has a comment on its line or the line above its run:
    start-up time, an optional library, a module that loads with its dialog."""
    silent = []
    for name, path in modules().items():
        if name in NOT_YET_COMMENTED:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for run in _late_groups(ast.parse("\n".join(lines))):
            first, last = run[0].lineno, run[-1].end_lineno or run[-1].lineno
            if not any("#" in line for line in lines[first - 2:last]):
                silent.append(f"{name}:{first}: {lines[first - 1].strip()}")
    assert silent == [], "late imports without a comment saying why:\n" + "\n".join(silent)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _graph(*where: str) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in modules()}
    for a in arrows():
        if a.where in where:
            graph[a.source].add(a.target)
    return graph


def test_no_import_cycles() -> None:
    assert _cycles(_graph("top")) == []


# Cycles that run only because one side imports inside a function. None is wanted: a module
# that needs another late to break a loop shows two modules that are really one, or a piece
# that belongs below both.
KNOWN_LATE_CYCLES: list[list[str]] = []


def test_no_cycles_hidden_in_functions() -> None:
    assert _cycles(_graph("top", "function")) == KNOWN_LATE_CYCLES


@pytest.mark.parametrize(("graph", "expected"), [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"a"}, "c": {"a"}}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"d"}}, [["a", "b", "c"]]),
])
def test_cycle_finder(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert _cycles(graph) == expected


def test_walker_sees_every_kind_of_import() -> None:
    """The walker finds late and TYPE_CHECKING imports, not only the top of a module."""
    tree = ast.parse(
        "import a\n"
        "if TYPE_CHECKING:\n    import b\n"
        "def f():\n    import c\n    if x:\n        import d\n"
        "class K:\n    def m(self):\n        from e import f\n"
    )
    assert [(n.lineno, where) for n, where in _walk(tree, "top")] == [
        (1, "top"), (3, "type-checking"), (5, "function"), (7, "function"), (10, "function")]
