"""Running Diplograph as a user does, in child processes: the CLI, and servers waited for and stopped."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import httpx

T = TypeVar("T")


def free_port() -> int:
    """Ask the OS for a port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def diplograph_command() -> list[str]:
    """The installed `diplograph` console script next to this Python, else the module."""
    script = Path(sys.executable).parent / "diplograph"
    return [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]


def clean_env(**settings: str) -> dict[str, str]:
    """This process's environment without any DIPLOGRAPH_ or NEO4J_ variable, plus the given ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DIPLOGRAPH_", "NEO4J_"))}
    env.update(settings)
    return env


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `diplograph ARGS...` in cwd with a clean environment (logs at WARNING); capture its output."""
    env = clean_env(DIPLOGRAPH_LOG_LEVEL="WARNING")
    return subprocess.run([*diplograph_command(), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


STARTUP_SECONDS = 300.0


def wait_for(check: Callable[[], T | None], timeout: float, what: str) -> T:
    """Call check until it returns something truthy; fail after timeout seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@contextmanager
def server_process(command: list[str], port: int, cwd: Path, env: dict[str, str]) -> Iterator[str]:
    """Start a server process, yield its URL once /ready answers 200, then stop it with SIGTERM.

    On the way out it checks the shutdown was graceful (uvicorn re-raises the SIGTERM it caught) and
    that the log, kept in cwd/server.log, holds no traceback.
    """
    log_path = cwd / "server.log"
    url = f"http://127.0.0.1:{port}"
    with log_path.open("w") as log:
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)

        def ready() -> bool:
            assert proc.poll() is None, log_path.read_text()
            try:
                return httpx.get(f"{url}/ready", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        try:
            # A readiness wait, not a speed check: on a shared two-core CI machine a start (gazetteer load,
            # store schema) has taken over 120 s, so the deadline only catches a server that never comes up.
            wait_for(ready, STARTUP_SECONDS, "the server to be ready")
            yield url
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                code = proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise
    output = log_path.read_text()
    assert code in (0, -signal.SIGTERM), output
    assert "Application shutdown complete" in output and "Traceback" not in output, output
