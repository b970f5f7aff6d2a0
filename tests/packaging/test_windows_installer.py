"""The Windows installer's definition holds together, checked here because the MSI itself is only built on
a Windows runner: the .wxs, the `wix build` command dev.py runs, the .exe's version resource and the
workflow that builds them."""

from __future__ import annotations

import re
import runpy
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath
from typing import Any

import pytest

import dev

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
WXS = WINDOWS / "bua-booking.wxs"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
NS = {"wix": "http://wixtoolset.org/schemas/v4/wxs"}
# Windows Installer knows versions of one product by this code: a new one would install beside the old.
UPGRADE_CODE = "0F2F9815-1E11-4A96-B495-24ADFA12205E"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def package() -> ET.Element:
    found = ET.parse(WXS).getroot().find("wix:Package", NS)
    assert found is not None, "no <Package> in the WiX v4 namespace"
    return found


def one(parent: ET.Element, path: str) -> ET.Element:
    (element,) = parent.iterfind(path, NS)
    return element


def test_the_package_installs_per_machine_with_the_fixed_upgrade_code_and_pyprojects_version() -> None:
    msi = package()
    assert msi.get("UpgradeCode") == UPGRADE_CODE
    assert msi.get("Scope") == "perMachine"
    assert msi.get("Version") == "$(var.Version)"
    assert msi.find("wix:MajorUpgrade", NS) is not None
    program_files = one(msi, "wix:StandardDirectory[@Id='ProgramFiles64Folder']")
    assert one(program_files, "wix:Directory").get("Id") == "INSTALLFOLDER"
    # The user's store, backups and settings live in %LOCALAPPDATA%\bua-booking: nothing goes there, so
    # uninstalling cannot take them.
    folders = {d.get("Id") for d in ET.parse(WXS).getroot().iterfind(".//wix:StandardDirectory", NS)}
    assert folders == {"ProgramFiles64Folder", "ProgramMenuFolder"}


def test_the_icon_is_the_programs_and_marks_the_start_menu_entry_and_add_remove_programs() -> None:
    msi = package()
    icon = one(msi, "wix:Icon")
    source = icon.get("SourceFile", "")
    assert source.startswith("$(sys.SOURCEFILEDIR)")
    relative = PureWindowsPath(source.removeprefix("$(sys.SOURCEFILEDIR)"))
    assert (WINDOWS / Path(*relative.parts)).resolve() == ROOT / "resources" / "icon" / "bua-booking.ico"
    assert one(msi, "wix:Property[@Id='ARPPRODUCTICON']").get("Value") == icon.get("Id")
    entry = one(ET.parse(WXS).getroot(), ".//wix:Component[wix:Shortcut]")
    assert entry.get("Directory") == "ProgramMenuFolder"
    shortcut = one(entry, "wix:Shortcut")
    assert shortcut.get("Icon") == icon.get("Id")


def test_the_harvest_takes_pyinstallers_folder_and_the_start_menu_starts_its_exe() -> None:
    root = ET.parse(WXS).getroot()
    assert one(root, ".//wix:Files").get("Include") == r"!(bindpath.program)\**"
    shortcut = one(root, ".//wix:Shortcut")
    # the windowless .exe the spec makes on Windows: the Start menu opens no console window
    assert shortcut.get("Target") == "[INSTALLFOLDER]bua-booking-window.exe"
    spec = (ROOT / "packaging" / "bua-booking.spec").read_text("utf-8")
    assert re.search(r'executable\("bua-booking-window", console=False\)', spec)
    assert shortcut.get("WorkingDirectory") == "INSTALLFOLDER"


def test_dev_py_builds_the_msi_with_pyprojects_version_and_an_absolute_bind_path(tmp_path: Path) -> None:
    command = dev.windows_installer_command("wix", tmp_path)
    assert command[:2] == ["wix", "build"]
    options = dict(zip(command[2:-1:2], command[3:-1:2], strict=True))
    assert options["-arch"] == "x64"
    assert options["-d"] == f"Version={VERSION}"
    name, folder = options["-bindpath"].split("=", 1)
    assert name == "program" and Path(folder) == tmp_path / "bua-booking"
    assert f"!(bindpath.{name})" in WXS.read_text("utf-8")
    assert Path(options["-out"]) == tmp_path / f"bua-booking-{VERSION}-x64.msi"
    assert Path(command[-1]) == WXS


def test_the_exe_version_resource_is_pyprojects_version() -> None:
    assert "packaging/windows/file_version.py" in (ROOT / "packaging" / "bua-booking.spec").read_text("utf-8")
    text = runpy.run_path(str(WINDOWS / "file_version.py"))["version_file_text"](VERSION)
    # PyInstaller eval()s the file with its VSVersionInfo classes; these stand-ins keep what they are given.
    fixed: dict[str, Any] = {}
    strings: dict[str, str] = {}

    def ignore(*args: Any, **kwargs: Any) -> None:
        return None

    namespace = {
        "VSVersionInfo": lambda ffi, kids: "VSVersionInfo",
        "FixedFileInfo": lambda **kwargs: fixed.update(kwargs),
        "StringStruct": lambda name, value: strings.update({name: value}),
        **{kind: ignore for kind in ("StringFileInfo", "StringTable", "VarFileInfo", "VarStruct")},
    }
    assert eval(text, namespace) == "VSVersionInfo"
    numbers = [int(n) for n in VERSION.split(".")]
    assert fixed["filevers"] == fixed["prodvers"] == (*numbers, *[0] * (4 - len(numbers)))
    assert strings["FileVersion"] == strings["ProductVersion"] == VERSION
    assert strings["OriginalFilename"] == "bua-booking.exe"


def test_a_version_windows_cannot_number_is_refused() -> None:
    numeric_version = runpy.run_path(str(WINDOWS / "file_version.py"))["numeric_version"]
    assert numeric_version("1.2") == (1, 2, 0, 0)
    for unfit in ("1.0.0rc1", "1.2.3.4", "v1"):
        with pytest.raises(ValueError, match="numeric version"):
            numeric_version(unfit)


def test_the_workflow_builds_with_dev_py_and_the_pinned_wix_and_keeps_the_msi() -> None:
    workflow = WORKFLOW.read_text("utf-8")
    assert "\t" not in workflow  # YAML forbids tabs for indentation
    assert re.search(r"^\s+runs-on: windows-latest$", workflow, re.M)
    assert re.search(r'^\s+python-version: "3\.11"$', workflow, re.M)
    assert re.search(r"^\s+run: python dev\.py package$", workflow, re.M)
    pinned = re.findall(r"dotnet tool install --global wix --version (\S+)", workflow)
    assert pinned == [dev.WIX_VERSION]
    assert re.search(r"^\s+path: dist/\*\.msi$", workflow, re.M)
    assert re.search(r"^\s+if-no-files-found: error$", workflow, re.M)
