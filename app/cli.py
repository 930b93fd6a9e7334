"""The `diplograph` command line: serve, worker, ingest, demo, extract, eval, feeds and gazetteer.

Each command builds Settings from the environment (and .env), lets its options override them, and
passes them down; nothing is configured at import time.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Annotated, Any, NoReturn

import httpx
import orjson
import typer
import uvicorn
from prometheus_client import CollectorRegistry, start_http_server
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape as rich_escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app import export_cli, migrate_cli
from app.logs import configure_logging
from app.main import create_app
from app.metrics import WorkerMetrics
from app.settings import Settings
from app.startup import make_extractor, make_worker, normalize_config, open_ready_store
from graph.errors import GraphError, NotFound, StoreUnavailable
from graph.protocol import GraphStore
from ingest.error_kinds import error_kinds, render_kinds
from ingest.evaluate import extract_records, render_table, score
from ingest.feeds import register_feed
from ingest.gazetteer import DATA_DIR as GAZETTEER_DATA
from ingest.gazetteer import load_default
from ingest.gazetteer.check import check as check_gazetteer
from ingest.gazetteer.check import errors as gazetteer_errors
from ingest.gazetteer.refresh import (
    HttpSparql,
    QueryTimeout,
    RecordedSparql,
    RefreshConfig,
    SparqlError,
    refresh,
    wikidata_user_agent,
)
from ingest.intake import IngestSummary, ingest_paths
from ingest.normalize import InvalidDocument
from ingest.samples import REPORTS
from ingest.worker import WorkerStats

cli = typer.Typer(
    name="diplograph",
    help="Leader-to-leader contacts from multilingual news, as a graph you can query.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
feeds_cli = typer.Typer(help="The RSS/Atom feeds the worker polls.", no_args_is_help=True)
cli.add_typer(feeds_cli, name="feeds")
gazetteer_cli = typer.Typer(help="The leader and country data extraction resolves names against.",
                            no_args_is_help=True)
cli.add_typer(gazetteer_cli, name="gazetteer")

out = Console()
err = Console(stderr=True)
log = logging.getLogger(__name__)
# Longest pause between tries while a starting worker waits for its store.
WAIT_FOR_STORE_MAX = 30.0

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
        err.print(f"[red]Cannot open the store {settings.store_label!r}:[/red] {exc}")
        raise typer.Exit(1) from None


def run_server(settings: Settings) -> None:
    """Serve the API (and, unless disabled, the in-process worker) until interrupted."""
    where = f"http://{settings.host}:{settings.port}"
    out.print(f"Diplograph on {where}  (docs: /docs, store: {settings.store_label})")
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


@cli.command()
def worker(store: StoreOpt = None) -> None:
    """Process queued documents and poll feeds until stopped (Ctrl-C or SIGTERM)."""
    settings = load_settings(store=store)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    db = open_store_waiting(settings, stop)
    if db is None:
        return
    registry = CollectorRegistry()
    metrics = WorkerMetrics(registry)
    metrics.watch_queue(db.queue_stats)
    if settings.worker_metrics_port:
        # Prometheus scrapes a standalone worker here (the API's /metrics counts only its own worker).
        start_http_server(settings.worker_metrics_port, addr=settings.host, registry=registry)
    out.print(f"worker on {settings.store_label}; Ctrl-C to stop after the current document")
    try:
        make_worker(settings, db, load_default(), observer=metrics).run_forever(stop)
    finally:
        db.close()


def open_store_waiting(settings: Settings, stop: threading.Event) -> GraphStore | None:
    """Open the store, waiting with a growing pause while it is unavailable; None if stopped meanwhile.

    A worker may start before its database does (containers, a restarting server): it waits rather than
    exits. Other errors (a bad path, a broken store) end the command at once.
    """
    pause = 1.0
    while True:
        try:
            return open_ready_store(settings, list(load_default().leaders.values()))
        except StoreUnavailable as exc:
            log.warning("store unavailable at start; waiting", extra={"retry_in": pause, "reason": str(exc)})
        except (GraphError, OSError) as exc:
            err.print(f"[red]Cannot open the store {settings.store_label!r}:[/red] {exc}")
            raise typer.Exit(1) from None
        if stop.wait(pause):
            return None
        pause = min(WAIT_FOR_STORE_MAX, pause * 2)


@cli.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="JSONL, JSON, .txt or .html files, or folders.")],
    store: StoreOpt = None,
    no_process: Annotated[
        bool, typer.Option("--no-process", help="Only queue; leave extraction to a running worker.")
    ] = False,
) -> None:
    """Queue the documents of files and folders, then extract every queued document into the store.

    Exit code 1 when an item was refused or a document failed; the rest is kept either way.
    """
    settings = load_settings(store=store)
    db = open_store_or_exit(settings)
    try:
        summary = queue_paths(db, paths, settings)
        print_ingest_summary(summary)
        failed = 0 if no_process else print_processed(process_queue(db, settings), db)
    finally:
        db.close()
    if summary.errors or failed:
        raise typer.Exit(1)


@cli.command()
def demo(
    host: Annotated[str | None, typer.Option(help="Interface to listen on (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default 8000).")] = None,
    store: StoreOpt = None,
) -> None:
    """Ingest the bundled sample reports into the store (default ./data/diplograph.db), then serve."""
    settings = load_settings(host=host, port=port, store=store)
    db = open_store_or_exit(settings)
    try:
        summary = queue_paths(db, [REPORTS], settings)
        print_ingest_summary(summary)
        print_processed(process_queue(db, settings), db)
    finally:
        db.close()
    run_server(settings)


def queue_paths(store: GraphStore, paths: list[Path], settings: Settings) -> IngestSummary:
    """Queue every document the paths hold, drawing a progress bar over the files."""
    with _progress("queueing") as progress:
        task = progress.add_task("files", total=None)

        def update(summary: IngestSummary) -> None:
            progress.update(task, total=summary.files_total, completed=summary.files)

        return ingest_paths(store, paths, normalize_config(settings), progress=update)


def process_queue(store: GraphStore, settings: Settings) -> WorkerStats:
    """Extract every due queued document (any source's, not only this run's), with a progress bar."""
    runner = make_worker(settings, store, load_default(), poll_feeds=False)
    # One log line per document would scroll the progress bar away; the summary says it all.
    worker_log = logging.getLogger("ingest.worker")
    level = worker_log.level
    worker_log.setLevel(max(logging.WARNING, settings.log_level_number))
    try:
        with _progress("extracting") as progress:
            task = progress.add_task("documents", total=store.queue_stats().get("queued", 0))
            while runner.run_once() not in ("idle", "unavailable"):
                progress.advance(task)
    finally:
        worker_log.setLevel(level)
    return runner.stats


def _progress(verb: str) -> Progress:
    return Progress(
        TextColumn(verb), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True
    )


def print_ingest_summary(summary: IngestSummary) -> None:
    """Print what an ingest run read, queued and refused."""
    table = Table(title="Queued", show_header=False)
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


def print_processed(stats: WorkerStats, store: GraphStore) -> int:
    """Print what extraction did and what the store now holds; return how many documents failed."""
    table = Table(title="Extracted", show_header=False)
    table.add_row("documents done", str(stats.done))
    table.add_row("contacts found", str(stats.contacts))
    table.add_row("failed for good", str(stats.failed))
    table.add_row("to retry later", str(stats.retried))
    counts = store.counts()
    table.add_row("store", f"{counts.documents} documents, {counts.contacts} contacts, {counts.ties} ties")
    out.print(table)
    return stats.failed


def read_records(
    paths: list[Path], max_text_chars: int, gold: bool = False
) -> list[dict[str, Any]]:
    """Read JSONL records (objects with at least id and text); exit 2 naming the first bad line.

    Lines end at a line feed only: str.splitlines() would also cut at U+2028, U+0085 and the like, which JSON
    allows raw inside strings. A text over max_text_chars is refused, as everywhere else in the product.
    With gold, each contact must have the shape scoring reads (SCHEMA.md) and ids must be unique.
    """
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in paths:
        try:
            lines = path.read_bytes().decode("utf-8-sig").split("\n")
        except (OSError, UnicodeDecodeError) as exc:
            err.print(f"[red]Cannot read {path}:[/red] {exc}")
            raise typer.Exit(2) from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                bad_line(path, number, f"invalid JSON ({exc.msg})")
            problem = record_problem(record, max_text_chars, gold)
            if problem is None and gold and str(record["id"]) in seen:
                problem = f"id {str(record['id'])!r} appears twice"
            if problem is not None:
                bad_line(path, number, problem)
            seen.add(str(record["id"]))
            records.append(record)
    if gold and not records:
        err.print(f"[red]No gold documents in {', '.join(map(str, paths))}[/red]: nothing to score.")
        raise typer.Exit(2)
    return records


def bad_line(path: Path, number: int, reason: str) -> NoReturn:
    """Name a bad input line on stderr and exit 2."""
    err.print(f"[red]{path}:{number}:[/red] {rich_escape(reason)}")
    raise typer.Exit(2)


_OPTIONAL_STRINGS = ("url", "title", "lang", "published")
_GOLD_OPTIONAL_STRINGS = ("mode", "setting", "date", "date_precision", "status", "evidence")


def record_problem(record: object, max_text_chars: int, gold: bool) -> str | None:
    """Say what is wrong with an input record, or None when extract (and with gold, eval) can read it."""
    if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("text"), str):
        return "expected an object with an id and a text"
    if isinstance(record["id"], bool) or not isinstance(record["id"], str | int):
        return f"id: expected a string, got {type(record['id']).__name__}"
    for name in _OPTIONAL_STRINGS:
        if record.get(name) is not None and not isinstance(record[name], str):
            return f"{name}: expected a string, got {type(record[name]).__name__}"
    if len(record["text"]) > max_text_chars:
        return f"text: {len(record['text'])} characters, more than the limit of {max_text_chars}"
    if not gold:
        return None
    contacts = record.get("contacts")
    if contacts is not None and not isinstance(contacts, list):
        return f"contacts: expected a list, got {type(contacts).__name__}"
    for index, contact in enumerate(contacts or []):
        problem = gold_contact_problem(contact)
        if problem is not None:
            return f"contacts[{index}]: {problem}"
    return None


def gold_contact_problem(contact: object) -> str | None:
    """Say what keeps a gold contact from being scored, or None."""
    if not isinstance(contact, dict):
        return f"expected an object, got {type(contact).__name__}"
    for side in ("a", "b"):
        who = contact.get(side)
        if not isinstance(who, dict) or not all(isinstance(who.get(k), str) for k in ("name", "country")):
            return f"{side}: expected an object with a name and a country"
    for name in _GOLD_OPTIONAL_STRINGS:
        if contact.get(name) is not None and not isinstance(contact[name], str):
            return f"{name}: expected a string, got {type(contact[name]).__name__}"
    for name in ("topics", "places_discussed"):
        value = contact.get(name)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return f"{name}: expected a list of strings"
    return None


@cli.command()
def extract(
    input: Annotated[Path, typer.Argument(help="JSONL: id, url, title, lang, published, text per line.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here, not to stdout.")] = None,
) -> None:
    """Extract contacts without a store: one {"id", "contacts"} line per input document, in gold form."""
    settings = load_settings()  # for the log configuration and the text limit; no store is opened
    records = read_records([input], settings.max_text_chars)
    results = extract_records(records, make_extractor(load_default()))
    lines = b"".join(orjson.dumps(r) + b"\n" for r in results)
    if output is None:
        sys.stdout.buffer.write(lines)
        sys.stdout.flush()
    else:
        output.write_bytes(lines)
        found = sum(len(r["contacts"]) for r in results)
        err.print(f"{len(results)} documents, {found} contacts -> {output}")


@cli.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (the form of shared/eval/SCHEMA.md).")],
    show_errors: Annotated[
        bool, typer.Option("--errors", help="Also list each false positive and false negative.")
    ] = False,
    kinds: Annotated[
        bool, typer.Option("--kinds", help="Also count the errors by kind (no text shown).")
    ] = False,
) -> None:
    """Score the extractor on gold files: P/R/F1 overall and per language, and attribute accuracies."""
    settings = load_settings()
    records = read_records(gold, settings.max_text_chars, gold=True)
    predicted = extract_records(records, make_extractor(load_default()))
    result = score(records, predicted)
    out.print(render_table(result), markup=False, highlight=False)
    if kinds:
        out.print("\nerrors by kind", markup=False, highlight=False)
        out.print(render_kinds(error_kinds(records, predicted)), markup=False, highlight=False)
    if show_errors:
        for doc_id, kind, pair in result.errors:
            out.print(f"{kind}  {doc_id}  {pair}", markup=False, highlight=False)


@feeds_cli.command("add")
def feeds_add(
    url: Annotated[str, typer.Argument(help="The feed's http(s) URL.")], store: StoreOpt = None
) -> None:
    """Register a feed; the worker polls it from then on."""
    db = open_store_or_exit(load_settings(store=store))
    try:
        feed = register_feed(db, url)
    except InvalidDocument as exc:
        err.print(f"[red]Not a feed URL:[/red] {exc.reason}")
        raise typer.Exit(2) from None
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


@gazetteer_cli.command("check")
def gazetteer_check(
    warnings: Annotated[
        bool, typer.Option("--warnings", help="List the warnings, not only count them.")
    ] = False,
) -> None:
    """Validate the gazetteer: terms, codes, aliases and titles (errors fail; gaps are warnings)."""
    load_settings()
    problems = check_gazetteer()
    found = gazetteer_errors(problems)
    for problem in found:
        err.print(str(problem), markup=False, highlight=False)
    warned = [p for p in problems if not p.error]
    if warnings:
        for problem in warned:
            out.print(str(problem), markup=False, highlight=False)
    leaders = len(load_default().leaders)
    out.print(f"{leaders} leaders checked: {len(found)} errors, {len(warned)} warnings")
    if found:
        raise typer.Exit(1)


@gazetteer_cli.command("refresh")
def gazetteer_refresh(
    only: Annotated[
        list[str] | None,
        typer.Option("--only", help="Refresh only these states (ISO3); repeat or comma-separate."),
    ] = None,
    recorded: Annotated[
        Path | None, typer.Option(help="Answer from recorded Wikidata responses in this folder (offline).")
    ] = None,
    data_dir: Annotated[Path, typer.Option(help="The gazetteer data folder to rewrite.")] = GAZETTEER_DATA,
) -> None:
    """Rebuild the leader data from Wikidata (needs internet unless --recorded), then check it."""
    settings = load_settings()
    if not (data_dir / "manual").is_dir():
        err.print(f"[red]Not a gazetteer data folder (no manual/ in it):[/red] {data_dir}")
        raise typer.Exit(2)
    # Wikidata asks every client to say who runs it: the contact comes from settings.
    config = RefreshConfig(user_agent=wikidata_user_agent(settings.wikidata_contact))
    states = [c.strip().upper() for item in only for c in item.split(",") if c.strip()] if only else None
    try:
        with httpx.Client(follow_redirects=True) as http:
            client = RecordedSparql(recorded) if recorded is not None else HttpSparql(http, config)
            report = refresh(data_dir, client, config, only=states)
    except (QueryTimeout, SparqlError, httpx.HTTPError) as exc:
        err.print(f"[red]Refresh failed, nothing was rewritten by the failing step:[/red] {exc}")
        raise typer.Exit(1) from None
    out.print(f"{report.terms} terms of {report.people} people written to {data_dir}")
    for note in report.notes:
        out.print(f"note: {note}", markup=False, highlight=False)
    if report.build is not None:
        for line in report.build.lines():
            out.print(line, markup=False, highlight=False)
    found = gazetteer_errors(check_gazetteer(data_dir))
    for problem in found:
        err.print(str(problem), markup=False, highlight=False)
    out.print(f"check: {len(found)} errors")
    if found:
        raise typer.Exit(1)


export_cli.register(cli, load_settings, open_store_or_exit)
migrate_cli.register(cli, load_settings)


def main() -> None:
    """Run the command line (the `diplograph` console script)."""
    cli()


if __name__ == "__main__":
    main()
