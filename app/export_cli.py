"""`diplograph export`: write the contact network (whole, a country's or a leader's) to a file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, cast

import typer
from rich.console import Console

from app.exports import EXPORT_FORMATS, ExportFormat, render, select_network
from app.settings import Settings
from graph.errors import Ambiguous, NotFound
from graph.models import COUNTRY_CODE, MODES, TOPICS, ContactFilter
from graph.protocol import GraphStore

err = Console(stderr=True)


def _choice(value: str | None, allowed: tuple[str, ...] | list[str], what: str) -> str | None:
    if value is not None and value not in allowed:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(allowed)}", param_hint=what)
    return value


def _day(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)", param_hint=what) from None


def register(
    cli: typer.Typer,
    load_settings: Callable[..., Settings],
    open_store: Callable[[Settings], GraphStore],
) -> None:
    """Add the export command to the CLI, using its way of building settings and opening the store."""

    @cli.command("export")
    def export(
        format: Annotated[
            str, typer.Option("--format", "-f", help=f"One of: {', '.join(EXPORT_FORMATS)}.")
        ] = "gexf",
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="File to write (default: standard output).")
        ] = None,
        country: Annotated[
            str | None, typer.Option(help="Only this country's leaders and their counterparts (ISO3).")
        ] = None,
        leader: Annotated[
            str | None, typer.Option(help="Only this leader, their counterparts and the ties among them.")
        ] = None,
        since: Annotated[str | None, typer.Option(help="Earliest contact date (YYYY-MM-DD).")] = None,
        until: Annotated[str | None, typer.Option(help="Latest contact date (YYYY-MM-DD).")] = None,
        mode: Annotated[str | None, typer.Option(help=f"One of: {', '.join(MODES)}.")] = None,
        topic: Annotated[str | None, typer.Option(help="A topic code (GET /v1/topics).")] = None,
        store: Annotated[
            str | None,
            typer.Option("--store", help="SQLite path or Neo4j URI (default: DIPLOGRAPH_STORE)."),
        ] = None,
    ) -> None:
        """Export the contact network as GEXF (Gephi), GraphML, node-link JSON (D3), Cytoscape.js or CSV."""
        fmt = cast(ExportFormat, _choice(format, EXPORT_FORMATS, "--format"))
        code = country.strip().upper() if country else None
        if code is not None and not COUNTRY_CODE.match(code):
            raise typer.BadParameter(f"{country!r} is not an ISO 3166-1 alpha-3 code", param_hint="--country")
        start, end = _day(since, "--since"), _day(until, "--until")
        if start and end and start > end:
            raise typer.BadParameter("--since is after --until", param_hint="--since")
        filters: dict[str, Any] = {
            "country": code,
            "since": start,
            "until": end,
            "mode": _choice(mode, MODES, "--mode"),
            "topic": _choice(topic, list(TOPICS), "--topic"),
            "status": "occurred",
        }
        db = open_store(load_settings(store=store))
        try:
            leader_id = db.resolve_leader(leader.strip()).id if leader else None
            network, _ = select_network(db, ContactFilter(**filters), leader_id)
        except (NotFound, Ambiguous) as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from None
        finally:
            db.close()
        body = render(network, fmt).body
        if output is None:
            sys.stdout.buffer.write(body)
            sys.stdout.buffer.flush()
        else:
            output.write_bytes(body)
        contacts = sum(link.count for link in network.links)
        where = "standard output" if output is None else str(output)
        err.print(f"{len(network.nodes)} leaders, {len(network.links)} ties, {contacts} contacts -> {where}")
