"""The `diplograph` command line: serve, worker, ingest, demo, extract, eval, feeds and gazetteer.

Each command builds Settings from the environment (and .env), lets its options override them, and
passes them down; nothing is configured at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
import uvicorn
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from app import export_cli
from app.logs import configure_logging
from app.main import create_app
from app.settings import Settings
from app.startup import normalize_config, open_ready_store
from graph.errors import GraphError, NotFound
from graph.protocol import GraphStore
from ingest.gazetteer import load_default
from ingest.intake import IngestSummary, ingest_paths
from ingest.normalize import InvalidDocument, check_url

cli = typer.Typer(
    name="diplograph",
    help="Leader-to-leader contacts from multilingual news, as a graph you can query.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
feeds_cli = typer.Typer(help="The RSS/Atom feeds the worker polls.", no_args_is_help=True)
cli.add_typer(feeds_cli, name="feeds")

out = Console()
err = Console(stderr=True)

StoreOpt = Annotated[
    str | None,
    typer.Option("--store", help="SQLite file path or Neo4j URI (default: DIPLOGRAPH_STORE)."),
]


def load_settings(**overrides: Any) -> Settings:
    """Build Settings from the environment with the given command-line values on top; exit 2 if invalid."""
    try:
        settings = Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        for error in exc.errors(include_url=False, include_input=False):
            where = ".".join(str(p) for p in error["loc"]) or "settings"
            err.print(f"[red]Invalid setting {where}:[/red] {error['msg']}")
        raise typer.Exit(2) from None
    configure_logging(settings.log_level_number, settings.log_format)
    return settings


def open_store_or_exit(settings: Settings) -> GraphStore:
    """Open the configured store with the gazetteer's leaders synced; exit 1 with the reason if it cannot."""
    try:
        return open_ready_store(settings, list(load_default().leaders.values()))
    except (GraphError, OSError) as exc:
        err.print(f"[red]Cannot open the store {settings.store!r}:[/red] {exc}")
        raise typer.Exit(1) from None


def run_server(settings: Settings) -> None:
    """Serve the API (and, unless disabled, the in-process worker) until interrupted."""
    out.print(f"Diplograph on http://{settings.host}:{settings.port}  (docs: /docs, store: {settings.store})")
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_config=None,  # our configure_logging already routes uvicorn's loggers
        access_log=False,  # RequestContextMiddleware logs one line per request, with its id
        proxy_headers=False,
    )


@cli.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to listen on (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default 8000).")] = None,
    store: StoreOpt = None,
    no_worker: Annotated[
        bool, typer.Option("--no-worker", help="Do not process the queue in this process.")
    ] = False,
) -> None:
    """Serve the API, with a worker thread processing queued documents and feeds."""
    settings = load_settings(host=host, port=port, store=store, worker=False if no_worker else None)
    run_server(settings)


def print_ingest_summary(summary: IngestSummary) -> None:
    """Print what an ingest run read, queued and refused."""
    table = Table(title="Ingest", show_header=False)
    table.add_row("files", str(summary.files))
    table.add_row("documents read", str(summary.read))
    table.add_row("queued", str(summary.queued))
    table.add_row("already known", str(summary.duplicates))
    table.add_row("refused", str(len(summary.errors)))
    out.print(table)
    for error in summary.errors[:20]:
        err.print(f"[yellow]refused[/yellow] {error.ref}: {error.message}")
    if len(summary.errors) > 20:
        err.print(f"... and {len(summary.errors) - 20} more")


def queue_paths(store: GraphStore, paths: list[Path], settings: Settings) -> IngestSummary:
    """Queue every document the paths hold, drawing a progress bar over the files."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("queueing"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
        TimeElapsedColumn(), console=err, transient=True,
    ) as progress:
        task = progress.add_task("files", total=None)

        def update(summary: IngestSummary) -> None:
            progress.update(task, total=summary.files_total, completed=summary.files)

        return ingest_paths(store, paths, normalize_config(settings), progress=update)


@feeds_cli.command("add")
def feeds_add(
    url: Annotated[str, typer.Argument(help="The feed's http(s) URL.")], store: StoreOpt = None
) -> None:
    """Register a feed; the worker polls it from then on."""
    try:
        clean = check_url(url)
    except InvalidDocument as exc:
        err.print(f"[red]Not a feed URL:[/red] {exc.reason}")
        raise typer.Exit(2) from None
    if clean is None:
        err.print("[red]Not a feed URL:[/red] empty")
        raise typer.Exit(2)
    db = open_store_or_exit(load_settings(store=store))
    try:
        feed = db.add_feed(clean)
    finally:
        db.close()
    out.print(f"added {feed.url}")


@feeds_cli.command("list")
def feeds_list(store: StoreOpt = None) -> None:
    """List the registered feeds with their last poll and error."""
    db = open_store_or_exit(load_settings(store=store))
    try:
        feeds = db.list_feeds()
    finally:
        db.close()
    table = Table("url", "last polled", "items seen", "last error")
    for feed in feeds:
        polled = feed.last_polled.isoformat(timespec="seconds") if feed.last_polled else "never"
        table.add_row(feed.url, polled, str(feed.items_seen), feed.last_error or "")
    out.print(table)


@feeds_cli.command("remove")
def feeds_remove(url: Annotated[str, typer.Argument(help="The feed's URL.")], store: StoreOpt = None) -> None:
    """Stop polling a feed."""
    db = open_store_or_exit(load_settings(store=store))
    try:
        db.remove_feed(url.strip())
    except NotFound:
        err.print(f"[red]No such feed:[/red] {url}")
        raise typer.Exit(1) from None
    finally:
        db.close()
    out.print(f"removed {url.strip()}")


export_cli.register(cli, load_settings, open_store_or_exit)


def main() -> None:
    """Run the command line (the `diplograph` console script)."""
    cli()


if __name__ == "__main__":
    main()
