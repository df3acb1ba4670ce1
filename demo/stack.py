"""A local relay on SQLite and the Meta simulator in front of it, started and stopped together."""

from __future__ import annotations

import ctypes
import os
import secrets
import signal
import socket
import subprocess
import sys
from pathlib import Path
from types import TracebackType

from metasim.payloads import PHONE_NUMBER_ID, WABA_ID
from relay.probe import wait_healthy


def _die_with_parent() -> None:
    """In the child, on Linux: end with the demo even if it is killed or aborts (Qt aborts
    when it cannot open a window), so no relay is left running. Elsewhere nothing."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Stack:
    """`python -m relay` and `python -m metasim` as child processes, and an agent's token.

    Use as a context manager: leaving it stops both, whatever happened.
    """

    def __init__(
        self,
        data: Path,
        agent: str = "",
        *,
        admin: bool = False,
        env: dict[str, str] | None = None,
        log: Path | None = None,
    ) -> None:
        """`admin`: the agent is an administrator. `env`: settings of the relay's to change
        (the set-up page's screenshots run it without a number, as a shop starts). `log`:
        where the relay's log goes (default: this terminal)."""
        self.data = data
        self.admin = admin
        self.log = log
        relay_port, sim_port = free_port(), free_port()
        self.relay_url = f"http://127.0.0.1:{relay_port}"
        self.sim_url = f"http://127.0.0.1:{sim_port}"
        self.env = {
            **os.environ,
            "WEBHOOK_VERIFY_TOKEN": secrets.token_urlsafe(16),
            "WHATSAPP_APP_SECRET": secrets.token_urlsafe(16),
            "WHATSAPP_ACCESS_TOKEN": "demo-token-never-leaves-this-machine",
            "DATABASE_URL": f"sqlite:///{data / 'relay.db'}",
            "HOST": "127.0.0.1",
            "PORT": str(relay_port),
            "LOG_LEVEL": "warning",
            "GRAPH_API_BASE": self.sim_url,
            "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
            "WHATSAPP_WABA_ID": WABA_ID,
            # Embedded Signup against the simulator's stand-in for Meta's SDK.
            "META_APP_ID": "1234567890",
            "META_ES_CONFIG_ID": "777000111",
            "FACEBOOK_SDK_URL": f"{self.sim_url}/sdk.js",
            "PUBLIC_URL": self.relay_url,
            **(env or {}),
        }
        self.agent = agent or f"demo-{secrets.token_hex(3)}"
        self.token = ""
        self._started: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> Stack:
        self.data.mkdir(parents=True, exist_ok=True)
        try:
            self._start(["-m", "relay"], self.relay_url, "relay", self.log)
            self._start(
                [
                    "-m",
                    "metasim",
                    "--port",
                    self.sim_url.rsplit(":", 1)[1],
                    "--relay-url",
                    f"{self.relay_url}/api/whatsapp/webhook",
                ],
                self.sim_url,
                "simulator",
                env={
                    # Meta's system user token (a relay set up from the browser has none).
                    "WHATSAPP_ACCESS_TOKEN": self.env["WHATSAPP_ACCESS_TOKEN"]
                    or "demo-system-user-token"
                },
            )
            self.token = self.add_agent(self.agent, admin=self.admin)
        except BaseException:
            self.stop()
            raise
        return self

    def add_agent(self, name: str, *, admin: bool = False) -> str:
        """A new agent of the relay's (`python -m relay agent add`): their token."""
        added = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "relay", "agent", "add", name, *(["--admin"] if admin else [])],
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        )
        return added.stdout.strip().splitlines()[-1]

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        for proc in reversed(self._started):
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        self._started.clear()

    def _start(
        self,
        args: list[str],
        url: str,
        what: str,
        log: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        # Started from the main thread before any other exists (PLW1509's worry), and the
        # parent-death signal follows the thread that forked: the main one.
        output = log.open("ab") if log is not None else None
        try:
            proc = subprocess.Popen(  # noqa: S603 - our own interpreter and modules
                [sys.executable, *args],
                env={**self.env, **(env or {})},
                stdout=output,
                stderr=output,
                preexec_fn=_die_with_parent,  # noqa: PLW1509
            )
        finally:
            if output is not None:
                output.close()  # the child has its own copy
        self._started.append(proc)
        if not wait_healthy(url, proc):
            raise SystemExit(f"demo: the {what} did not start")
