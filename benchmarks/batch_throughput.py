"""Pages per second of the batch command with 1, 2... worker processes, and of Dask.

    python benchmarks/batch_throughput.py ../shared/benchmarks/scrapinghub/html
        [--jobs 1 2] [--rounds 3] [--copies 3] [--dask]

Each round runs ``newsclean --jobs N --fields=-removed DIR...`` as a user would (a
fresh process, output to /dev/null) with the directory given ``--copies`` times,
and reads the pages/s from its summary line, which times reading, cleaning and
writing but not the interpreter's start. Rounds alternate between job counts so
a busy neighbour slows all of them alike; the table gives the median and range.
``--dask`` adds a run of the same pages through ``clean_records`` on a local
Dask cluster of 2 worker processes (timed from compute() to results, cluster
already up).
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

SUMMARY = re.compile(r"(\d+) pages, (\d+) articles, (\d+) failed in [\d.]+ s \(([\d.]+) pages/s")
DASK_WORKERS = 2
DASK_PARTITIONS_PER_WORKER = 4


def run_cli(paths: list[str], jobs: int) -> tuple[int, float]:
    """Pages and pages/s of one run of the command."""
    done = subprocess.run(
        [sys.executable, "-m", "newsclean", "--jobs", str(jobs), "--fields=-removed", *paths],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
    )
    match = SUMMARY.search(done.stderr)
    if match is None:
        raise SystemExit(f"no summary line from newsclean:\n{done.stderr}")
    return int(match.group(1)), float(match.group(4))


def run_dask(paths: list[Path]) -> tuple[int, float]:
    """Pages and pages/s of ``clean_records`` over a bag on a local cluster."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    from newsclean.batch import clean_records

    records = [{"id": str(p), "html": gzip.decompress(p.read_bytes())} for p in paths]
    with LocalCluster(
        n_workers=DASK_WORKERS, threads_per_worker=1, dashboard_address=None
    ) as cluster, Client(cluster):
        bag = db.from_sequence(records, npartitions=DASK_WORKERS * DASK_PARTITIONS_PER_WORKER)
        started = time.perf_counter()
        results = bag.map_partitions(clean_records, fields=["title", "text"]).compute()
        seconds = time.perf_counter() - started
    return len(results), len(results) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--dask", action="store_true")
    args = parser.parse_args()
    paths = [str(args.directory)] * args.copies
    speeds: dict[str, list[float]] = {}
    pages: dict[str, int] = {}
    for _ in range(args.rounds):
        for jobs in args.jobs:
            label = f"newsclean --jobs {jobs}"
            pages[label], speed = run_cli(paths, jobs)
            speeds.setdefault(label, []).append(speed)
        if args.dask:
            files = sorted(args.directory.glob("*.html.gz")) * args.copies
            pages["dask, 2 worker processes"], speed = run_dask(files)
            speeds.setdefault("dask, 2 worker processes", []).append(speed)
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end\n")
    print("| run | pages | pages/s (median) | min | max |")
    print("|---|---|---|---|---|")
    for label, values in speeds.items():
        print(f"| {label} | {pages[label]} | {statistics.median(values):.1f} "
              f"| {min(values):.1f} | {max(values):.1f} |")


if __name__ == "__main__":
    main()
