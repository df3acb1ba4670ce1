"""`python -m relay`: start-up settings and the agent commands, run as a user would."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from harness import RelayProcess

from relay.errors import SettingsError
from relay.settings import Settings

BASE = {"WEBHOOK_VERIFY_TOKEN": "v", "WHATSAPP_APP_SECRET": "s"}


@pytest.mark.parametrize("missing", sorted(BASE))
def test_missing_setting_stops_start_up_with_one_line(tmp_path: Path, missing: str) -> None:
    env = {"PATH": "/usr/bin:/bin", "PUENTE_DATA_DIR": str(tmp_path)} | {
        k: v for k, v in BASE.items() if k != missing
    }
    done = subprocess.run(
        [sys.executable, "-m", "relay"], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 2
    assert done.stderr == f"relay: error: {missing} is not set\n"


def test_every_problem_is_named_at_once(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "PUENTE_DATA_DIR": str(tmp_path), "PORT": "eighty"}
    done = subprocess.run(
        [sys.executable, "-m", "relay"], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 2
    assert done.stderr == (
        "relay: error: WEBHOOK_VERIFY_TOKEN is not set; WHATSAPP_APP_SECRET is not set; "
        "PORT must be a whole number, not 'eighty'\n"
    )


def test_the_access_token_and_number_are_optional() -> None:
    # A relay whose numbers are connected from the set-up page needs neither.
    settings = Settings.from_env(BASE)
    assert (settings.access_token, settings.phone_number_id, settings.waba_id) == (None,) * 3


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"PORT": "eighty"}, "PORT must be a whole number, not 'eighty'"),
        ({"PORT": "70000"}, "PORT must be between 0 and 65535"),
        (
            {"DATABASE_URL": "mysql://x"},
            "DATABASE_URL must look like sqlite:///path/to/relay.db or postgresql://host/db",
        ),
        ({"MAX_BODY_BYTES": "1000"}, "MAX_BODY_BYTES must be between 4194304 and 10485760"),
        ({"RETENTION_DAYS": "forever"}, "RETENTION_DAYS must be a number of days, not 'forever'"),
        ({"RETENTION_DAYS": "-1"}, "RETENTION_DAYS must be between 0 and 36500"),
    ],
)
def test_malformed_settings_are_named(extra: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError) as error:
        Settings.from_env(BASE | extra)
    assert str(error.value) == message


def test_defaults_and_secrets_stay_out_of_repr() -> None:
    settings = Settings.from_env(BASE | {"WHATSAPP_APP_SECRET": "hunter2-ñ"})
    assert (settings.host, settings.port) == ("0.0.0.0", 8000)
    assert settings.database_url == "sqlite:///data/relay.db"
    assert settings.media_dir == Path("data/media")
    assert "hunter2" not in repr(settings)


def test_agent_commands(relay: RelayProcess) -> None:
    added = relay.cli("agent", "add", "María José")
    assert added.returncode == 0
    token = added.stdout.strip().splitlines()[-1]
    assert token.startswith("pnt_") and len(token) > 40
    assert relay.events(token)["head"] == 0

    again = relay.cli("agent", "add", "María José")
    assert (again.returncode, again.stderr) == (
        2,
        "relay: error: agent 'María José' exists; revoke it first to issue a new token\n",
    )

    listed = relay.cli("agent", "list").stdout
    assert listed.startswith("María José\tactive\tcreated ")

    assert relay.cli("agent", "revoke", "María José").returncode == 0
    assert "María José\trevoked" in relay.cli("agent", "list").stdout
    assert relay.cli("agent", "revoke", "María José").returncode == 2

    renewed = relay.cli("agent", "add", "María José").stdout.strip().splitlines()[-1]
    assert renewed != token
    assert relay.events(renewed)["head"] == 0
    # The relay polls the registry the CLI writes: a revoked token stops within a second.
    revoked_at = time.monotonic()
    while (
        relay.http.get("/api/events", headers={"Authorization": f"Bearer {token}"}).status_code
        != 401
    ):
        assert time.monotonic() - revoked_at < 1.0, "the revoked token still works after 1 s"
        time.sleep(0.05)

    stored = ",".join(row[0] for row in relay.sql("SELECT token_hash FROM agents"))
    assert token not in stored and renewed not in stored  # only hashes are kept


def test_a_database_from_a_newer_relay_is_refused(tmp_path: Path, store_kind: str) -> None:
    first = RelayProcess(tmp_path, store=store_kind)
    first.cli("agent", "list", "--create")  # creates the schema
    if store_kind == "sqlite":
        first.sql("PRAGMA user_version=99")
    else:
        first.sql("UPDATE meta SET value='99' WHERE name='schema_version'")
    done = RelayProcess(tmp_path, database_url=first.database_url).cli("agent", "list")
    assert done.returncode == 2
    assert "schema version 99" in done.stderr and "Upgrade the relay" in done.stderr


def test_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "relay", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("puente relay ")
