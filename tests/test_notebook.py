"""notebooks/explore.ipynb runs top to bottom in a fresh kernel and shows its DataFrames, a plot and the graph."""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def test_explore_notebook_runs_top_to_bottom(tmp_path: Path):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()

    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error" or output.get("name") == "stderr"]
    frames = [output.data["text/html"] for output in outputs
              if "text/html" in output.get("data", {}) and "dataframe" in output.data["text/html"]]
    assert len(frames) == 4, "types, evidence, programs and parks are shown as DataFrames"
    for columns, html in zip((("type", "nodes"), ("company", "place", "file", "sentence", "confidence"),
                              ("program", "companies", "names"), ("park", "companies")), frames):
        assert all(f"<th>{column}</th>" in html for column in columns)
        assert "<tbody>\n    <tr>" in html or "<tbody>\n<tr>" in html or "<td>" in html, "a DataFrame with rows"
    plots = [output for output in outputs if "image/png" in output.get("data", {})]
    assert len(plots) == 1, "one figure: companies per park and per program"
    pages = [output.data["text/html"] for output in outputs
             if "text/html" in output.get("data", {}) and "<iframe srcdoc=" in output.data["text/html"]]
    assert len(pages) == 1 and "kg-data" in pages[0]
