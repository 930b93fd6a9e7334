"""docker-compose.yml and the Dockerfile: the services, their credentials and start order, checked as data.

When a Compose client is installed (`docker compose` or Debian's `docker-compose`), it validates the file
too: `config` needs no Docker engine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return data


def _compose_client() -> list[str] | None:
    """Return the command of an installed Compose client, or None."""
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, timeout=60, check=False)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_services_and_start_order() -> None:
    services = _compose()["services"]
    assert set(services) == {"neo4j", "api", "worker"}
    neo4j = services["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert "neo4j-data:/data" in neo4j["volumes"] and "neo4j-data" in _compose()["volumes"]
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    for name in ("api", "worker"):
        service = services[name]
        assert service["build"] == "."
        assert service["depends_on"] == {"neo4j": {"condition": "service_healthy"}}
        assert service["environment"]["DIPLOGRAPH_STORE"] == "bolt://neo4j:7687"
    assert services["api"]["command"][:2] == ["diplograph", "serve"]
    assert services["worker"]["command"] == ["diplograph", "worker"]


def test_credentials_come_from_the_environment() -> None:
    services = _compose()["services"]
    assert services["neo4j"]["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD:?")
    for name in ("api", "worker"):
        assert services[name]["environment"]["NEO4J_PASSWORD"].startswith("${NEO4J_PASSWORD:?")


def test_image_is_slim_and_runs_as_a_user() -> None:
    lines = [ln.strip() for ln in DOCKERFILE.read_text(encoding="utf-8").splitlines()]
    assert lines[[ln.startswith("FROM") for ln in lines].index(True)] == "FROM python:3.11-slim"
    users = [ln.split()[1] for ln in lines if ln.startswith("USER ")]
    assert users and users[-1] not in ("root", "0")
    assert any(ln.startswith("RUN ") and "pip install ." in ln for ln in lines)
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert ignored[0:2] == ["# Only what the image installs: the package sources and its metadata.", "*"]


def test_compose_client_accepts_the_file() -> None:
    client = _compose_client()
    if client is None:
        pytest.skip("no Compose client here (docker compose or docker-compose); the YAML checks above ran")
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    ok = subprocess.run([*client, "-f", str(COMPOSE), "config"], env={**env, "NEO4J_PASSWORD": "s3cret"},
                        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT)  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    resolved = yaml.safe_load(ok.stdout)
    assert set(resolved["services"]) == {"neo4j", "api", "worker"}
    assert resolved["services"]["neo4j"]["environment"]["NEO4J_AUTH"] == "neo4j/s3cret"
    missing = subprocess.run([*client, "-f", str(COMPOSE), "config"], env=env, capture_output=True,
                             text=True, timeout=120, check=False, cwd=ROOT)  # fmt: skip
    assert missing.returncode != 0
    assert "NEO4J_PASSWORD" in missing.stderr
