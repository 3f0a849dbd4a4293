"""Headless Chromium for the page tests and benchmarks/large_page.py: the system browser, network off.

Debian's `chromium` and `chromium-driver` (installed by `make test` when it runs as
root) driven by selenium; selenium is told where both are, so it never tries to
download a browser or a driver.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTH, HEIGHT = 1400, 900
# Without the background-networking flags Chromium's own connections are refused on a closed network.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  f"--window-size={WIDTH},{HEIGHT}")


def find_chromium() -> tuple[str, str] | None:
    """Paths of the browser and its driver, or None when either is missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@contextmanager
def chromium(browser: str, driver: str) -> Iterator[webdriver.Chrome]:
    """A headless Chromium with an empty profile, its network switched off, a viewport of WIDTH x HEIGHT."""
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        session = webdriver.Chrome(options=options, service=Service(executable_path=driver))
        try:
            session.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
            session.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
            yield session
        finally:
            session.quit()


def open_page(session: webdriver.Chrome, page: Path, timeout: float = 120) -> None:
    """Open a page from disk and wait until its layout has settled (the page marks <body data-state="ready">)."""
    session.get(Path(page).resolve().as_uri())
    deadline = time.monotonic() + timeout
    while session.execute_script("return document.body.dataset.state") != "ready":
        if time.monotonic() > deadline:
            raise TimeoutError(f"{page}: layout still running after {timeout:.0f} s")
        time.sleep(0.1)
