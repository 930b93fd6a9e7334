"""API latency through real HTTP: a uvicorn server process on a benchmark store, loaded at fixed concurrency.

    .venv/bin/python -m bench.api_latency --store data/bench/x.db --targets data/bench/x.json

The server is `uvicorn --factory app.main:app_factory` (its own process, `--workers N`, no in-process
worker, warnings-only logs) on the given store. Each endpoint is loaded for a fixed time by wrk
(Debian's package; with a Lua script cycling through the endpoint's request paths) at a fixed number of
connections, after an untimed warm-up; without wrk an asyncio httpx client does the same, and the table
says which ran. Latencies are wrk's (or the client's) per-request times; the server's resident memory is
read from /proc after the runs. A SQLite file is read once before the server starts, so that it sits in
the OS page cache as the file of a server that has run for a while does (a first pass over a cold 2 GB
file measures this machine's disk, not the service).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

# One year for the country network: the last full year of the synthetic graphs.
YEAR = ("2024-01-01", "2024-12-31")
LUA = """
local paths = {}
local i = 0
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  i = (tonumber(args[2]) or 0) % #paths
end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests": %d, "seconds": %f, "p50": %d, "p90": %d, "p99": %d, "max": %d, '
    .. '"non2xx": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.status, e.connect, e.read, e.write, e.timeout))
end
"""


@dataclass
class Result:
    """One endpoint's run: requests, throughput, latency percentiles (ms), and errors."""

    endpoint: str
    requests: int
    rps: float
    p50: float
    p90: float
    p99: float
    max: float
    errors: int
    tool: str


def endpoints(targets: dict[str, list[Any]]) -> dict[str, list[str]]:
    """Build the request paths of each benchmarked endpoint from the store's targets."""
    pairs, leaders, countries = targets["pairs"], targets["leaders"], targets["countries"]
    since, until = YEAR
    return {
        "pairs": [f"/v1/pairs?a={a}&b={b}" for a, b in pairs],
        "contacts by leader": [f"/v1/contacts?leader={x}" for x in leaders],
        "contacts by pair": [f"/v1/contacts?leader={a}&with={b}" for a, b in pairs],
        "contacts by country": [f"/v1/contacts?country={c}" for c in countries],
        "counterparts": [f"/v1/leaders/{x}/counterparts" for x in leaders],
        "country network, one year": [
            f"/v1/countries/{c}/network?since={since}&until={until}" for c in countries
        ],
    }


def free_port() -> int:
    """Return a free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A running uvicorn server: its URL and the pid of its main process."""

    url: str
    pid: int

    def pids(self) -> list[int]:
        """Return the main process and its children (the workers when there are several)."""
        found = [self.pid]
        try:
            for task in Path(f"/proc/{self.pid}/task").iterdir():
                children = (task / "children").read_text().split()
                found += [int(c) for c in children]
        except OSError:
            pass
        return found

    def memory_mb(self) -> dict[int, tuple[float, float]]:
        """Return each process's resident and peak resident memory in MB (VmRSS, VmHWM)."""
        out: dict[int, tuple[float, float]] = {}
        for pid in self.pids():
            try:
                fields = dict(
                    line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                )
            except OSError:
                continue
            rss = int(fields.get("VmRSS", "0 kB").split()[0]) / 1024
            hwm = int(fields.get("VmHWM", "0 kB").split()[0]) / 1024
            out[pid] = (rss, hwm)
        return out


def warm(location: str) -> None:
    """Read a SQLite file once so that it sits in the OS page cache, as a long-running server's does."""
    path = Path(location)
    for part in (path, path.with_name(path.name + "-wal")):
        if part.is_file():
            with part.open("rb") as f:
                while f.read(1 << 24):
                    pass


@contextmanager
def serve(store: str, workers: int = 1, env: dict[str, str] | None = None) -> Iterator[Server]:
    """Run the API on a store in a uvicorn process of its own until the block ends."""
    if "://" not in store:
        warm(store)
    port = free_port()
    uvicorn = str(Path(sys.executable).with_name("uvicorn"))
    cmd = [uvicorn, "--factory", "app.main:app_factory", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(workers), "--no-access-log", "--log-level", "warning"]  # fmt: skip
    environ = {
        **os.environ,
        "DIPLOGRAPH_STORE": store,
        "DIPLOGRAPH_WORKER": "false",
        "DIPLOGRAPH_LOG_LEVEL": "WARNING",
        **(env or {}),
    }
    log = tempfile.NamedTemporaryFile(prefix="bench-server-", suffix=".log", delete=False)  # noqa: SIM115
    proc = subprocess.Popen(cmd, env=environ, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited: {Path(log.name).read_text()[-3000:]}")
            try:
                if httpx.get(url + "/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not get ready in 180 s")
            time.sleep(0.3)
        if workers > 1:
            time.sleep(2.0)  # every worker process up, not only the first
        yield Server(url, proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        os.unlink(log.name)


def run_wrk(url: str, paths: Sequence[str], seconds: float, connections: int, threads: int) -> Result:
    """Load one endpoint with wrk for a number of seconds; return its figures."""
    with tempfile.TemporaryDirectory() as tmp:
        script, listing = Path(tmp) / "paths.lua", Path(tmp) / "paths.txt"
        script.write_text(LUA)
        listing.write_text("\n".join(paths) + "\n")
        cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "10s",
               "-s", str(script), url, "--", str(listing), "0"]  # fmt: skip
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("WRK "))
    data = json.loads(line[4:])
    errors = data["non2xx"] + data["connect"] + data["read"] + data["write"] + data["timeout"]
    return Result(
        endpoint="", requests=data["requests"], rps=data["requests"] / data["seconds"],
        p50=data["p50"] / 1000, p90=data["p90"] / 1000, p99=data["p99"] / 1000, max=data["max"] / 1000,
        errors=errors, tool=f"wrk -t{threads} -c{connections}",
    )  # fmt: skip


async def _httpx_load(url: str, paths: Sequence[str], seconds: float, connections: int) -> Result:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=10) as client:
        stop = time.perf_counter() + seconds

        async def one(k: int) -> None:
            nonlocal errors
            i = k
            while time.perf_counter() < stop:
                i = (i + 1) % len(paths)
                began = time.perf_counter()
                try:
                    response = await client.get(paths[i])
                    if response.status_code >= 300:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append(time.perf_counter() - began)

        began = time.perf_counter()
        await asyncio.gather(*(one(k) for k in range(connections)))
        elapsed = time.perf_counter() - began
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000 if latencies else 0.0

    return Result(
        endpoint="", requests=len(latencies), rps=len(latencies) / elapsed, p50=pct(50), p90=pct(90),
        p99=pct(99), max=latencies[-1] * 1000 if latencies else 0.0, errors=errors,
        tool=f"httpx asyncio, {connections} connections",
    )  # fmt: skip


def load_endpoint(
    url: str, name: str, paths: Sequence[str], seconds: float, connections: int, threads: int = 1
) -> Result:
    """Warm an endpoint up untimed, then load it; wrk when installed, else the httpx client."""
    if shutil.which("wrk"):
        run_wrk(url, paths, min(2.0, seconds), connections, threads)
        result = run_wrk(url, paths, seconds, connections, threads)
    else:
        asyncio.run(_httpx_load(url, paths, min(2.0, seconds), connections))
        result = asyncio.run(_httpx_load(url, paths, seconds, connections))
    result.endpoint = name
    return result


def check_answers(url: str, paths: dict[str, list[str]]) -> None:
    """Ask each endpoint once and fail unless it answers 200 (a benchmark of errors measures nothing)."""
    with httpx.Client(base_url=url, timeout=30) as client:
        for name, listing in paths.items():
            response = client.get(listing[0])
            if response.status_code != 200:
                answer = f"{response.status_code}: {response.text[:300]}"
                raise RuntimeError(f"{name}: {listing[0]} answered {answer}")


def main() -> None:
    """Serve one store and print the latency table."""
    from bench.report import machine, table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--targets", required=True, type=Path, help="the store's JSON file (targets)")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    paths = endpoints(json.loads(args.targets.read_text())["targets"])
    print("\n".join(machine()))
    with serve(args.store, args.workers) as server:
        check_answers(server.url, paths)
        rows = []
        for name, listing in paths.items():
            r = load_endpoint(server.url, name, listing, args.seconds, args.connections)
            rows.append((name, r.requests, r.rps, r.p50, r.p99, r.max, r.errors))
        memory = server.memory_mb()
    print(table(f"API latency ({args.workers} workers, {rows and r.tool})",
                ["endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors"], rows))  # fmt: skip
    for pid, (rss, hwm) in memory.items():
        print(f"process {pid}: {rss:.0f} MB resident, {hwm:.0f} MB peak")


if __name__ == "__main__":
    main()
