"""A Neo4j server of one test's own that can be stopped and started again on the same data.

The session's server (tests/conftest.py) must stay up for everyone else, and LocalNeo4j.start always
begins on a fresh data directory; an outage test needs the same database back after the outage. This
runs the same launcher (jars, JVM flags, main class) on a data directory the test keeps, on a fixed port.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from graph.neo4j.server import (
    DEFAULT_USER,
    JVM_FLAGS,
    MAIN_CLASS,
    LauncherError,
    LocalNeo4j,
    Toolchain,
    free_port,
    wait_for_bolt,
)


class RestartableNeo4j:
    """One Neo4j process at a time on `home` and one port; stop() is a clean shutdown, start() again.

    Authentication is off (the launcher sets a password on every start, and Neo4j refuses to set the one
    it already has), so any user and password are accepted.
    """

    def __init__(self, home: Path, toolchain: Toolchain) -> None:
        self.launcher = LocalNeo4j(toolchain=toolchain)
        self.home = home
        self.password = "unused"
        self.user = DEFAULT_USER
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def uri(self) -> str:
        """The Bolt URI, the same across restarts."""
        return f"bolt://127.0.0.1:{self.port}"

    def start(self, timeout: float = 180.0) -> None:
        """Start the server on the kept data directory and wait until Bolt answers queries."""
        self.launcher.build(log=False)
        self.home.mkdir(parents=True, exist_ok=True)
        self.starts += 1
        log = self.home.parent / f"neo4j-run-{self.starts}.log"
        command = [
            str(self.launcher.tools.java), *JVM_FLAGS, "-cp",
            f"{self.launcher.lib}/*:{self.launcher.classes}", MAIN_CLASS,
            str(self.home), str(self.port),
        ]
        with log.open("wb") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while b"READY" not in log.read_bytes():
            if self.process.poll() is not None:
                raise LauncherError(f"Neo4j exited with {self.process.returncode}: {log.read_text()[-3000:]}")
            if time.monotonic() > deadline:
                self.stop()
                raise LauncherError(f"Neo4j did not start in {timeout:.0f} s: {log.read_text()[-3000:]}")
            time.sleep(0.2)
        wait_for_bolt(self.uri, self.user, self.password, deadline - time.monotonic())

    def stop(self, grace: float = 60.0) -> None:
        """Shut the server down cleanly (SIGTERM), killing it only if it does not end within grace."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
