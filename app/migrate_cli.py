"""`diplograph migrate --from ./data/diplograph.db --to bolt://...`: copy a store into another."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.settings import Settings
from graph.errors import GraphError
from graph.factory import StoreConfig, is_neo4j, open_store
from graph.migrate import DEFAULT_BATCH, MigrationReport, copy_store
from graph.protocol import GraphStore

out = Console()
err = Console(stderr=True)


def register(cli: typer.Typer, load_settings: Callable[..., Settings]) -> None:
    """Add the migrate command to the CLI, using its way of building settings."""

    @cli.command("migrate")
    def migrate(
        source: Annotated[
            str, typer.Option("--from", help="The store to copy from: a SQLite file path (or a Neo4j URI).")
        ],
        target: Annotated[
            str, typer.Option("--to", help="The store to copy into: a Neo4j URI (NEO4J_USER/NEO4J_PASSWORD).")
        ],
        batch: Annotated[int, typer.Option(min=1, help="Records per transaction.")] = DEFAULT_BATCH,
    ) -> None:
        """Copy leaders, documents, contacts and feeds from one store into another; safe to run again."""
        if source == target:
            err.print("[red]--from and --to name the same store[/red]")
            raise typer.Exit(2)
        if not is_neo4j(source) and not Path(source).expanduser().is_file():
            err.print(f"[red]No store at {source}[/red] (give the SQLite file to copy from)")
            raise typer.Exit(2)
        settings = load_settings(store=target)
        config = settings.store_config()
        try:
            src = open_store(dataclasses.replace(config, location=source))
        except (GraphError, OSError) as exc:
            err.print(f"[red]Cannot open {source}:[/red] {exc}")
            raise typer.Exit(1) from None
        try:
            report = _copy_with_progress(src, config, batch)
        finally:
            src.close()
        _print_report(report)
        if not report.complete:
            raise typer.Exit(1)


def _copy_with_progress(src: GraphStore, config: StoreConfig, batch: int) -> MigrationReport:
    """Open the target, copy with one progress bar per stage, close it; exit 1 on a store error."""
    try:
        dst = open_store(config)
    except (GraphError, OSError) as exc:
        err.print(f"[red]Cannot open the target store:[/red] {exc}")
        raise typer.Exit(1) from None
    columns = (TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err) as bars:
            tasks: dict[str, TaskID] = {}

            def progress(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bars.add_task(stage, total=total)
                bars.update(tasks[stage], completed=done, total=total)

            return copy_store(src, dst, batch=batch, progress=progress)
    except GraphError as exc:
        err.print(f"[red]Migration stopped:[/red] {exc} (what was copied stays; run it again to finish)")
        raise typer.Exit(1) from None
    finally:
        dst.close()


def _print_report(report: MigrationReport) -> None:
    table = Table(title="Migrated")
    table.add_column("")
    table.add_column("source", justify="right")
    table.add_column("target", justify="right")
    for field in ("leaders", "documents", "contacts", "sources", "ties"):
        table.add_row(field, str(getattr(report.source, field)), str(getattr(report.target, field)))
    table.add_row("feeds", str(report.feeds), "")
    out.print(table)
