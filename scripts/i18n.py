#!/usr/bin/env python3
"""Keep veerkracht_plugin/i18n/veerkracht_nl.ts in step with the source.

    python3 scripts/i18n.py update   # add new strings (unfinished), drop vanished ones
    python3 scripts/i18n.py check    # exit 1 if a string lacks a Dutch translation or placeholders differ
    python3 scripts/i18n.py todo > todo.json   # the untranslated strings as JSON {source: ""}
    python3 scripts/i18n.py fill todo.json     # merge translations from such a JSON file

Strings are the literal first arguments of ``tr(...)``, ``self.tr(...)``, ``N_(...)`` in
veerkracht_plugin/**/*.py. One context, ``Veerkracht``. Ordered by file, then first occurrence.
"""

import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "veerkracht_plugin"
TS_FILE = PLUGIN / "i18n" / "veerkracht_nl.ts"
CONTEXT = "Veerkracht"
MARKERS = {"tr", "N_"}
PLACEHOLDER = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*(?:[:!][^{}]*)?\}")


def extract():
    """Ordered dict: source text -> relative filename of its first occurrence."""
    found = []
    for path in sorted(PLUGIN.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            arg = node.args[0]
            if name in MARKERS and isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                found.append((str(path.relative_to(PLUGIN)), node.lineno, arg.value))
    found.sort()
    messages = {}
    for filename, _line, text in found:
        messages.setdefault(text, filename)
    return messages


def read_ts():
    if not TS_FILE.exists():
        return {}
    translations = {}
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        finished = element is not None and element.get("type") not in ("unfinished", "vanished", "obsolete")
        translations[source] = ((element.text or "") if element is not None else "", finished)
    return translations


def write_ts(messages, translations):
    root = ET.Element("TS", version="2.1", language="nl_NL", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, filename in messages.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../{filename}")
        ET.SubElement(message, "source").text = text
        translation, finished = translations.get(text, ("", False))
        element = ET.SubElement(message, "translation")
        element.text = translation
        if not (finished and translation):
            element.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    TS_FILE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(messages, translations):
    out = []
    for text in messages:
        translation, finished = translations.get(text, ("", False))
        if not translation or not finished:
            out.append(f"missing Dutch translation: {text!r}")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(translation)):
            out.append(f"placeholders differ: {text!r} -> {translation!r}")
    return out


def main(argv):
    command = argv[1] if len(argv) > 1 else "check"
    messages = extract()
    translations = read_ts()
    if command == "update":
        write_ts(messages, translations)
        missing = problems(messages, read_ts())
        print(f"{TS_FILE.relative_to(ROOT)}: {len(messages)} strings, {len(missing)} to translate")
        return 0
    if command == "todo":
        todo = {text: "" for text in messages if not translations.get(text, ("", False))[1]}
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    if command == "fill" and len(argv) > 2:
        extra = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        for text, translation in extra.items():
            if translation:
                translations[text] = (translation, True)
        write_ts(messages, translations)
        print(f"{len(problems(messages, read_ts()))} strings still to translate")
        return 0
    if command == "check":
        found = problems(messages, translations)
        stale = sorted(set(translations) - set(messages))
        for line in found:
            print(line)
        for text in stale:
            print(f"not in the source any more (run 'make i18n'): {text!r}")
        return 1 if found or stale else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
