"""Running the work in worker processes, with a bounded number of pages in flight.

Cleaning is pure Python and holds the GIL, so threads give no speed-up; worker
processes do. Pages are read lazily and at most ``IN_FLIGHT_PER_WORKER`` per
worker wait in the pool, so a WARC of a million pages is never all in memory.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from .tasks import PageTask
from .worker import Job, Outcome, run

IN_FLIGHT_PER_WORKER = 8
"""Pages queued per worker: enough to keep it busy, few enough to bound memory."""

_worker_job: list[Job] = []
"""The job of *this* worker process, set once by :func:`_start_worker`.

The Cleaner travels to each worker once, instead of once per page.
"""


def _start_worker(job: Job) -> None:
    _worker_job[:] = [job]


def _run_in_worker(task: PageTask) -> Outcome:
    return run(_worker_job[0], task)


def outcomes(
    job: Job, tasks: Iterable[PageTask], *, jobs: int = 1, ordered: bool = True
) -> Iterator[Outcome]:
    """One outcome per task: in input order, or as they finish when ``ordered`` is false."""
    if jobs <= 1:
        for task in tasks:
            yield run(job, task)
        return
    window = jobs * IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(job,)) as pool:
        try:
            if ordered:
                yield from _in_order(pool, tasks, window)
            else:
                yield from _as_finished(pool, tasks, window)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _in_order(pool: ProcessPoolExecutor, tasks: Iterable[PageTask], window: int) -> (
    Iterator[Outcome]
):
    pending: deque[Future[Outcome]] = deque()
    for task in tasks:
        pending.append(pool.submit(_run_in_worker, task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _as_finished(pool: ProcessPoolExecutor, tasks: Iterable[PageTask], window: int) -> (
    Iterator[Outcome]
):
    pending: set[Future[Outcome]] = set()
    for task in tasks:
        pending.add(pool.submit(_run_in_worker, task))
        if len(pending) >= window:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in done)
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        yield from (future.result() for future in done)
