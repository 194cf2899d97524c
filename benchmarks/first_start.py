"""First start: a fresh data directory until ``python app.py`` answers HTTP 200.

    python -m benchmarks.first_start                 # the default embedder, 1 run
    python -m benchmarks.first_start --runs 3

Each run starts ``python app.py`` on 127.0.0.1 with a new, empty
``ASSISTANT_DATA_DIR`` (so the built-in course is indexed first: the shipped
course vectors and the embedding cache decide how much the model must do) and
polls ``/`` until it answers 200. Reported per run: seconds to HTTP 200, the
ingest line the app logged, the processor seconds the app used until then (its
finished children, the file parsers, included) and the load average: on a
shared machine the wall-clock time is mostly waiting for a core, and the
processor seconds say what a dedicated machine would need. Bounded: a run gives up after
``--timeout`` seconds. Results: ``benchmarks/results/first_start.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from assistant.config import Settings

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"


def _cpu_s(pid: int) -> float:
    """Processor seconds of the app and of its children that ended (the parser workers)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def one_run(embedder: str, timeout: float) -> dict[str, Any]:
    """Start the app on a fresh data directory; seconds until ``/`` answers 200."""
    workdir = Path(tempfile.mkdtemp(prefix="agora-first-start-"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "ASSISTANT_DATA_DIR": str(workdir / "data"),
        "ASSISTANT_EMBEDDER": embedder,
        "ASSISTANT_HOST": "127.0.0.1",
        "ASSISTANT_PORT": str(port),
        "ASSISTANT_LOG_LEVEL": "INFO",
    }
    env.pop("ASSISTANT_CHROMA_URL", None)  # a fresh embedded index, never a shared server
    log_path = workdir / "app.log"
    load = os.getloadavg()[0]
    started = time.perf_counter()
    seconds, cpu, ready = None, None, None
    try:
        with log_path.open("wb") as log:
            process = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env,
                                       stdout=log, stderr=subprocess.STDOUT)
        try:
            while time.perf_counter() - started < timeout and process.poll() is None:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as reply:
                        if reply.status == 200:
                            seconds = time.perf_counter() - started
                            cpu = _cpu_s(process.pid)
                            break
                except OSError:
                    time.sleep(0.25)
            # The app serves while a first index is built: then until answers come
            # from the course (/readyz 200).
            while seconds is not None and time.perf_counter() - started < timeout:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz",
                                                timeout=5) as reply:
                        if reply.status == 200:
                            ready = time.perf_counter() - started
                            break
                except OSError:
                    time.sleep(0.25)
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        text = log_path.read_text("utf-8", errors="replace")
        ingest = [line.split("INFO", 1)[-1].strip(" :-") for line in text.splitlines()
                  if "chunks embedded" in line or "First run" in line]
        return {
            "seconds_to_200": round(seconds, 1) if seconds is not None else None,
            "seconds_to_ready": round(ready, 1) if ready is not None else None,
            "app_cpu_s": round(cpu, 1) if cpu is not None else None,
            "ingest_log": ingest,
            "load_average": round(load, 2),
            "error": None if seconds is not None else text[-2000:],
        }
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def markdown(results: dict[str, Any]) -> str:
    lines = [
        "# First start: fresh data directory to HTTP 200",
        "",
        f"`{results['command']}` — {results['machine']}; embedder `{results['embedder']}`.",
        "",
        "| run | seconds to HTTP 200 | seconds to ready (`/readyz` 200) | app CPU s at 200 "
        "| load average at start | ingest |",
        "|---|---|---|---|---|---|",
    ]
    for i, run in enumerate(results["runs"], 1):
        lines.append(f"| {i} | {run['seconds_to_200']} | {run.get('seconds_to_ready', '—')} "
                     f"| {run['app_cpu_s']} | {run['load_average']} "
                     f"| {'; '.join(run['ingest_log'])} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--embedder", default=str(Settings.model_fields["embedder"].default))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=600.0, help="per run, seconds")
    parser.add_argument("--out", type=Path, default=RESULTS / "first_start.json")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {
        "command": "python -m benchmarks.first_start " + " ".join(argv or sys.argv[1:]),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}",
        "embedder": args.embedder,
        "runs": [],
    }
    for _ in range(args.runs):
        run = one_run(args.embedder, args.timeout)
        results["runs"].append(run)
        print(json.dumps({k: v for k, v in run.items() if k != "error"}), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    args.out.with_suffix(".md").write_text(markdown(results), "utf-8")
    print(markdown(results))
    return results


if __name__ == "__main__":
    main()
