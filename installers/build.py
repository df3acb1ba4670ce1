"""`python installers/build.py deb|tar|nsis|dmg`: an installer from the frozen app.

Run after `pyinstaller build.spec`; writes to dist/installers/:

- `deb`: `puente_<version>_<arch>.deb` (dpkg-deb): the app in /opt/puente,
  `/usr/bin/puente`, a desktop entry that opens `puente://` links, the icon in
  the hicolor theme, and the system libraries Qt needs as dependencies.
- `tar`: `puente-<version>-linux-<machine>.tar.gz`: the folder and its desktop
  entry, for any Linux.
- `nsis`: `Puente-<version>-setup.exe` (makensis, on Windows or Linux's `nsis`
  package): installers/puente.nsi over the frozen folder. Built from the Linux
  folder it is only a check that the script compiles (`--fast`: zlib, seconds
  instead of minutes of LZMA).
- `dmg`: `Puente-<version>.dmg` (macOS: hdiutil): Puente.app, ad-hoc signed
  unless `MACOS_SIGNING_IDENTITY` names a Developer ID, beside an Applications
  link.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
OUT = DIST / "installers"
ICON = ROOT / "resources" / "icons" / "puente.png"
# What Qt's X11 plugin and QtMultimedia load that a minimal Debian or Ubuntu lacks (README,
# "Set-up"), and the libraries build.spec leaves to the system; the rest is in the folder.
DEB_DEPENDS = (
    "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libpulse0, libfontconfig1, libfreetype6, "
    "libx11-6, libx11-xcb1"
)

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Puente
GenericName=WhatsApp for the team
GenericName[es]=WhatsApp para el equipo
GenericName[pt_BR]=WhatsApp para a equipe
Comment=Answer the business's WhatsApp from this desktop
Comment[es]=Responde el WhatsApp del negocio desde este escritorio
Comment[pt_BR]=Responda o WhatsApp do negócio deste computador
Exec={exec} %u
Icon=puente
Terminal=false
Categories=Network;InstantMessaging;
MimeType=x-scheme-handler/puente;
StartupWMClass=Puente
"""


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def frozen() -> Path:
    folder = DIST / "Puente"
    if not (folder / "Puente").exists() and not (folder / "Puente.exe").exists():
        raise SystemExit(f"no frozen app in {folder}: run `pyinstaller build.spec` first")
    return folder


def deb_arch() -> str:
    found = shutil.which("dpkg")
    if found:
        return subprocess.run(
            [found, "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def control(arch: str, installed_kib: int) -> str:
    """The package's DEBIAN/control."""
    return (
        f"Package: puente\nVersion: {version()}\nArchitecture: {arch}\n"
        "Maintainer: Puente <hola@puente.app>\n"
        f"Installed-Size: {installed_kib}\nDepends: {DEB_DEPENDS}\n"
        "Section: net\nPriority: optional\nHomepage: https://puente.app\n"
        "Description: answer the business's WhatsApp from a team of desktops\n"
        " Puente shows a WhatsApp Business number's conversations to a team of agents,\n"
        " live and offline, next to the owner's phone (Meta's coexistence), through\n"
        " the business's relay.\n"
    )


POSTINST = """#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
"""


def build_deb() -> Path:
    app = frozen()
    arch = deb_arch()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(app, root / "opt" / "puente", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "puente").symlink_to("/opt/puente/Puente")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "puente.desktop").write_text(DESKTOP_ENTRY.format(exec="puente"))
        icons = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
        icons.mkdir(parents=True)
        shutil.copyfile(ICON, icons / "puente.png")
        size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink())
        debian = root / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(control(arch, size // 1024))
        for script in ("postinst", "postrm"):
            path = debian / script
            path.write_text(POSTINST)
            path.chmod(0o755)
        OUT.mkdir(parents=True, exist_ok=True)
        target = OUT / f"puente_{version()}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(root), str(target)],
            check=True,
        )
    return target


def build_tar() -> Path:
    app = frozen()
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"puente-{version()}-linux-{platform.machine()}.tar.gz"
    with tempfile.TemporaryDirectory() as tmp:
        entry = Path(tmp) / "puente.desktop"
        # Run from where it is unpacked: the entry names the folder's executable.
        entry.write_text(DESKTOP_ENTRY.format(exec="Puente"))
        with tarfile.open(target, "w:gz") as archive:
            archive.add(app, arcname="Puente")
            archive.add(entry, arcname="Puente/puente.desktop")
            archive.add(ICON, arcname="Puente/puente.png")
    return target


def build_nsis(fast: bool = False) -> Path:
    app = frozen()
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("makensis not found (Windows: NSIS; Debian: apt install nsis)")
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"Puente-{version()}-setup.exe"
    exe = "Puente.exe" if (app / "Puente.exe").exists() else "Puente"
    icon = ROOT / "build" / "puente.ico"
    defines = {
        "VERSION": version(),
        "SOURCE": str(app),
        "EXE": exe,
        "OUTFILE": str(target),
    }
    if icon.exists():
        defines["ICON"] = str(icon)
    if fast:
        defines["FAST"] = "1"
    subprocess.run(
        [
            makensis,
            "-V2",
            *(f"-D{k}={v}" for k, v in defines.items()),
            str(ROOT / "installers" / "puente.nsi"),
        ],
        check=True,
    )
    return target


def build_dmg() -> Path:
    if platform.system() != "Darwin":
        raise SystemExit("a .dmg is made on macOS (hdiutil)")
    bundle = DIST / "Puente.app"
    if not bundle.exists():
        raise SystemExit(f"no {bundle}: run `pyinstaller build.spec` on macOS first")
    identity = os.environ.get("MACOS_SIGNING_IDENTITY", "-")  # "-": ad-hoc
    sign = ["codesign", "--force", "--deep", "--sign", identity]
    if identity != "-":
        sign += ["--options", "runtime", "--timestamp"]
    subprocess.run([*sign, str(bundle)], check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"Puente-{version()}.dmg"
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "Puente"
        stage.mkdir()
        subprocess.run(["ditto", str(bundle), str(stage / "Puente.app")], check=True)
        (stage / "Applications").symlink_to("/Applications")
        subprocess.run(
            [
                "hdiutil",
                "create",
                "-volname",
                "Puente",
                "-srcfolder",
                str(stage),
                "-ov",
                "-format",
                "UDZO",
                str(target),
            ],
            check=True,
        )
    return target


BUILDERS = {"deb": build_deb, "tar": build_tar, "nsis": build_nsis, "dmg": build_dmg}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python installers/build.py", description=__doc__)
    parser.add_argument("kind", choices=sorted(BUILDERS))
    parser.add_argument(
        "--fast", action="store_true", help="nsis: zlib instead of LZMA (checking it compiles)"
    )
    args = parser.parse_args(argv)
    target = build_nsis(args.fast) if args.kind == "nsis" else BUILDERS[args.kind]()
    print(f"{target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
