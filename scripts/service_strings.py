"""The texts the services and the domain show to people, found by reading the source (no import).

    python scripts/service_strings.py            # every template, then what bypasses t()

A text for people is written as ``t("English template with {named} placeholders", named=...)``
(``reseller_app/domain/texts.py``); the translations scripts and the tests find the templates
here. Reported as bypassing translation:

- ``raise Name(...)`` whose message is a literal or f-string with words instead of ``t(...)``,
  for ``Name`` ending in ``Error``, ``NotFound``, ``Needed`` or ``Failed``, or a subclass of
  ``ServiceError`` defined in these folders (for the ``(field, message)`` exceptions, such as
  ``ValidationError``, the message is the second argument; the field is an identifier);
- a ``t(...)`` whose text is not a plain literal (the scanner, and Qt, could not look it up).

``ALLOWED`` lists the few raises that are left in English on purpose, each with the reason.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "reseller_app" / "services", ROOT / "reseller_app" / "domain")
TEXTS_MODULE = "reseller_app.domain.texts"
WORDS = re.compile(r"[A-Za-z]{2,}")
USER_ERROR_SUFFIXES = ("Error", "NotFound", "Needed", "Failed")
# Exceptions whose first argument names the field and whose second is the message.
FIELD_FIRST = frozenset({"ValidationError"})

# (file under reseller_app/, enclosing function or "*", exception) -> why it stays English.
ALLOWED: dict[tuple[str, str, str], str] = {
    ("services/party_index.py", "check_party", "NameUncheckable"):
        "the message is the matcher's NameNotCheckable text, already in the user's words: the "
        "domain writes it with t() (domain/sanctions/matching.py)",
    ("services/mail.py", "*", "SendFailed"):
        "the reason is stored in the outbox and the audit log as the record of what the mail "
        "server did (data, kept in English); the outbox shows it as the server's words",
    ("domain/mail_providers.py", "*", "ValueError"):
        "validation of the shipped provider table (resources/mail/providers.json): a packaging "
        "error for developers, technical",
    ("services/self_test.py", "*", "RuntimeError"):
        "self-test diagnostics, printed by the command line only (which never translates)",
    ("domain/packs.py", "load_pack", "PackError"):
        "criteria pack validation: cites JSON paths and pydantic's reasons (technical); "
        "domain/packs.py is outside this pass",
    ("domain/screening.py", "phrase_pattern", "ValueError"):
        "a criteria pack's phrase without words: a pack authoring error, technical",
    ("domain/pack_texts.py", "parse_texts", "ValueError"):
        "a broken translations file: the services catch it and keep the pack's own words",
    ("domain/packets.py", "parse_manifest", "ValueError"):
        "caught at once and raised again as PacketFileError with a translated sentence",
    ("domain/policy.py", "_consistent", "ValueError"):
        "policy template schema detail naming field ids (technical); it reaches a user only "
        "inside the translated 'policy template, {where}: {problem}'",
    ("domain/policy.py", "_complete", "ValueError"):
        "policy template schema detail naming section and field ids (technical); it reaches "
        "a user only inside the translated 'policy template, {where}: {problem}'",
}


@dataclass(frozen=True, slots=True)
class Template:
    """One ``t("...")`` call: its text, where it is, and the names of the params it passes."""

    text: str
    file: str
    line: int
    params: tuple[str, ...] | None  # None: the call passes ``**mapping`` (names unknown)


def _files(folders: Sequence[Path]) -> Iterator[Path]:
    for folder in folders:
        yield from sorted(folder.rglob("*.py"))  # with the subpackages (domain/sanctions)


def _relative(path: Path, base: Path) -> str:
    return path.relative_to(base).as_posix() if path.is_relative_to(base) else path.name


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _literal_words(node: ast.AST | None) -> str | None:
    """The literal text of a string, an f-string or a ``+`` of them, if it holds words."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [_literal_words(node.left), _literal_words(node.right)]
        text = "".join(p for p in parts if p)
    else:
        return None
    return text if WORDS.search(text) else None


def _t_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Local names bound to ``texts.t`` / ``texts.mark`` and to the ``texts`` module."""
    functions, modules = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == TEXTS_MODULE:
            functions |= {a.asname or a.name for a in node.names if a.name in ("t", "mark")}
        elif isinstance(node, ast.ImportFrom) and node.module == "reseller_app.domain":
            modules |= {a.asname or a.name for a in node.names if a.name == "texts"}
    return functions, modules


def _is_t(node: ast.Call, functions: set[str], modules: set[str]) -> bool:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id in functions
    return isinstance(f, ast.Attribute) and f.attr in ("t", "mark") and \
        isinstance(f.value, ast.Name) and f.value.id in modules


def _classes(folders: Sequence[Path]) -> tuple[set[str], set[str]]:
    """(ServiceError and its subclasses, exceptions built as ``(field, message)``) defined in
    the scanned folders."""
    bases: dict[str, set[str]] = {}
    field_first = set(FIELD_FIRST)
    for path in _files(folders):
        for node in ast.walk(_parse(path)):
            if not isinstance(node, ast.ClassDef):
                continue
            bases[node.name] = {_name(b) for b in node.bases}
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    args = [a.arg for a in item.args.args]
                    if args[1:3] == ["field", "message"]:
                        field_first.add(node.name)
    service = {"ServiceError"}
    grew = True
    while grew:
        more = {name for name, b in bases.items() if b & service} - service
        service |= more
        grew = bool(more)
    return service, field_first


class _Visitor(ast.NodeVisitor):
    def __init__(self, file: str, key: str, functions: set[str], modules: set[str],
                 service: set[str], field_first: set[str]) -> None:
        self.file = file  # as reported: relative to the repository
        self.key = key  # as in ALLOWED: relative to reseller_app/
        self.functions, self.modules = functions, modules
        self.service, self.field_first = service, field_first
        self.scope: list[str] = []
        self.templates: list[Template] = []
        self.bypasses: list[tuple[str, int, str]] = []

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function

    def visit_Call(self, node: ast.Call) -> None:
        if _is_t(node, self.functions, self.modules):
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names = tuple(k.arg for k in node.keywords if k.arg is not None)
                double_star = any(k.arg is None for k in node.keywords)
                self.templates.append(Template(first.value, self.file, node.lineno,
                                               None if double_star else names))
            else:
                self.bypasses.append((self.file, node.lineno,
                                      "t() text is not a plain string literal"))
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        call = node.exc
        if isinstance(call, ast.Call):
            name = _name(call.func)
            if name.endswith(USER_ERROR_SUFFIXES) or name in self.service:
                self._check_raise(node, call, name)
        self.generic_visit(node)

    def _check_raise(self, node: ast.Raise, call: ast.Call, name: str) -> None:
        keywords = {k.arg: k.value for k in call.keywords if k.arg}
        if name in self.field_first:
            message = call.args[1] if len(call.args) > 1 else keywords.get("message")
        else:
            message = call.args[0] if call.args else \
                keywords.get("message", keywords.get("reason"))
        shown = _literal_words(message)
        if shown is None:
            return
        function = self.scope[-1] if self.scope else "<module>"
        if (self.key, function, name) in ALLOWED or (self.key, "*", name) in ALLOWED:
            return
        self.bypasses.append((self.file, node.lineno, f"{name}({shown[:50]!r})"))


def _scan(folders: Sequence[Path]) -> list[_Visitor]:
    service, field_first = _classes(folders)
    visitors = []
    for path in _files(folders):
        tree = _parse(path)
        functions, modules = _t_names(tree)
        visitor = _Visitor(_relative(path, ROOT), _relative(path, ROOT / "reseller_app"),
                           functions, modules, service, field_first)
        visitor.visit(tree)
        visitors.append(visitor)
    return visitors


def templates(folders: Sequence[Path] = FOLDERS) -> list[Template]:
    """Every ``t("literal")`` call with the names of the params it passes."""
    return [m for v in _scan(folders) for m in v.templates]


def messages(folders: Sequence[Path] = FOLDERS) -> list[tuple[str, str, int]]:
    """(text, file, line) of every ``t("literal")`` call in the services and the domain."""
    return [(m.text, m.file, m.line) for m in templates(folders)]


def bypasses(folders: Sequence[Path] = FOLDERS) -> list[tuple[str, int, str]]:
    """(file, line, what) of every user-facing message that does not go through ``t``."""
    return [b for v in _scan(folders) for b in v.bypasses]


def main() -> int:
    found = messages()
    for text, file, line in found:
        print(f"{file}:{line}: {text}")
    left = bypasses()
    for file, line, what in left:
        print(f"BYPASS {file}:{line}: {what}")
    print(f"{len(found)} texts ({len({m[0] for m in found})} distinct), {len(left)} bypasses",
          file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
