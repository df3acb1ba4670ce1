"""Secrets kept out of log lines, whichever logger writes them.

`install(redactor)` wraps the logging module's record factory, so every
record any library creates (ours, uvicorn's, websockets', httpx's) has its
message and traceback cleaned before a handler, filter or formatter sees it:
no handler configured later can bypass it, as a filter on one handler could.

What is cleaned: the values registered with `Redactor.add` (app secret,
access tokens, the verify token), bearer credentials, tokens in URLs' query
strings (`access_token=`, `client_secret=`, `input_token=`, `token=`, and an
OAuth `code=`), and anything shaped like one of our agent tokens or a Meta
access token. The first administrator's set-up link (`/setup?code=`) is the
one secret the relay logs on purpose: it is left whole.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

MASK = "[redacted]"
# A value shorter than this is not worth hunting for: it would mask ordinary words.
MIN_SECRET = 8

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization headers however they are printed: `Authorization: Bearer x`,
    # ('authorization', 'Bearer x'), {"Authorization": "Bearer x"}.
    (
        re.compile(r"(?i)(authorization['\"]?\s*[:=,]\s*\(?\s*b?['\"]?)([^'\"\r\n)]+)"),
        r"\1" + MASK,
    ),
    (re.compile(r"(?i)\b(bearer|oauth)\s+[A-Za-z0-9._~+/|=-]+"), r"\1 " + MASK),
    # Query strings. `code=` is an OAuth code unless it is the set-up link's.
    (
        re.compile(
            r"(?i)([?&;\s\"'](?:access_token|client_secret|input_token|fb_exchange_token|"
            r"token|hub\.verify_token|hub%2Everify_token)=)[^&\s\"'#]+"
        ),
        r"\1" + MASK,
    ),
    (re.compile(r"(?<!/setup\?)(\bcode=)[^&\s\"'#]+"), r"\1" + MASK),
    # Our agents' tokens and Meta's access tokens have recognisable shapes.
    (re.compile(r"\bpnt_[A-Za-z0-9_-]{16,}"), MASK),
    (re.compile(r"\bEAA[A-Za-z0-9]{16,}"), MASK),
)


class Redactor:
    """Finds secrets in text: known values, and the shapes secrets take."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._lock = threading.Lock()
        self._values: tuple[str, ...] = ()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        """Mask this exact value from now on (too short a value is ignored)."""
        if not secret or len(secret) < MIN_SECRET or secret in self._values:
            return
        with self._lock:
            # Longest first, so a secret containing another is masked whole.
            self._values = tuple(sorted({*self._values, secret}, key=len, reverse=True))

    def redact(self, text: str) -> str:
        for value in self._values:
            if value in text:
                text = text.replace(value, MASK)
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text

    def clean(self, record: logging.LogRecord) -> None:
        """Rewrite a log record's message and traceback without secrets."""
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string is logging's own error to report
            return
        cleaned = self.redact(message)
        if cleaned != message:
            args = record.args
            if isinstance(args, tuple) and isinstance(record.msg, str):
                # Keep the arguments' shape where cleaning them one by one suffices:
                # some formatters (uvicorn's access log) unpack them.
                record.msg = self.redact(record.msg)
                record.args = tuple(self._value(arg) for arg in args)
                if record.getMessage() != cleaned:
                    record.msg, record.args = cleaned, None
            elif isinstance(args, Mapping):
                record.msg = self.redact(str(record.msg))
                record.args = {key: self._value(value) for key, value in args.items()}
                if record.getMessage() != cleaned:
                    record.msg, record.args = cleaned, None
            else:
                record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)

    def _value(self, value: object) -> object:
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, bytes):
            return self.redact(value.decode("utf-8", errors="replace"))
        if isinstance(value, int | float | bool) or value is None:
            return value
        return self.redact(str(value))


def install(redactor: Redactor) -> Callable[[], None]:
    """Clean every log record created from now on; returns a function that undoes it."""
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        redactor.clean(record)
        return record

    logging.setLogRecordFactory(factory)
    return lambda: logging.setLogRecordFactory(previous)
