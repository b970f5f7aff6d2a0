"""Update and compile the Qt Linguist translations: `python3 dev.py translations`.

One `<feature>_<language>.ts` per feature in resources/translations: `shell` covers the modules directly
in ui/, any other feature the package ui/<feature>/ (its file is created here once it has a tr()
string). lupdate adds new source strings (marked unfinished) and drops vanished ones; after translating
them in Qt Linguist (`pyside6-linguist FILE.ts`), this compiles each file to the `.qm` the app loads.
The `.qm` files are committed, so neither a fresh clone nor an installed copy needs Qt's tools;
tests/ui/test_translations.py fails when one is missing, incomplete or stale.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SHELL = "shell"
# Packages translated in another feature's file: the calendar widget belongs to the advisor's page.
PART_OF = {"calendar": "advisor"}


def qt_tool(name: str) -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent / name


def sources_for(ts: Path) -> list[Path]:
    feature = ts.stem.rsplit("_", 1)[0]
    if feature == SHELL:
        return sorted((ROOT / "ui").glob("*.py"))
    packages = [feature, *(part for part, owner in PART_OF.items() if owner == feature)]
    return sorted(path for package in packages for path in (ROOT / "ui" / package).rglob("*.py"))


def features() -> list[str]:
    """`shell` and every package under ui/ (ui/staff -> staff)."""
    packages = [path.parent.name for path in (ROOT / "ui").glob("*/__init__.py")]
    return [SHELL, *sorted(p for p in packages if p not in PART_OF)]


def uses_tr(feature: str) -> bool:
    sources = sources_for(FOLDER / f"{feature}_da.ts")
    return any(
        "tr(" in path.read_text(encoding="utf-8") or "translate(" in path.read_text(encoding="utf-8")
        for path in sources
    )


def update(ts: Path) -> None:
    """Bring the .ts in line with the source strings (lupdate)."""
    language = ts.stem.rsplit("_", 1)[1]
    sources = [str(path) for path in sources_for(ts)]
    options = ["-silent", "-no-obsolete", "-locations", "none", "-target-language", language]
    subprocess.run([str(qt_tool("lupdate")), *options, *sources, "-ts", str(ts)], check=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    """Source texts without a finished translation."""
    missing = []
    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        empty = translation is None or not ("".join(translation.itertext()).strip())
        if empty or (translation is not None and translation.get("type") in {"unfinished", "vanished"}):
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    failures = 0
    wanted = {FOLDER / f"{feature}_da.ts" for feature in features() if uses_tr(feature)}
    for ts in sorted({*FOLDER.glob("*.ts"), *wanted}):  # lupdate creates a missing file
        update(ts)
        release(ts, ts.with_suffix(".qm"))
        missing = unfinished(ts)
        failures += bool(missing)
        print(f"{ts.name}: {len(missing)} uoversatte" + (f" (fx {missing[0]!r})" if missing else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
