#!/usr/bin/env python3
"""Resolve a git merge conflict in the .ts file: union of both sides' translations, regenerated from source.

    python3 scripts/merge_ts.py && git add veerkracht_plugin/i18n/veerkracht_nl.ts
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import i18n  # noqa: E402

RELATIVE = "veerkracht_plugin/i18n/veerkracht_nl.ts"


def side(stage):
    text = subprocess.run(["git", "show", f":{stage}:{RELATIVE}"], capture_output=True, text=True, check=True).stdout
    translations = {}
    for message in ET.fromstring(text.split("\n", 2)[2] if text.startswith("<?xml") else text).iter("message"):
        element = message.find("translation")
        finished = element is not None and element.get("type") not in ("unfinished", "vanished", "obsolete")
        if finished and element.text:
            translations[message.findtext("source") or ""] = (element.text, True)
    return translations


merged = {**side(2), **side(3)}
i18n.write_ts(i18n.extract(), merged)
problems = i18n.problems(i18n.extract(), i18n.read_ts())
print(f"{len(merged)} translations merged; {len(problems)} problems")
for line in problems:
    print(line)
