"""Keep the translations in step with the sources.

    python scripts/translations.py update          # all of the below, then status
    python scripts/translations.py ui              # resources/translations/*.ts from the source
    python scripts/translations.py release         # compile the .ts files into .qm (lrelease)
    python scripts/translations.py pack            # resources/packs/i18n/<pack>.<lang>.json
    python scripts/translations.py todo LANG       # untranslated UI texts as JSON {source: ""}
    python scripts/translations.py fill LANG FILE  # put a JSON {source: translation} into LANG
    python scripts/translations.py check LANG      # placeholders, mnemonics, tags kept?
    python scripts/translations.py status          # what is left to translate, per language

The window's texts are found in ``reseller_app/ui`` (``scripts/ui_strings.py``), the texts of the
domain and the services (context "Services") in their source (``scripts/service_strings.py``).
Translators may also edit the ``.ts`` files with Qt Linguist (``pyside6-linguist``).

Each file keeps the source text beside its translation; a translation whose source changed is
dropped when the file is refreshed (and ignored by the app until then).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import json  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402

from reseller_app.domain.pack_texts import dump_texts, parse_texts  # noqa: E402
from reseller_app.domain.packs import load_pack  # noqa: E402
from scripts import service_strings, ui_strings  # noqa: E402

LANGUAGES = ("es", "fr", "pt", "de")
PACK = ROOT / "resources" / "packs" / "default-pack.json"
PACK_TEXTS = ROOT / "resources" / "packs" / "i18n"
TRANSLATIONS = ROOT / "resources" / "translations"
SERVICES = "Services"


# -- the window's texts (.ts / .qm) ----------------------------------------------------------------
def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"channel_diligence_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def sources() -> dict[str, list[str]]:
    """context -> its source texts (sorted), from the code as it is now."""
    out: dict[str, set[str]] = {}
    for m in ui_strings.messages():
        out.setdefault(m.context, set()).add(m.source)
    for text, _file, _line in service_strings.messages():
        out.setdefault(SERVICES, set()).add(text)
    return {ctx: sorted(texts) for ctx, texts in sorted(out.items())}


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation ("" when unfinished)."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished", "obsolete", "vanished")
            out[(name, message.findtext("source") or "")] = (
                (translation.text or "") if done and translation is not None else "")
    return out


def render_ts(language: str, translations: dict[tuple[str, str], str]) -> str:
    """The .ts file for the current sources; a text translated in another context is reused."""
    by_source = {src: tr for (_ctx, src), tr in translations.items() if tr}
    root = ET.Element("TS", version="2.1", language=language)
    for ctx, texts in sources().items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for src in texts:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = src
            done = translations.get((ctx, src)) or by_source.get(src, "")
            translation = ET.SubElement(message, "translation")
            if done:
                translation.text = done
            else:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def refresh_ui() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        path = ts_path(lang)
        path.write_text(render_ts(lang, read_ts(path)), encoding="utf-8")
        print(path.relative_to(ROOT))


def release() -> None:
    for lang in LANGUAGES:
        subprocess.run(["pyside6-lrelease", "-silent", str(ts_path(lang)), "-qm",
                        str(qm_path(lang))], check=True)
        print(qm_path(lang).relative_to(ROOT))


def todo(language: str) -> None:
    translations = read_ts(ts_path(language))
    left = sorted({src for key, src in ((k, k[1]) for k in translations) if
                   not translations[key]})
    print(json.dumps({src: "" for src in left}, ensure_ascii=False, indent=1))


def fill(language: str, file: Path) -> None:
    given = json.loads(file.read_text(encoding="utf-8"))
    translations = read_ts(ts_path(language))
    for key in translations:
        if given.get(key[1]):
            translations[key] = given[key[1]]
    ts_path(language).write_text(render_ts(language, translations), encoding="utf-8")


PLACEHOLDER = re.compile(r"\{[a-z0-9_]*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics (&x, not &&) a text has."""
    return len(re.findall(r"(?<!&)&(?!&)(?=\w)", text.replace("&&", "")))


def problems(source: str, translation: str) -> list[str]:
    """What a translation breaks: placeholders, mnemonics, HTML tags, line breaks."""
    out = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        out.append("placeholders differ")
    if mnemonics(source) != mnemonics(translation):
        out.append("needs exactly as many &-mnemonics as the source")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        out.append("HTML tags differ")
    if source.count("\n") != translation.count("\n"):
        out.append("line breaks differ")
    return out


def check(language: str) -> int:
    bad = 0
    for (ctx, src), tr in sorted(read_ts(ts_path(language)).items()):
        for problem in problems(src, tr) if tr else []:
            bad += 1
            print(f"{language} [{ctx}] {src[:60]!r}: {problem}")
    return 1 if bad else 0


def ui_left(language: str) -> int:
    current = read_ts(ts_path(language))
    return sum(1 for ctx, texts in sources().items() for src in texts
               if not current.get((ctx, src)))


def pack_texts_path(pack_id: str, language: str) -> Path:
    return PACK_TEXTS / f"{pack_id}.{language}.json"


def refresh_pack() -> None:
    pack = load_pack(PACK.read_bytes()).pack
    PACK_TEXTS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        path = pack_texts_path(pack.id, lang)
        old = parse_texts(path.read_bytes()) if path.exists() else None
        path.write_text(dump_texts(pack, lang, old), encoding="utf-8")
        print(f"{path.relative_to(ROOT)}")


def status() -> int:
    pack = load_pack(PACK.read_bytes()).pack
    left = 0
    for lang in LANGUAGES:
        path = pack_texts_path(pack.id, lang)
        missing = parse_texts(path.read_bytes()).missing(pack) if path.exists() else ["(no file)"]
        ui = ui_left(lang)
        left += len(missing) + ui
        print(f"{lang}: window texts left {ui}, pack texts left {len(missing)}")
    return 1 if left else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    if command == "pack":
        refresh_pack()
        return 0
    if command == "status":
        return status()
    if command == "ui":
        refresh_ui()
        return 0
    if command == "release":
        release()
        return 0
    if command == "update":
        refresh_ui()
        refresh_pack()
        release()
        return status()
    if command == "check" and len(argv) == 2:
        return check(argv[1])
    if command == "todo" and len(argv) == 2:
        todo(argv[1])
        return 0
    if command == "fill" and len(argv) == 3:
        fill(argv[1], Path(argv[2]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
