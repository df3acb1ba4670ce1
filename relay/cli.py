"""`python -m relay`: serve the relay, or manage agents from a shell (Replit's included)."""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import sys
from datetime import UTC, datetime

from relay import __version__
from relay.errors import RelayError
from relay.settings import Settings, database_url_from_env, sqlite_path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m relay",
        description="Puente relay. Without a command it serves; settings come from the "
        "environment (see docs/protocol.md).",
    )
    parser.add_argument("--version", action="version", version=f"puente relay {__version__}")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("serve", help="serve on $HOST:$PORT (the default)")
    agent = commands.add_parser("agent", help="manage desktop agents and their tokens")
    actions = agent.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create an agent; prints its token as the last line")
    add.add_argument("name")
    actions.add_parser("list", help="list agents")
    revoke = actions.add_parser("revoke", help="revoke an agent's token; open streams close")
    revoke.add_argument("name")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "agent":
            return _agent(args)
        return _serve()
    except RelayError as exc:
        print(f"relay: error: {exc}", file=sys.stderr)
        return 2


def _serve() -> int:
    import uvicorn  # noqa: PLC0415 - the agent commands should not pay for it

    from relay.app import create_app  # noqa: PLC0415

    settings = Settings.from_env()
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # The fsync thread needs the GIL back right after each fsync; the default 5 ms
    # switch interval would add that much to every acknowledgement under load.
    sys.setswitchinterval(0.0005)
    app = create_app(settings)
    # Every request leaves short-lived garbage; full collections over the long-lived
    # start-up objects paused the loop for tens of ms (p99 ack 51 -> 31 ms, measured).
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        ws="websockets-sansio",
        ws_ping_interval=settings.ws_ping_interval,
        ws_ping_timeout=settings.ws_ping_timeout,
        # Compression would deflate the same frame once per desktop, and keep a zlib
        # state per connection: measured as the largest cost of fan-out to 100 desktops.
        ws_per_message_deflate=False,
        # The access log would print the verify token from GET query strings.
        access_log=False,
        log_level=settings.log_level,
        timeout_graceful_shutdown=5,
        lifespan="on",
    )
    # uvicorn re-raises Ctrl+C after its graceful shutdown; that is a normal stop.
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run()
    return 0


def _agent(args: argparse.Namespace) -> int:
    from relay.agents import AgentRegistry  # noqa: PLC0415

    registry = AgentRegistry(sqlite_path(database_url_from_env(os.environ)))
    try:
        if args.action == "add":
            token = registry.add(args.name)
            print(f"Agent {args.name!r} added. Give this token to the agent; it is shown once:")
            print(token)
        elif args.action == "list":
            for agent in registry.agents():
                created = datetime.fromtimestamp(agent.created_at, UTC).strftime("%Y-%m-%d %H:%M")
                state = "active" if agent.active else "revoked"
                print(f"{agent.name}\t{state}\tcreated {created} UTC")
        else:
            registry.revoke(args.name)
            print(f"Agent {args.name!r} revoked; their open streams close within a second.")
    finally:
        registry.close()
    return 0
