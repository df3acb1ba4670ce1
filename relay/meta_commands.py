"""`python -m relay meta sync` and `python -m relay meta doctor`, for those with a shell.

Both read the relay's settings and database as the relay does, and talk to
Meta directly; they print in the shell's language (LANG).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from relay import i18n
from relay.doctor import Doctor, DoctorSettings
from relay.graph import GraphClient
from relay.i18n import translate
from relay.numbers import NumberBook
from relay.offload import Offload
from relay.onboarding import request_syncs
from relay.settings import Settings
from wire.redaction import Redactor, install

_NO_NUMBERS = translate(
    "Commands",
    "No number is known: connect one on the set-up page, set WHATSAPP_PHONE_NUMBER_ID, "
    "or give --number.",
)
_PASSED = translate("Commands", "Every check passed.")
_FAILED = translate("Commands", "%1 of %2 checks failed.")
_FIX = translate("Commands", "Fix: %1")
_NUMBER = translate("Commands", "Number %1:")


def sync(number: str | None) -> int:
    """Request the contacts and history syncs for one number, or every known number."""
    return asyncio.run(_with_parts(lambda parts: _sync(parts, number)))


def doctor() -> int:
    """Run the doctor's checks; 0 only if every one passes."""
    return asyncio.run(_with_parts(_doctor))


class _Parts:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.language = i18n.from_environment()
        self.book = NumberBook(
            settings.database_url,
            env_token=settings.access_token,
            env_number=settings.phone_number_id,
            env_waba=settings.waba_id,
        )
        self.graph = GraphClient(
            settings.graph_api_base,
            settings.graph_api_version,
            settings.graph_timeout,
            settings.meta_hosts,
        )
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="relay-cli")
        self.io = Offload(self.executor)

    async def close(self) -> None:
        await self.graph.aclose()
        self.executor.shutdown()
        self.book.close()


async def _with_parts(run: Callable[[_Parts], Any]) -> int:
    settings = Settings.from_env()
    undo = install(Redactor([settings.app_secret, settings.verify_token, settings.access_token]))
    parts = _Parts(settings)
    try:
        result: int = await run(parts)
        return result
    finally:
        await parts.close()
        undo()


async def _sync(parts: _Parts, number: str | None) -> int:
    wanted = [number] if number else [n.phone_number_id for n in parts.book.numbers()]
    if not wanted:
        print(_NO_NUMBERS.render(parts.language), file=sys.stderr)
        return 2
    failed = False
    for pnid in wanted:
        print(_NUMBER(pnid).render(parts.language))
        steps = await request_syncs(
            parts.graph, parts.book, pnid, parts.book.token_for(pnid), parts.io
        )
        for step in steps:
            mark = "ok  " if step.ok else "FAIL"
            print(f"  {mark} {step.detail.render(parts.language)}")
            failed = failed or not step.ok
    return 1 if failed else 0


async def _doctor(parts: _Parts) -> int:
    checks = await Doctor(
        parts.graph,
        parts.book,
        DoctorSettings.of(parts.settings),
        parts.io,
    ).run()
    language = parts.language
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        subject = f" ({check.subject})" if check.subject else ""
        print(f"{mark} {check.title.render(language)}{subject}: {check.detail.render(language)}")
        if check.fix is not None:
            print(f"     {_FIX(check.fix).render(language)}")
    bad = sum(not check.ok for check in checks)
    print(_PASSED.render(language) if not bad else _FAILED(bad, len(checks)).render(language))
    return 1 if bad else 0
