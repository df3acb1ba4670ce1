"""`python -m metasim`: run the Meta simulator on a loopback port."""

from __future__ import annotations

import argparse
import os
import sys

import uvicorn

from metasim.server import SimSettings, create_app


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m metasim", description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("METASIM_PORT", "8010")))
    parser.add_argument(
        "--relay-url",
        default=os.environ.get("METASIM_RELAY_URL", "http://127.0.0.1:8000/api/whatsapp/webhook"),
    )
    parser.add_argument("--status-delay", type=float, default=0.05)
    args = parser.parse_args()
    secret, token = os.environ.get("WHATSAPP_APP_SECRET"), os.environ.get("WHATSAPP_ACCESS_TOKEN")
    if not secret or not token:
        print(
            "metasim: error: set WHATSAPP_APP_SECRET and WHATSAPP_ACCESS_TOKEN "
            "(the same values the relay uses)",
            file=sys.stderr,
        )
        return 2
    settings = SimSettings(
        args.relay_url,
        secret,
        token,
        args.status_delay,
        f"http://127.0.0.1:{args.port}",
        # The Meta app Embedded Signup and the doctor ask about (the relay's META_APP_ID).
        os.environ.get("META_APP_ID") or "1234567890",
    )
    uvicorn.run(
        create_app(settings),
        host="127.0.0.1",
        port=args.port,
        access_log=False,
        log_level="warning",
        # A send held by a "timeout" fault would keep a graceful stop waiting as long as
        # the fault says; a stand-in for Meta has nothing to finish, so it stops promptly.
        timeout_graceful_shutdown=1,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
