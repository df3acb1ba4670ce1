"""`python -m desktop`: the agents' app; `--version`, `--self-test`, and `tail`."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if argv[:1] == ["tail"]:
        from desktop.tail import main as tail  # noqa: PLC0415 - tail never loads Qt

        return tail(argv[1:])
    if "--version" in argv:
        from desktop import __version__  # noqa: PLC0415

        print(f"puente desktop {__version__}")
        return 0
    from desktop.qt_messages import quiet_probing  # noqa: PLC0415 - Qt only when it runs

    quiet_probing()
    from desktop.app import run  # noqa: PLC0415

    return run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
