"""Metrics for Prometheus: request latencies, the queue by status, jobs and extraction time."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.deps import ReadKey
from app.metrics import METRICS_CONTENT_TYPE, Metrics

router = APIRouter(tags=["health"], dependencies=[ReadKey])


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"description": "Metrics in the Prometheus text format.",
                     "content": {METRICS_CONTENT_TYPE: {"schema": {"type": "string"}}}}},
)
def metrics(request: Request) -> Response:
    """Return the metrics of this process in the Prometheus text exposition format."""
    registry: Metrics = request.app.state.metrics
    return Response(registry.render(), media_type=METRICS_CONTENT_TYPE)
