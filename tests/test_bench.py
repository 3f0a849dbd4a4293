"""The benchmark still runs end to end and prints every figure (on a tiny corpus: figures, not a timing test)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench.py"


def test_benchmark_prints_throughput_stages_workers_update_and_store_figures(corpus_dir: Path):
    demo = BENCH.parent.parent / "kg" / "demo"
    report = subprocess.run([sys.executable, str(BENCH), "--sizes", "5k,10k", "--workers", "1,2", "--text", str(demo),
                             "--realistic-copies", "1", "--shared", str(corpus_dir)],
                            capture_output=True, text=True, check=True).stdout
    for heading in ("## One worker", "## Stages", "## Workers", "## Update", "## Entity density", "## Embedded store",
                    "## Realistic density"):
        assert heading in report
    assert "| `kg build` (default: the graph checked against the shapes) |" in report
    assert "| `kg build --no-validate` |" in report and "| `kg validate DIR`" in report
    assert "| validation |" in report
    assert "| generated, 5 k |" in report and f"| {demo} |" in report and "setting doc.ents alone" in report
    assert "| 10 k |" in report and "blank `zh` tokenizer" in report and "peak memory" in report
    assert "The 5 k corpus as one document:" in report
    assert "| kg_entities |" in report and "| 2 |" in report
    assert all(f"| {query.stem} |" in report for query in (BENCH.parent / "queries").glob("*.rq"))
