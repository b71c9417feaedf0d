"""Keep the Chinese translation in step with the code.

    .venv/bin/python scripts/translations.py update    # collect new source texts into the .ts
    .venv/bin/python scripts/translations.py release   # compile the .ts into the .qm the app loads
    .venv/bin/python scripts/translations.py check     # fail if anything is new or untranslated

Source texts are English (``self.tr(...)``, ``QCoreApplication.translate(...)`` and the
services' ``QT_TRANSLATE_NOOP(...)`` messages); Qt's lupdate finds them in the Python files.
Edit translations in ``desk/resources/translations/desk_zh_CN.ts`` with Qt Linguist
(``.venv/bin/pyside6-linguist``) or any text editor. Beside it,
``qtbase_supplement_zh_CN.ts`` holds Chinese for Qt's own texts that Qt's catalogue
(``qtbase_zh_CN.qm`` in PySide6) lacks; it is edited by hand, never by ``update``, and
``release`` and ``check`` treat it like the desk's own. The .ts and .qm files live in the
package so that ``pip install .`` ships the .qm (``desk.resources``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "desk" / "resources" / "translations" / "desk_zh_CN.ts"
QM = TS.with_suffix(".qm")
SUPPLEMENT_TS = TS.with_name("qtbase_supplement_zh_CN.ts")
CATALOGUES = (TS, SUPPLEMENT_TS)
BIN = Path(sys.executable).parent


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "desk").rglob("*.py") if "migrations" not in p.parts)


def _tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def lupdate(target: Path) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
         "-target-language", "zh_CN", "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )


def release(ts: Path = TS, target: Path | None = None) -> None:
    target = target or ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(target)], check=True,
                   capture_output=True)


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


_NOOP_CALL = re.compile(r"QT_TRANSLATE_NOOP\(\s*([^\s,]+)\s*,")
# Ways to hide a text from lupdate: an alias of translate, tr handed around as a value, or
# another object's tr().
_HIDDEN = re.compile(r"=\s*QCoreApplication\.translate\b(?!\()|\.tr\b(?!\()|"
                     r"\b(?!self\b)[a-z_]+\.tr\(")


def problems() -> list[str]:
    found: list[str] = []
    # lupdate only collects calls whose context is a written-out string literal.
    for path in sources():
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if _HIDDEN.search(line.split("#", 1)[0]):
                found.append(f"{path.relative_to(ROOT)}:{number}: lupdate cannot see this "
                             f"translation: {line.strip()}")
        for context in _NOOP_CALL.findall(text):
            if not context.startswith('"') and path.name != "errors.py":
                found.append(f"{path.relative_to(ROOT)}: QT_TRANSLATE_NOOP({context}, ...) "
                             "needs a literal context for lupdate")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        shutil.copy(TS, fresh)
        lupdate(fresh)
        current, wanted = messages(TS), messages(fresh)
    for key in sorted(wanted):
        if not key[0][:1].isupper():
            # tr passed around as a function, or parent.tr(): lupdate files the text under a
            # context the running program never asks for, so it would stay English.
            found.append(f"text collected under context {key[0]!r}: use a literal context: "
                         f"{key[1]!r}")
    for key in sorted(set(wanted) - set(current)):
        found.append(f"not yet in the .ts (run update): {key}")
    for key in sorted(set(current) - set(wanted)):
        found.append(f"obsolete in the .ts (run update): {key}")
    found.extend(untranslated(TS))
    found.extend(f"{SUPPLEMENT_TS.name}: {problem}" for problem in untranslated(SUPPLEMENT_TS))
    with tempfile.TemporaryDirectory() as tmp:
        for ts in CATALOGUES:
            compiled = Path(tmp) / ts.with_suffix(".qm").name
            release(ts, compiled)
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                found.append(f"{qm.name} does not match {ts.name} (run release)")
    return found


def untranslated(ts: Path) -> list[str]:
    """Messages without a finished translation, or whose placeholders differ."""
    found: list[str] = []
    for key, message in sorted(messages(ts).items()):
        translation = message.find("translation")
        assert translation is not None
        texts = [n.text or "" for n in translation.iter("numerusform")] or [
            translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            found.append(f"untranslated: {key}")
            continue
        wanted_names = set(_PLACEHOLDER.findall(key[1]))
        for text in texts:
            if wanted_names != set(_PLACEHOLDER.findall(text)):
                found.append(f"placeholders differ: {key} -> {text!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        lupdate(TS)
        print(f"updated {TS.relative_to(ROOT)}")
    elif command == "release":
        for ts in CATALOGUES:
            release(ts)
            print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")
    elif command == "check":
        found = problems()
        for line in found:
            print(line)
        print("translations: complete" if not found else f"translations: {len(found)} problems")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
