"""The Dask recipe on a real local cluster of worker processes.

The results must equal the single-process ones, custom rules included: rules,
Cleaners and Articles travel to the workers by pickle.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean import Block, Cleaner, rule
from newsclean.batch import clean_records
from tests.batch_pages import html_page, story

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parents[1]
PAGES = 300
"""A few hundred pages: enough for every worker to get several partitions."""
WORKERS = 2
PARTITIONS = 12
CLUSTER_TIMEOUT_S = 180
"""The scripted runs take seconds; this only stops a hung cluster."""


@rule("shouting")
def shouting(block: Block) -> str | None:
    """Lines in capitals are chrome on this site."""
    return "all capitals" if block.text.isupper() else None


def _records() -> list[dict[str, Any]]:
    """HTML pages, text dumps, a page in cp1251 with its Content-Type, and one bad record."""
    records: list[dict[str, Any]] = []
    for number in range(PAGES):
        if number % 3 == 0:
            page: str | bytes = "ADVERTISEMENT\n" + "\n".join(story(number))
        else:
            page = html_page(number, extra="<p>WEATHER ALERT FOR THE COAST</p>")
        records.append({"id": number, "html": page, "url": f"https://example.com/{number}"})
    cyrillic = "Городской совет проголосовал во вторник за восстановление старого моста."
    records.append({
        "id": "cp1251",
        "html": html_page(1, charset=None, extra=f"<p>{cyrillic}</p>").encode("cp1251"),
        "content_type": "text/html; charset=windows-1251",
    })
    records.append({"id": "bad", "body": "no html field"})
    return records


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A local cluster of worker processes, one thread each, for this module."""
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=WORKERS, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as dask_client:
        yield dask_client


def test_cluster_results_equal_single_process(client: Any) -> None:
    """map_partitions(clean_records) on the cluster gives exactly the local results."""
    import dask.bag as db

    records = _records()
    cleaner = Cleaner().with_rules(shouting)
    local = clean_records(records, cleaner=cleaner)
    bag = db.from_sequence(records, npartitions=PARTITIONS)
    remote = bag.map_partitions(clean_records, cleaner=cleaner).compute()
    assert remote == local
    assert len(remote) == PAGES + 2
    # The work really ran on more than one worker process.
    assert len({w["id"] for w in client.scheduler_info()["workers"].values()}) == WORKERS
    by_id = {r["source"]["id"]: r for r in remote}
    assert by_id[1]["text"] == "\n\n".join(story(1))
    assert {"shouting"} <= {r["rule"] for r in by_id[1]["removed"]}
    assert by_id["cp1251"]["text"].endswith("старого моста.")
    bad = {"source": {"id": "bad", "url": None}, "error": "no page in field 'html'"}
    assert by_id["bad"] == bad


SCRIPT = textwrap.dedent(
    '''
    import json
    import sys

    import dask.bag as db
    from distributed import Client, LocalCluster

    from newsclean import Cleaner, rule
    from newsclean.batch import clean_records


    @rule("shouting")
    def shouting(block):
        """Lines in capitals are chrome on this site."""
        return "all capitals" if block.text.isupper() else None


    def main():
        page = "WEATHER ALERT\\nThe council voted on Tuesday to rebuild the old stone bridge."
        records = [{"id": n, "html": page} for n in range(40)]
        cleaner = Cleaner().with_rules(shouting)
        local = clean_records(records, cleaner=cleaner, fields=["text", "removed"])
        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
            with Client(cluster):
                bag = db.from_sequence(records, npartitions=4)
                remote = bag.map_partitions(
                    clean_records, cleaner=cleaner, fields=["text", "removed"]
                ).compute()
        json.dump({"local": local, "remote": remote}, sys.stdout)


    if __name__ == "__main__":
        main()
    '''
)


def _run_script(tmp_path: Path, *, as_file: bool) -> dict[str, Any]:
    """Run SCRIPT as a file (workers can re-import it) or with -c (like a notebook: they cannot)."""
    script = tmp_path / "job.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [
        str(REPO / "src"), os.environ.get("PYTHONPATH")
    ]))}
    command = [sys.executable, str(script)] if as_file else [sys.executable, "-c", SCRIPT]
    done = subprocess.run(
        command, cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=CLUSTER_TIMEOUT_S, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_rule_from_a_script_reaches_the_workers(tmp_path: Path) -> None:
    """A @rule defined in the script being run (its __main__) works on the workers."""
    result = _run_script(tmp_path, as_file=True)
    assert result["remote"] == result["local"]
    assert all(r["removed"][0]["rule"] == "shouting" for r in result["remote"])


def test_rule_from_a_notebook_reaches_the_workers(tmp_path: Path) -> None:
    """A @rule defined where workers cannot re-import __main__ (a notebook, -c) works too."""
    result = _run_script(tmp_path, as_file=False)
    assert result["remote"] == result["local"]
    assert all(r["removed"][0]["rule"] == "shouting" for r in result["remote"])
