"""How quickly the graph page of a large corpus opens, settles and answers, in headless Chromium.

    .venv/bin/python benchmarks/large_page.py [COMPANIES ...]    (default: 300 1000 2000 4000)

The graphs are synthetic (tests/synthetic.py): about 1.55 nodes and 2.1 relations per
company, sentences spread over 400 documents. For each size it prints the page's size,
the time to render it in Python, the time from opening the file until the layout has
settled and frozen (as seen from here, and as the page measures it from its script's
start), the layout iterations run (the page stops laying out after 4 s), and how long
a type filter and a search take in the page.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from browser import chromium, find_chromium, open_page  # noqa: E402
from synthetic import synthetic_graph  # noqa: E402

from kg.export.html import render_html  # noqa: E402

INTERACTION = """
const box = document.querySelector("#type-filter input[data-type=Company]");
let t = performance.now(); box.click(); const filter = performance.now() - t; box.click();
const search = document.getElementById("search");
t = performance.now(); search.value = "科技"; search.dispatchEvent(new Event("input")); const found = performance.now() - t;
return [filter, found];
"""


def main(sizes: list[int]) -> None:
    found = find_chromium()
    if found is None:
        sys.exit("chromium and chromedriver are needed (make test installs them as root)")
    print(f"{'nodes':>6} {'edges':>6} {'page MB':>7} {'render s':>8} {'open→settled s':>14} "
          f"{'in page s':>9} {'iterations':>10} {'filter ms':>9} {'search ms':>9}")
    with chromium(*found) as session, tempfile.TemporaryDirectory() as folder:
        for companies in sizes:
            resolved = synthetic_graph(companies=companies)
            started = time.perf_counter()
            html = render_html(resolved)
            rendered = time.perf_counter() - started
            page = Path(folder) / f"graph-{companies}.html"
            page.write_text(html, encoding="utf-8")
            started = time.perf_counter()
            open_page(session, page, timeout=600)
            settled = time.perf_counter() - started
            edges, in_page_ms, iterations = session.execute_script(
                "return [kgPage.edges.length, kgPage.stabilisedMs, kgPage.layoutIterations]")
            filter_ms, search_ms = session.execute_script(INTERACTION)
            print(f"{len(resolved.entities):>6} {edges:>6} {len(html.encode()) / 1e6:>7.1f} {rendered:>8.2f} "
                  f"{settled:>14.2f} {in_page_ms / 1000:>9.2f} {iterations:>10} {filter_ms:>9.0f} {search_ms:>9.0f}")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [300, 1000, 2000, 4000])
