"""Requests generated from the app's own OpenAPI schema against a real server: no 5xx, all as documented.

schemathesis reads /openapi.json from a running `diplograph serve` over the sample reports and, for every
operation, generates valid requests (positive) and invalid ones (negative). Every response must be no
server error, have a documented status code, content type and headers, and a body that matches its
schema; every invalid request must be refused with a 4xx. Generation is derandomized, so a run in CI
sends the same requests each time.
"""

from __future__ import annotations

from collections import Counter

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import APIOperation, Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.reliability.servers import Served

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
# Examples per operation and mode; operations without parameters run once (there is nothing to vary).
EXAMPLES = {GenerationMode.POSITIVE: 70, GenerationMode.NEGATIVE: 25}
MINIMUM_REQUESTS = 1000


def test_generated_requests_get_documented_answers(populated_server: Served) -> None:
    schema = schemathesis.openapi.from_url(f"{populated_server.url}/openapi.json")
    sent: Counter[str] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 18, [op.label for op in operations]
    with requests.Session() as session:
        session.headers["X-API-Key"] = populated_server.key
        for operation in operations:
            for mode, examples in EXAMPLES.items():
                if mode is GenerationMode.NEGATIVE and not _has_inputs(operation.label, schema):
                    continue
                exercise(operation, mode, examples, populated_server.url, session, sent)
    total = sum(sent.values())
    assert total >= MINIMUM_REQUESTS, sent
    assert set(sent) == {op.label for op in operations}, "every operation was exercised"


def exercise(
    operation: APIOperation,
    mode: GenerationMode,
    examples: int,
    url: str,
    session: requests.Session,
    sent: Counter[str],
) -> None:
    """Send up to `examples` generated requests of one mode to one operation and check every answer."""
    checks = [*CHECKS, negative_data_rejection] if mode is GenerationMode.NEGATIVE else CHECKS

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def call(case: Case) -> None:
        case.call_and_validate(base_url=url, session=session, checks=checks)
        sent[operation.label] += 1

    call()


def _has_inputs(label: str, schema: schemathesis.BaseSchema) -> bool:
    """Tell whether an operation takes parameters or a body (there is nothing to make invalid otherwise)."""
    method, path = label.split(" ", 1)
    definition = schema.raw_schema["paths"][path][method.lower()]
    return bool(definition.get("parameters") or definition.get("requestBody"))
