"""The benchmark still runs end to end and prints every figure (on a tiny corpus: figures, not a timing test)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench.py"


def test_benchmark_prints_throughput_stages_workers_update_and_store_figures():
    demo = BENCH.parent.parent / "kg" / "demo"
    report = subprocess.run([sys.executable, str(BENCH), "--sizes", "5k,10k", "--workers", "1,2", "--text", str(demo)],
                            capture_output=True, text=True, check=True).stdout
    for heading in ("## One worker", "## Stages", "## Workers", "## Update", "## Entity density", "## Embedded store"):
        assert heading in report
    assert "| generated, 5 k |" in report and f"| {demo} |" in report and "setting doc.ents alone" in report
    assert "| 10 k |" in report and "blank `zh` tokenizer" in report and "peak memory" in report
    assert "The 5 k corpus as one document:" in report
    assert "| kg_entities |" in report and "| 2 |" in report
    assert all(f"| {query.stem} |" in report for query in (BENCH.parent / "queries").glob("*.rq"))


def test_benchmark_of_the_analytics_prints_its_figures():
    report = subprocess.run([sys.executable, str(BENCH), "--analytics", "--sizes", "5k",
                             "--analytics-nodes", "100"],
                            capture_output=True, text=True, check=True).stdout
    assert "# kg analyze benchmark" in report and "exact betweenness would take s" in report
    assert "| 5 k |" in report and "betweenness exact" in report
    assert "| 100 |" in report
