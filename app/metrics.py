"""Prometheus metrics: request latency by route and status, the queue by status, jobs and extraction time.

Each app (and each `diplograph worker`) has a registry of its own rather than prometheus_client's global
one, so that tests can build many apps in one process and nothing is created at import time. Counts are
per process: with several API processes, scrape each one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from starlette.types import Scope

from graph.errors import GraphError
from ingest.worker import Outcome

METRICS_CONTENT_TYPE = CONTENT_TYPE_LATEST
# Requests are fast (a pair summary is under a millisecond of store work): fine buckets at the low end.
REQUEST_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
EXTRACTION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
# The route label of a request that matched no route (so that scanners cannot add a series per path).
UNMATCHED = "<unmatched>"

QueueStats = Callable[[], Mapping[str, int]]


class QueueCollector(Collector):
    """Reads the queue's counts by status from the store at each scrape, and whether the store answered."""

    def __init__(self) -> None:
        self.source: QueueStats | None = None

    def collect(self) -> Iterable[Metric]:
        """Yield diplograph_queue_documents{status} and diplograph_store_up."""
        if self.source is None:
            return
        up = GaugeMetricFamily("diplograph_store_up", "1 when the store answered the last scrape, else 0.")
        try:
            stats = self.source()
        except GraphError:
            up.add_metric([], 0.0)
            yield up
            return
        depth = GaugeMetricFamily(
            "diplograph_queue_documents", "Documents in the queue by status.", labels=["status"]
        )
        for status, count in sorted(stats.items()):
            depth.add_metric([status], float(count))
        up.add_metric([], 1.0)
        yield depth
        yield up


class WorkerMetrics:
    """What workers report: jobs by outcome, extraction time, contacts found; and the queue's depth."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.jobs = Counter(
            "diplograph_worker_jobs",
            "Jobs a worker of this process finished or gave back, by outcome "
            "(done, retry, failed, lease_lost, unavailable).",
            ["outcome"],
            registry=registry,
        )
        self.extraction = Histogram(
            "diplograph_extraction_seconds",
            "Time to extract the contacts of one document.",
            buckets=EXTRACTION_BUCKETS,
            registry=registry,
        )
        self.contacts = Counter(
            "diplograph_contacts_extracted", "Contacts found in documents that were done.", registry=registry
        )
        self.queue = QueueCollector()
        registry.register(self.queue)

    def watch_queue(self, source: QueueStats | None) -> None:
        """Report the queue's counts from this source at each scrape (None stops reporting them)."""
        self.queue.source = source

    def job_finished(self, outcome: Outcome, extract_seconds: float | None, contacts: int) -> None:
        """Count a job's outcome and observe its extraction time (the Worker's observer hook)."""
        self.jobs.labels(outcome).inc()
        if extract_seconds is not None:
            self.extraction.observe(extract_seconds)
        if outcome == "done":
            self.contacts.inc(contacts)


class Metrics:
    """The metrics of one API process: request latencies, plus what its in-process worker reports."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Histogram(
            "diplograph_http_request_duration_seconds",
            "Time to answer an HTTP request, by method, route template and status code.",
            ["method", "route", "status"],
            buckets=REQUEST_BUCKETS,
            registry=self.registry,
        )
        self.worker = WorkerMetrics(self.registry)

    def observe_request(self, scope: Scope, status: int, seconds: float) -> None:
        """Record one answered request under its route template (never its concrete path)."""
        route = scope.get("route")
        template = getattr(route, "path", None) or UNMATCHED
        self.requests.labels(scope.get("method", "-"), template, str(status)).observe(seconds)

    def render(self) -> bytes:
        """Return every metric in the Prometheus text format."""
        return render_registry(self.registry)


def render_registry(registry: CollectorRegistry) -> bytes:
    """Return a registry's metrics in the Prometheus text format."""
    return bytes(generate_latest(registry))
