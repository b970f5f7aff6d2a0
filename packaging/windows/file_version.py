"""The .exe's Windows file version resource, written at build time from pyproject.toml's version so that
no copy of the version is kept by hand. bua-booking.spec runs this file (it cannot import it: the folder
`packaging` would shadow the `packaging` library PyInstaller itself imports)."""

from __future__ import annotations

from pathlib import Path

COMPANY = "Region Midtjylland"
PRODUCT = "BUA Booking"
DANISH_UNICODE = ("0406", "04B0")  # the string table's language (Danish) and code page (UTF-16, 1200)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """MAJOR.MINOR.PATCH as the four numbers Windows shows; an MSI's ProductVersion must be numeric too,
    so a version like 1.0.0rc1 is refused here rather than later by WiX."""
    parts = version.split(".")
    if not 1 <= len(parts) <= 3 or not all(part.isdigit() for part in parts):
        raise ValueError(f"Windows needs a numeric version MAJOR.MINOR.PATCH, not {version!r}")
    numbers = [int(part) for part in parts] + [0] * (4 - len(parts))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_file_text(version: str) -> str:
    """PyInstaller's `version=` file: Python source of its VSVersionInfo classes, which it evaluates."""
    numbers = numeric_version(version)
    language, codepage = DANISH_UNICODE
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": PRODUCT,
        "FileVersion": version,
        "InternalName": "bua-booking",
        "OriginalFilename": "bua-booking.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"        StringStruct({name!r}, {value!r})" for name, value in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3F, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        f"    StringFileInfo([StringTable('{language}{codepage}', [\n{table}])]),\n"
        f"    VarFileInfo([VarStruct('Translation', [0x{language}, 0x{codepage}])]),\n"
        "  ],\n"
        ")\n"
    )


def write_version_file(version: str, folder: str) -> str:
    path = Path(folder) / "file_version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version), encoding="utf-8")
    return str(path)
