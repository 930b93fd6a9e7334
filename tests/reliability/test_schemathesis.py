"""Requests generated from the app's own OpenAPI schema against a real server: no 5xx, all as documented.

schemathesis reads /openapi.json from a running `diplograph serve` over the sample reports and, for every
operation, generates valid requests (positive) and invalid ones (negative). Every response must be no
server error, have a documented status code, content type and headers, and a body that matches its
schema; every invalid request must be refused with a 4xx. Generation is derandomized, so a run in CI
sends the same requests each time.
"""

from __future__ import annotations

import re
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
# Examples per operation with real leaders, ids and codes in the parameters that name things.
REAL_EXAMPLES = 30
MINIMUM_REQUESTS = 1000


def test_generated_requests_get_documented_answers(populated_server: Served) -> None:
    schema = schemathesis.openapi.from_url(f"{populated_server.url}/openapi.json")
    sent: Counter[str] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 18, [op.label for op in operations]
    known = known_values(populated_server.url)
    with requests.Session() as session:
        session.headers["X-API-Key"] = populated_server.key
        for operation in operations:
            for mode, examples in EXAMPLES.items():
                if mode is GenerationMode.NEGATIVE and not _has_inputs(operation.label, schema):
                    continue
                exercise(operation, mode, examples, populated_server.url, session, sent)
            # Random names rarely name anyone: once more with real leaders, ids and codes, the rest random.
            fixed = {name: known[name] for name in _parameters(operation.label, schema) if name in known}
            if fixed:
                positive = GenerationMode.POSITIVE
                exercise(operation, positive, REAL_EXAMPLES, populated_server.url, session, sent, fixed)
    total = sum(sent.values())
    assert total >= MINIMUM_REQUESTS, sent
    assert set(sent) == {op.label for op in operations}, "every operation was exercised"


def known_values(url: str) -> dict[str, str]:
    """Real values for the parameters that name things: two leaders in contact, a document, a contact."""
    contact = requests.get(f"{url}/v1/contacts", params={"limit": 1}, timeout=30).json()["results"][0]
    document = contact["sources"][0]["document_id"]
    a, b = contact["a"]["leader_id"], contact["b"]["leader_id"]
    return {"a": a, "b": b, "leader": a, "with": b, "iso3": "FRA", "country": "FRA",
            "document_id": document, "contact_id": contact["id"]}


def exercise(
    operation: APIOperation,
    mode: GenerationMode,
    examples: int,
    url: str,
    session: requests.Session,
    sent: Counter[str],
    fixed: dict[str, str] | None = None,
) -> None:
    """Send up to `examples` generated requests of one mode to one operation and check every answer.

    `fixed` gives some parameters (path or query) real values instead of generated ones.
    """
    checks = [*CHECKS, negative_data_rejection] if mode is GenerationMode.NEGATIVE else CHECKS
    path_names = set(re.findall(r"{(\w+)}", operation.path))
    fixed = fixed or {}
    path_parameters = {k: v for k, v in fixed.items() if k in path_names} or None
    query = {k: v for k, v in fixed.items() if k not in path_names} or None
    strategy = operation.as_strategy(generation_mode=mode, path_parameters=path_parameters, query=query)

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def call(case: Case) -> None:
        case.call_and_validate(base_url=url, session=session, checks=checks)
        sent[operation.label] += 1

    call()


def _parameters(label: str, schema: schemathesis.BaseSchema) -> list[str]:
    """Names of an operation's path and query parameters."""
    method, path = label.split(" ", 1)
    return [p["name"] for p in schema.raw_schema["paths"][path][method.lower()].get("parameters", [])]


def _has_inputs(label: str, schema: schemathesis.BaseSchema) -> bool:
    """Tell whether an operation takes parameters or a body (there is nothing to make invalid otherwise)."""
    method, path = label.split(" ", 1)
    definition = schema.raw_schema["paths"][path][method.lower()]
    return bool(definition.get("parameters") or definition.get("requestBody"))
