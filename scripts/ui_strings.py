"""The user interface's translatable strings, found by reading ``reseller_app/ui`` (no import).

Translation calls it recognises, with the context Qt looks the text up in:

- ``self.tr("...")`` (or ``cls.tr`` / ``SomeClass.tr``) inside ``class C``: context ``C``
  (PySide6 tries the object's class, then its bases, so a base class's text is found);
- ``QCoreApplication.translate("Ctx", "...")``;
- calls of a function or a class's static ``tr`` that only returns
  ``QCoreApplication.translate("Ctx", <its argument>)``: context ``Ctx``;
- ``QT_TRANSLATE_NOOP("Ctx", "...")``: a text marked here and translated where it is shown.

It also reports what bypasses translation: a literal or f-string with words passed straight to
a Qt call that shows text to the user (``setText``, ``QLabel(...)``, ``addItem``, ...), and a
translation call whose text is not a plain literal (Qt cannot look up an f-string).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent.parent / "reseller_app" / "ui"

# Qt calls whose string arguments the user reads.
SHOWN = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "setSubTitle", "setLabelText", "addItem", "addItems", "insertItem", "addTab", "insertTab",
    "setTabText", "setTabToolTip", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setButtonText", "showMessage", "setPrefix", "setSuffix", "setSpecialValueText",
    "information", "warning", "critical", "question", "about", "getText", "getItem",
    "addMenu", "addAction", "setInformativeText", "setDetailedText", "addButton",
    "setHtml", "setMarkdown", "setPlainText", "setCheckBoxText", "setFinalText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QCommandLinkButton", "QMessageBox",
})
WORDS = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    file: str
    line: int


@dataclass(frozen=True, slots=True)
class Bypass:
    file: str
    line: int
    what: str


def _translate_context(node: ast.AST) -> str | None:
    """``"Ctx"`` if ``node`` is ``QCoreApplication.translate("Ctx", ...)``."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate" and node.args
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
        return node.args[0].value
    return None


def _helper_context(fn: ast.FunctionDef) -> str | None:
    """The context of a one-argument helper that only returns ``translate("Ctx", arg)``."""
    args = [a.arg for a in fn.args.args if a.arg not in ("self", "cls")]
    if len(args) != 1 or len(fn.body) != 1 or not isinstance(fn.body[0], ast.Return):
        return None
    call = fn.body[0].value
    ctx = _translate_context(call) if call is not None else None
    if ctx is not None and len(call.args) >= 2 and isinstance(call.args[1], ast.Name) \
            and call.args[1].id == args[0]:  # type: ignore[union-attr]
        return ctx
    return None


def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


LOGGERS = frozenset({"log", "logger", "_log", "logging"})  # their messages are for the log file


def _on_logger(node: ast.Call) -> bool:
    """``log.warning("...")``: a message for the log, not for the user."""
    f = node.func
    return isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and \
        f.value.id in LOGGERS


def _call_name(node: ast.Call) -> str:
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


class _Visitor(ast.NodeVisitor):
    def __init__(self, file: str, helpers: dict[str, str]) -> None:
        self.file = file
        self.helpers = helpers  # module helper name -> context
        self.classes: list[tuple[str, str | None]] = []  # (name, static tr context)
        self.messages: list[Message] = []
        self.bypasses: list[Bypass] = []
        self.functions: list[bool] = []  # is each enclosing function a translation helper
        self.constants_marked: set[str] = set()  # NAME = QT_TRANSLATE_NOOP(...)
        self.constants_used: list[tuple[str, str, int]] = []  # translate(ctx, NAME)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(_helper_context(node) is not None)
        self.generic_visit(node)
        self.functions.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        own_tr = next((_helper_context(b) for b in node.body
                       if isinstance(b, ast.FunctionDef) and b.name == "tr"), None)
        self.classes.append((node.name, own_tr))
        self.generic_visit(node)
        self.classes.pop()

    def _message_context(self, node: ast.Call) -> tuple[str | None, ast.AST | None]:
        """(context, text node) when ``node`` is a translation call."""
        ctx = _translate_context(node)
        if ctx is not None:
            return ctx, node.args[1] if len(node.args) > 1 else None
        f = node.func
        if isinstance(f, ast.Name) and f.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
            return _text(node.args[0]), node.args[1]
        if isinstance(f, ast.Attribute) and f.attr == "tr" and not self.classes:
            self.bypasses.append(Bypass(self.file, node.lineno, "tr() outside a class: Qt "
                                        "looks it up in the object's class, not known here"))
            return None, None
        if isinstance(f, ast.Attribute) and f.attr == "tr" and self.classes:
            name, own = self.classes[-1]
            owner = f.value
            if isinstance(owner, ast.Name) and owner.id not in ("self", "cls", name):
                return owner.id, node.args[0] if node.args else None
            return own or name, node.args[0] if node.args else None
        if isinstance(f, ast.Name) and f.id in self.helpers:
            return self.helpers[f.id], node.args[0] if node.args else None
        return None, None

    def _allowed_variable(self, context: str, arg: ast.AST) -> bool:
        """A variable text is fine in a helper's body, as a constant marked with
        QT_TRANSLATE_NOOP (ALL_CAPS), or in context "Services" (texts the domain and the
        services mark, extracted from their source by scripts/service_strings.py)."""
        if (self.functions and self.functions[-1]) or context == "Services":
            return True
        if isinstance(arg, ast.Name) and arg.id.isupper():
            self.constants_used.append((arg.id, self.file, getattr(arg, "lineno", 0)))
            return True
        return False

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                and value.func.id == "QT_TRANSLATE_NOOP"):
            self.constants_marked.update(t.id for t in node.targets if isinstance(t, ast.Name))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        ctx, arg = self._message_context(node)
        if ctx is not None:
            text = _text(arg)
            if text is not None:
                self.messages.append(Message(ctx, text, self.file, node.lineno))
            elif arg is not None and not self._allowed_variable(ctx, arg):
                self.bypasses.append(Bypass(self.file, node.lineno,
                                            "translated text is not a plain literal"))
        elif _call_name(node) in SHOWN and not _on_logger(node):
            shown_args = [*node.args, *(k.value for k in node.keywords)]
            if _call_name(node) in ("addItem", "insertItem"):  # (icon,) text, data: only text
                shown_args = node.args[1:2] if len(node.args) >= 3 else node.args[:1]
            for a in shown_args:
                shown = _text(a)
                if shown is None and isinstance(a, ast.JoinedStr):
                    shown = "".join(v.value for v in a.values if isinstance(v, ast.Constant))
                if shown is not None and WORDS.search(shown):
                    self.bypasses.append(Bypass(self.file, node.lineno,
                                                f"{_call_name(node)}({shown[:50]!r})"))
        self.generic_visit(node)


def _scan(path: Path) -> _Visitor:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    methods = {id(b) for n in ast.walk(tree) if isinstance(n, ast.ClassDef) for b in n.body}
    helpers = {n.name: c for n in ast.walk(tree)
               if isinstance(n, ast.FunctionDef) and id(n) not in methods
               for c in [_helper_context(n)] if c is not None}
    visitor = _Visitor(path.name, helpers)
    visitor.visit(tree)
    return visitor


def _files(folder: Path) -> Iterator[Path]:
    yield from sorted(folder.glob("*.py"))


def messages(folder: Path = UI_DIR) -> list[Message]:
    return [m for path in _files(folder) for m in _scan(path).messages]


def bypasses(folder: Path = UI_DIR) -> list[Bypass]:
    scans = [_scan(path) for path in _files(folder)]
    marked = {name for v in scans for name in v.constants_marked}
    unmarked = [Bypass(file, line, f"{name} is translated but not marked with "
                                   "QT_TRANSLATE_NOOP") for v in scans
                for name, file, line in v.constants_used if name not in marked]
    return [b for v in scans for b in v.bypasses] + unmarked


def catalog(folder: Path = UI_DIR) -> dict[str, dict[str, list[Message]]]:
    """context -> source -> where it is used."""
    out: dict[str, dict[str, list[Message]]] = {}
    for m in messages(folder):
        out.setdefault(m.context, {}).setdefault(m.source, []).append(m)
    return out
