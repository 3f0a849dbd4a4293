"""notebooks/explore.ipynb runs top to bottom in a fresh kernel and shows its tables and the graph."""
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
    tables = [output.text for output in outputs if output.output_type == "stream" and "-+-" in output.text]
    assert [table.split()[0] for table in tables] == ["type", "company", "program"]
    assert all("(0 rows)" not in table for table in tables)
    pages = [output.data["text/html"] for output in outputs if "text/html" in output.get("data", {})]
    assert len(pages) == 1 and "<iframe srcdoc=" in pages[0] and "kg-data" in pages[0]
