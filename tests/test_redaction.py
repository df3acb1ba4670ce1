"""Secrets never reach a log line, whoever logs them and however (wire.redaction)."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from wire.redaction import MASK, Redactor, install

SECRET = "s3cret-äpp-🔑-value"
TOKEN = "pnt_" + "A1b2C3d4" * 5
META = "EAAG" + "x7Y8z9" * 6


@pytest.fixture
def logged() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A logger writing to a string through a handler added after the redactor."""
    undo = install(Redactor([SECRET]))
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        yield logger, stream
    finally:
        logger.removeHandler(handler)
        undo()


@pytest.mark.parametrize(
    "text",
    [
        f"> Authorization: Bearer {TOKEN}",
        f"headers: [('authorization', 'Bearer {TOKEN}')]",
        f"{{b'Authorization': b'Bearer {META}'}}",
        "HTTP Request: GET https://graph.facebook.com/v27.0/oauth/access_token?client_id=1"
        f'&client_secret={SECRET}&code=AQxyz123 "200"',
        f"GET /v27.0/debug_token?input_token={META} 200",
        f"puente://connect?relay=https%3A%2F%2Fr&token={TOKEN}",
        "GET /api/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1",
        f"the app token is 1234567890|{SECRET}",
        f"token {TOKEN} and {META} alone",
    ],
)
def test_secrets_in_any_shape_are_masked(text: str) -> None:
    cleaned = Redactor([SECRET]).redact(text)
    for secret in (SECRET, TOKEN, META, "AQxyz123", "verify-me"):
        assert secret not in cleaned
    assert MASK in cleaned


def test_the_set_up_link_is_the_one_secret_left_whole() -> None:
    line = "no administrator yet: open https://r.example/setup?code=Qx4-z_9 to create the first one"
    assert Redactor().redact(line) == line


def test_every_record_is_cleaned_whoever_formats_it(
    logged: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = logged
    logger.debug("sending %s with %r", f"Bearer {TOKEN}", {"secret": SECRET})
    logger.info("as a mapping: %(who)s", {"who": TOKEN})
    logger.warning("number %d stays, a token goes: %s", 42, TOKEN)
    try:
        raise RuntimeError(f"GET https://g/v27.0/x?access_token={META} failed")
    except RuntimeError:
        logger.exception("Graph call failed")
    text = stream.getvalue()
    for secret in (SECRET, TOKEN, META):
        assert secret not in text
    assert "number 42 stays" in text
    assert "RuntimeError: GET https://g/v27.0/x?access_token=[redacted] failed" in text


def test_a_formatter_that_unpacks_arguments_still_gets_a_tuple(
    logged: tuple[logging.Logger, io.StringIO],
) -> None:
    # uvicorn's access log unpacks record.args: cleaning keeps their shape when it can.
    logger, _ = logged
    seen: list[object] = []

    class Unpacking(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.args)

    handler = Unpacking()
    logger.addHandler(handler)
    try:
        logger.info('%s - "%s %s HTTP/%s" %d', "1.2.3.4:5", "GET", f"/x?token={TOKEN}", "1.1", 200)
    finally:
        logger.removeHandler(handler)
    (args,) = seen
    assert isinstance(args, tuple) and len(args) == 5
    assert args[2] == f"/x?token={MASK}" and args[4] == 200
