"""A real Neo4j 5.26 Community server for tests and local development, built from Maven Central jars.

There is no Docker engine on the development and CI machines, so `.neo4j-launcher/` holds a pom that
fetches the embedded server's jars and a short Java main that serves Bolt on 127.0.0.1. This module builds
it when needed (mvn, javac), starts it on a fresh data directory, waits until Bolt answers, records the
pid, and stops exactly that process. tests/conftest.py, .ci/run and scripts/neo4j-start all use it.

    python -m graph.neo4j.server start [--port 7687]   # prints NEO4J_URI=..., NEO4J_PID=...
    python -m graph.neo4j.server stop
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

import neo4j
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired

# Neo4j 5.26 runs on Java 17 or 21; newer JDKs on the machine (25) are not supported by it, so the
# launcher calls a supported JDK by its full path whatever JAVA_HOME says.
SUPPORTED_JAVA = ("17", "21")
JVM_DIRS = (Path("/usr/lib/jvm"), Path("/usr/local/lib/jvm"), Path("/opt/java"))
# The flags Neo4j's own launcher passes: its page cache and network code reach into these packages.
JVM_FLAGS = (
    "-Xmx1g",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
)
# A fixed heap of this many MB instead of the 1 GB maximum (benchmarks and big loads; see docs/NEO4J.md).
HEAP_ENV = "DIPLOGRAPH_NEO4J_HEAP_MB"


def jvm_flags(heap_mb: int | None = None) -> tuple[str, ...]:
    """Return the JVM flags: JVM_FLAGS, or with a fixed heap (initial = maximum) of heap_mb MB.

    A batch of contact writes keeps its transaction state on the heap until it commits: with a heap
    that starts small, young collections come often and copy that state each time (on the 2-core
    machine they took a third of the server's time in write benchmarks). Neo4j's own advice for a
    deployment is the same: initial and maximum heap equal, sized to the load.
    """
    if heap_mb is None:
        return JVM_FLAGS
    return (f"-Xms{heap_mb}m", f"-Xmx{heap_mb}m", *JVM_FLAGS[1:])


MAIN_CLASS = "diplograph.Launcher"
PID_FILE = "launcher.pid"
# A data directory without a pid file younger than this belongs to a start in progress.
STARTING_GRACE = 300.0
DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "diplograph-dev"


class LauncherError(RuntimeError):
    """The local Neo4j could not be built or started; the message says why."""


@dataclass(frozen=True)
class Toolchain:
    """The full paths of the JDK and Maven the launcher is built and run with."""

    java: Path
    javac: Path
    mvn: Path


@dataclass(frozen=True)
class ServerInfo:
    """A started local server: where Bolt listens, how to log in, and which process to stop."""

    uri: str
    user: str
    password: str
    pid: int
    home: str
    log: str
    started_in: float


def repo_root() -> Path:
    """Return the checkout this module runs from (the folder holding .neo4j-launcher/)."""
    return Path(__file__).resolve().parents[2]


def _java_major(java: Path) -> str | None:
    try:
        out = subprocess.run(
            [str(java), "-version"], capture_output=True, text=True, timeout=30, check=False
        ).stderr
    except OSError:
        return None
    # First line: openjdk version "17.0.15" 2025-04-15
    for token in out.split('"')[1:2]:
        return token.split(".")[0]
    return None


def find_toolchain() -> tuple[Toolchain | None, str]:
    """Find a supported JDK (java and javac) and Maven; return them, or None and the reason."""
    candidates: list[Path] = []
    if override := os.environ.get("DIPLOGRAPH_JAVA_HOME"):
        candidates.append(Path(override) / "bin" / "java")
    for base in JVM_DIRS:
        if base.is_dir():
            for version in SUPPORTED_JAVA:
                candidates.extend(sorted(base.glob(f"*{version}*/bin/java")))
    on_path = shutil.which("java")
    if on_path:
        candidates.append(Path(on_path).resolve())
    java: Path | None = None
    for cand in candidates:
        javac = cand.with_name("javac")
        if cand.is_file() and javac.is_file() and _java_major(cand) in SUPPORTED_JAVA:
            java = cand
            break
    mvn = shutil.which("mvn")
    missing = []
    if java is None:
        missing.append("java/javac 17 or 21")
    if mvn is None:
        missing.append("mvn")
    if java is None or mvn is None:
        return None, f"{' and '.join(missing)} not found"
    return Toolchain(java=java, javac=java.with_name("javac"), mvn=Path(mvn)), ""


class LocalNeo4j:
    """Builds, starts and stops the launcher of one checkout; state lives in ROOT/.neo4j (ignored)."""

    def __init__(self, root: Path | None = None, toolchain: Toolchain | None = None) -> None:
        self.root = root or repo_root()
        self.source = self.root / ".neo4j-launcher"
        self.state = self.root / ".neo4j"
        self.lib = self.state / "lib"
        self.classes = self.state / "classes"
        self.runs = self.state / "run"
        self.info_file = self.state / "server.json"
        self._tools = toolchain

    @property
    def tools(self) -> Toolchain:
        """The JDK and Maven to use, found on first use (stopping a server needs neither)."""
        if self._tools is None:
            found, reason = find_toolchain()
            if found is None:
                raise LauncherError(reason)
            self._tools = found
        return self._tools

    # Building
    def build(self, log: bool = True) -> None:
        """Fetch the jars (first run downloads ~125 MB) and compile the launcher when out of date."""
        pom = self.source / "pom.xml"
        stamp = self.lib / ".pom-stamp"
        if not stamp.is_file() or stamp.read_text() != pom.read_text():
            if log:
                print("neo4j: fetching the Neo4j jars with Maven (first run: 1-3 minutes)", file=sys.stderr)
            shutil.rmtree(self.lib, ignore_errors=True)
            self._run(
                [str(self.tools.mvn), "-B", "-ntp", "-q", "-f", str(pom), "dependency:copy-dependencies"]
            )
            stamp.write_text(pom.read_text())
        sources = sorted((self.source / "src").rglob("*.java"))
        marker = self.classes / ".built"
        newest = max(p.stat().st_mtime for p in [*sources, stamp])
        if not marker.is_file() or marker.stat().st_mtime < newest:
            shutil.rmtree(self.classes, ignore_errors=True)
            self._run(
                [str(self.tools.javac), "-d", str(self.classes), "-cp", f"{self.lib}/*", *map(str, sources)]
            )
            marker.touch()

    @staticmethod
    def _run(cmd: list[str]) -> None:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=900, check=False)
        if done.returncode != 0:
            tail = (done.stdout + done.stderr).strip().splitlines()[-30:]
            raise LauncherError(f"{cmd[0]} failed ({done.returncode}):\n" + "\n".join(tail))

    # Running
    def start(
        self, port: int = 0, password: str = DEFAULT_PASSWORD, timeout: float = 120.0, record: bool = True
    ) -> ServerInfo:
        """Start a server on a fresh data directory, wait until Bolt answers queries, return its info.

        With record, the server is written to .neo4j/server.json for `stop` and `status`; test sessions
        pass record=False and stop their own server by the pid returned.
        """
        self.build()
        port = port or free_port()
        began = time.monotonic()
        self.runs.mkdir(parents=True, exist_ok=True)
        self._forget_stale_runs()
        home = self.runs / f"{port}-{int(time.time() * 1000)}-{os.getpid()}"
        home.mkdir()
        log = home / "launcher.log"
        heap = os.environ.get(HEAP_ENV, "").strip()
        cmd = [
            str(self.tools.java),
            *jvm_flags(int(heap) if heap else None),
            "-cp",
            f"{self.lib}/*:{self.classes}",
            MAIN_CLASS,
            str(home),
            str(port),
        ]
        if password:
            cmd.append(password)
        with log.open("wb") as out:
            # A session of its own: the server outlives this Python process when started by a script.
            proc = subprocess.Popen(
                cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
            )
        (home / PID_FILE).write_text(str(proc.pid))
        uri = f"bolt://127.0.0.1:{port}"
        info = ServerInfo(
            uri=uri,
            user=DEFAULT_USER,
            password=password,
            pid=proc.pid,
            home=str(home),
            log=str(log),
            started_in=0.0,
        )
        try:
            self._wait_ready(proc, info, began + timeout)
        except BaseException:
            self._terminate(proc.pid)
            raise
        info = ServerInfo(**{**asdict(info), "started_in": round(time.monotonic() - began, 2)})
        if record:
            self.info_file.write_text(json.dumps(asdict(info), indent=2))
        return info

    def _wait_ready(self, proc: subprocess.Popen[bytes], info: ServerInfo, deadline: float) -> None:
        log = Path(info.log)
        while b"READY" not in log.read_bytes():
            if proc.poll() is not None:
                raise LauncherError(f"Neo4j exited with {proc.returncode}:\n{_tail(log)}")
            if time.monotonic() > deadline:
                raise LauncherError(f"Neo4j did not print READY in time:\n{_tail(log)}")
            time.sleep(0.2)
        wait_for_bolt(info.uri, info.user, info.password, deadline - time.monotonic())

    def _forget_stale_runs(self) -> None:
        """Delete the data directories of servers that no longer run (others may run from this checkout)."""
        for home in self.runs.iterdir():
            try:
                pid = int((home / PID_FILE).read_text())
            except (OSError, ValueError):
                # No pid yet: another start may be creating it this moment; leave young ones alone.
                if time.time() - home.stat().st_mtime < STARTING_GRACE:
                    continue
                pid = 0
            if pid and _alive(pid):
                continue
            shutil.rmtree(home, ignore_errors=True)

    def read_info(self) -> ServerInfo | None:
        """Return the server recorded by the last start, if any."""
        try:
            return ServerInfo(**json.loads(self.info_file.read_text()))
        except (OSError, ValueError, TypeError):
            return None

    def stop(self, info: ServerInfo | None = None, keep_data: bool = False) -> bool:
        """Stop the recorded (or given) server by its pid; return whether one was running."""
        info = info or self.read_info()
        if info is None:
            return False
        was_running = self._terminate(info.pid)
        current = self.read_info()
        if current is not None and current.pid == info.pid:
            self.info_file.unlink(missing_ok=True)
        if not keep_data:
            shutil.rmtree(info.home, ignore_errors=True)
        return was_running

    @staticmethod
    def _terminate(pid: int, grace: float = 30.0) -> bool:
        if not _alive(pid):
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while _alive(pid):
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
            time.sleep(0.1)
        return True


def _alive(pid: int) -> bool:
    # Reap our own child if it has exited, so a zombie does not look alive.
    with contextlib.suppress(ChildProcessError, OSError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def is_loopback(uri: str) -> bool:
    """Tell whether a Bolt URI points at this machine (the only kind of server tests may wipe)."""
    host = urlsplit(uri).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def free_port() -> int:
    """Ask the kernel for a free loopback port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_for_bolt(uri: str, user: str, password: str, timeout: float = 120.0) -> None:
    """Poll verify_connectivity until the server answers, or raise LauncherError after timeout seconds."""
    deadline = time.monotonic() + max(timeout, 1.0)
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
                driver.verify_connectivity()
                return
        except AuthError as exc:
            raise LauncherError(f"Neo4j at {uri} refused the credentials: {exc}") from exc
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            last = exc
            time.sleep(0.5)
    raise LauncherError(f"Neo4j at {uri} did not answer within {timeout:.0f} s: {last}")


def main(argv: list[str] | None = None) -> int:
    """Command line: start, stop or show the local Neo4j server."""
    parser = argparse.ArgumentParser(prog="python -m graph.neo4j.server", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    start = sub.add_parser("start", help="build if needed, start on a fresh data directory, wait for Bolt")
    start.add_argument("--port", type=int, default=int(os.environ.get("NEO4J_PORT", "7687")))
    start.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD", DEFAULT_PASSWORD))
    sub.add_parser("stop", help="stop the server the last start recorded")
    sub.add_parser("status", help="print the recorded server, if it runs")
    sub.add_parser("build", help="only fetch the jars and compile the launcher")
    args = parser.parse_args(argv)
    try:
        server = LocalNeo4j()
        if args.command == "build":
            server.build()
            return 0
        if args.command == "start":
            running = server.read_info()
            if running is not None and _alive(running.pid):
                print(f"neo4j: already running (pid {running.pid}) at {running.uri}", file=sys.stderr)
                info = running
            else:
                info = server.start(port=args.port, password=args.password)
                print(f"neo4j: ready in {info.started_in} s (pid {info.pid})", file=sys.stderr)
            print(f"NEO4J_URI={info.uri}\nNEO4J_USER={info.user}\nNEO4J_PASSWORD={info.password}")
            print(f"NEO4J_PID={info.pid}")
            return 0
        if args.command == "stop":
            stopped = server.stop()
            print("neo4j: stopped" if stopped else "neo4j: was not running", file=sys.stderr)
            return 0
        info_ = server.read_info()
        if info_ is None or not _alive(info_.pid):
            print("neo4j: not running")
            return 1
        print(f"neo4j: running (pid {info_.pid}) at {info_.uri}")
        return 0
    except LauncherError as exc:
        print(f"neo4j: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
