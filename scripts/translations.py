"""Check that every message of a locale is translated: `uv run python scripts/translations.py id`.

Used by the test suite; exits non-zero and lists what is missing.
"""

import re
import sys
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "kembali" / "locale"
# A fuzzy entry (a guess by makemessages) may carry "#|" lines with the old message.
ENTRY = re.compile(
    r'^(#,[^\n]*fuzzy[^\n]*\n)?(?:#\|[^\n]*\n)*msgid ((?:".*"\n)+)msgstr ((?:".*"\n)+)', re.M
)


PLURAL = re.compile(
    r'^msgid ((?:".*"\n)+)msgid_plural (?:".*"\n)+((?:msgstr\[\d\] (?:".*"\n)+)+)', re.M
)


def untranslated(language: str) -> list[str]:
    text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    missing = []
    for msgid, forms in PLURAL.findall(text):
        if any(
            not "".join(re.findall(r'"(.*)"', f)) for f in re.split(r"msgstr\[\d\] ", forms)[1:]
        ):
            missing.append("".join(re.findall(r'"(.*)"', msgid)))
    for fuzzy, msgid, msgstr in ENTRY.findall(text):
        source = "".join(re.findall(r'"(.*)"', msgid))
        target = "".join(re.findall(r'"(.*)"', msgstr))
        if source and (not target or fuzzy):
            missing.append(source)
    return missing


def msgids(po_file: Path) -> set[str]:
    text = po_file.read_text(encoding="utf-8")
    return {"".join(re.findall(r'"(.*)"', m)) for _f, m, _s in ENTRY.findall(text)} - {""}


if __name__ == "__main__":
    missing = untranslated(sys.argv[1])
    for source in missing:
        print(f"untranslated: {source}")
    sys.exit(1 if missing else 0)
