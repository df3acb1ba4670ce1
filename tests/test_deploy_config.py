"""The Replit configuration deploys the relay as the docs say (it cannot be deployed from here)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from relay.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_replit_runs_the_relay_as_a_reserved_vm_on_its_default_port() -> None:
    config = tomllib.loads((ROOT / ".replit").read_text("utf-8"))
    deployment = config["deployment"]
    # Autoscale would restart the relay between requests and start copies of it.
    assert deployment["deploymentTarget"] == "vm"
    assert deployment["run"] == ["python", "-m", "relay"]
    assert ".[relay]" in " ".join(deployment["build"])
    (port,) = config["ports"]
    assert port["localPort"] == Settings.__dataclass_fields__["port"].default == 8000
    assert port["externalPort"] == 80
    assert any(module.startswith("python-3.1") for module in config["modules"])
    assert Settings.__dataclass_fields__["host"].default == "0.0.0.0"
