"""``serve`` the API and dashboard, and manage the API ``keys`` that writes need."""

from __future__ import annotations

import gc
import ipaddress
import os
import socket
from typing import Annotated

import typer

from reemarket.cli.context import db_path, get_store
from reemarket.cli.output import console, print_json, table
from reemarket.errors import InputError
from reemarket.services.keys import create_key, list_keys, revoke_key
from reemarket.store.waiting import open_store_waiting

keys_app = typer.Typer(help="API keys for writes through the REST API.", no_args_is_help=True)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address or name."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_can_listen(host: str, port: int) -> None:
    """Raise InputError naming ``--host``/``--port`` when the address cannot be bound.

    Checked before the server starts, so a port in use is one clear line and exit 2
    rather than the web server's own exit after start-up. Every address the host
    resolves to is tried, as the server binds them all ("localhost" may be ::1 and
    127.0.0.1); an IPv6 probe is IPv6-only, as the server's sockets are.
    """
    if not 0 < port < 65536:
        raise InputError(f"port {port} is not between 1 and 65535", field="--port")
    try:
        infos = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )
    except socket.gaierror as exc:
        raise InputError(f"cannot listen on {host}: {exc.strerror}", field="--host") from exc
    for family, kind, proto, _, address in {(i[0], i[1], i[2], "", i[4]) for i in infos}:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
            if family == socket.AF_INET6:
                probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                probe.bind(address)
            except OSError as exc:
                raise InputError(
                    f"cannot listen on {host}:{port}: {exc.strerror or exc}", field="--port"
                ) from exc


def served_hosts(host: str, allow_host: list[str]) -> list[str]:
    """Host names served besides loopback: given, from the environment, and the bound address."""
    env = [h.strip() for h in os.environ.get("REEMARKET_ALLOWED_HOSTS", "").split(",")]
    names = [*allow_host, *(h for h in env if h)]
    if host not in ("", "0.0.0.0", "::"):
        names.append(host)
    return names


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    open_reads: Annotated[
        bool | None,
        typer.Option(
            "--open-reads/--key-reads", help="Reads without a key (default: on loopback)."
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Worker processes. Over the embedded database file they open it read-only "
            "and answer writes 503 (write with the CLI beside them).",
        ),
    ] = 1,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            help="A Host name to serve besides 127.0.0.1, localhost and [::1] (repeatable; "
            "also REEMARKET_ALLOWED_HOSTS, comma-separated).",
        ),
    ] = None,
) -> None:
    """Serve the REST API (/api/v1, docs at /docs) and the dashboard (/)."""
    import uvicorn

    from reemarket.api import app as api_app

    check_can_listen(host, port)
    reads = is_loopback(host) if open_reads is None else open_reads
    hosts = served_hosts(host, allow_host or [])
    path = db_path()
    console.print(
        f"reemarket on http://{host}:{port}/  (API docs: /docs; reads open: {reads}; "
        f"workers: {workers})"
    )
    if workers == 1:
        app = api_app.create_app(path, open_reads=reads, hosts=hosts)
        # Everything loaded so far (catalog, calendars, the app) lives as long as the
        # server: keep it out of the garbage collector's full scans, which stall requests.
        gc.collect()
        gc.freeze()
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    open_store_waiting(path).close()  # create and migrate once, before the workers read it
    os.environ[api_app.ENV_DB] = str(path)
    os.environ[api_app.ENV_OPEN_READS] = "1" if reads else "0"
    os.environ[api_app.ENV_HOSTS] = ",".join(hosts)
    os.environ[api_app.ENV_READ_ONLY] = (
        f"the server runs {workers} worker processes over one embedded database file, which "
        "they open read-only (DuckDB allows one writing process); write through the "
        "command line beside them, or serve with one worker"
    )
    uvicorn.run(
        "reemarket.api.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )


@keys_app.command("create")
def keys_create(
    name: Annotated[str, typer.Argument(help="What or who the key is for.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Make an API key; it is shown once, only its hash is stored."""
    key = create_key(get_store(), name)
    if as_json:
        print_json(key.model_dump(mode="json"))
        return
    console.print(f"key {key.id} ({key.name}): {key.key}")
    console.print("Store it now: it cannot be shown again.")


@keys_app.command("list")
def keys_list(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List API keys (without secrets)."""
    keys = list_keys(get_store(create=False))
    if as_json:
        print_json([k.model_dump(mode="json") for k in keys])
        return
    rows = [(k.id, k.name, k.prefix + "...", k.created_at, k.revoked_at or "") for k in keys]
    console.print(table(None, ["id", "name", "key", "created", "revoked"], rows))


@keys_app.command("revoke")
def keys_revoke(key_id: Annotated[int, typer.Argument(help="Key id (see keys list).")]) -> None:
    """Revoke an API key; it stops working at once."""
    key = revoke_key(get_store(create=False), key_id)
    console.print(f"revoked key {key.id} ({key.name}) at {key.revoked_at}")


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``keys``."""
    app.command("serve")(serve)
    app.add_typer(keys_app, name="keys")
