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
from relay.errors import AgentError, RelayError
from relay.settings import Settings, database_url_from_env


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
    add.add_argument("--admin", action="store_true", help="an administrator (manages the team)")
    listing = actions.add_parser("list", help="list agents")
    revoke = actions.add_parser("revoke", help="revoke an agent's token; open streams close")
    revoke.add_argument("name")
    for action in (add, listing, revoke):
        action.add_argument(
            "--create",
            action="store_true",
            help="create the relay's database if there is none yet (else the command "
            "refuses, saying which database it looked for)",
        )
    copy = commands.add_parser(
        "copy-to",
        help="copy this relay's database (DATABASE_URL) into an empty one, keeping "
        "epoch and seqs; stop the relay first",
    )
    copy.add_argument("target", help="the new DATABASE_URL, e.g. postgresql://user@host/db")
    meta = commands.add_parser("meta", help="the connection to Meta: sync requests, checks")
    meta_actions = meta.add_subparsers(dest="action", required=True)
    sync = meta_actions.add_parser(
        "sync",
        help="ask Meta for a coexistence number's contacts and chat history (once per "
        "number, within 24 hours of onboarding), for numbers connected elsewhere",
    )
    sync.add_argument("--number", help="the phone number id (default: every number known)")
    meta_actions.add_parser(
        "doctor", help="check the token, webhooks, numbers and syncs; exit 0 if all pass"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "agent":
            return _agent(args)
        if args.command == "copy-to":
            return _copy_to(args.target)
        if args.command == "meta":
            from relay.meta_commands import doctor, sync  # noqa: PLC0415

            _existing(database_url_from_env(os.environ), create=False)
            return sync(args.number) if args.action == "sync" else doctor()
        return _serve()
    except RelayError as exc:
        print(f"relay: error: {exc}", file=sys.stderr)
        return 2


def _serve() -> int:
    import uvicorn  # noqa: PLC0415 - the agent commands should not pay for it

    from relay.app import create_app  # noqa: PLC0415
    from relay.edge import uvicorn_options  # noqa: PLC0415
    from relay.process import raise_fd_limit  # noqa: PLC0415

    settings = Settings.from_env()
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # Idle sockets must not starve Meta's webhooks of descriptors (1,100 idle sockets
    # under the usual soft limit of 1,024 made 48 of 149 webhooks fail).
    files = raise_fd_limit()
    if settings.edge.max_connections > files - 64:
        logging.getLogger("relay").warning(
            "MAX_CONNECTIONS is %d but the process may open only %d files: "
            "connections beyond about %d will fail",
            settings.edge.max_connections,
            files,
            files - 64,
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
        **uvicorn_options(settings.edge),
        # X-Forwarded-Proto and -For are believed from these proxies only.
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
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


def _existing(url: str, create: bool) -> None:
    """Refuse to work on a database that is not there yet, unless told to create it: a
    command run from another folder would otherwise make an empty one and hand out
    tokens the running relay never sees."""
    from relay.database import database_exists, describe  # noqa: PLC0415

    if not create and not database_exists(url):
        raise AgentError(
            f"no relay database at {describe(url)}; run this where the relay runs (or set "
            "DATABASE_URL or PUENTE_DATA_DIR as the relay has them), or add --create to "
            "make a new one"
        )


def _copy_to(target: str) -> int:
    from relay.database import redact  # noqa: PLC0415
    from relay.settings import validate_database_url  # noqa: PLC0415
    from relay.transfer import copy_database  # noqa: PLC0415

    source = database_url_from_env(os.environ)
    validate_database_url(target)
    print(f"Copying {redact(source)} into {redact(target)}")
    copy_database(source, target, lambda table, rows: print(f"  {table}: {rows} rows"))
    print("Done. Start the relay with DATABASE_URL set to the new database.")
    return 0


def _agent(args: argparse.Namespace) -> int:
    from relay.agents import AgentRegistry  # noqa: PLC0415
    from wire.answers import Role  # noqa: PLC0415

    url = database_url_from_env(os.environ)
    _existing(url, args.create)
    registry = AgentRegistry(url)
    try:
        if args.action == "add":
            role: Role = "admin" if args.admin else "agent"
            token = registry.add(args.name, role)
            kind = "Administrator" if args.admin else "Agent"
            print(f"{kind} {args.name!r} added. Give this token to them; it is shown once:")
            print(token)
        elif args.action == "list":
            for agent in registry.agents():
                created = datetime.fromtimestamp(agent.created_at, UTC).strftime("%Y-%m-%d %H:%M")
                state = "active" if agent.active else "revoked"
                print(f"{agent.name}\t{state}\tcreated {created} UTC\t{agent.role}")
        else:
            registry.revoke(args.name)
            print(f"Agent {args.name!r} revoked; their open streams close within a second.")
    finally:
        registry.close()
    return 0
