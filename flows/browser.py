"""Finding a Chromium that Playwright can drive: the system one, else Playwright's own.

``python -m flows.browser [--install]`` checks (and with --install tries to download
Playwright's Chromium when the system has none), printing one clear message when neither works.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from spiders.settings import PLAYWRIGHT_LAUNCH_OPTIONS

LAUNCH_ARGS = PLAYWRIGHT_LAUNCH_OPTIONS["args"]


def try_launch(executable: str | None) -> str | None:
    """Open a page in headless Chromium; returns None when it works, else the error."""
    from playwright.sync_api import Error, sync_playwright

    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=executable, headless=True, args=LAUNCH_ARGS
            )
            page = browser.new_page()
            page.set_content("<p id='x'>ok</p>")
            text = page.inner_text("#x")
            browser.close()
        return None if text == "ok" else f"unexpected page text {text!r}"
    except Error as exc:
        return str(exc).splitlines()[0]


def main(argv: list[str] | None = None) -> int:
    from flows.config import load_config

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--install", action="store_true", help="download Playwright's Chromium if needed"
    )
    args = parser.parse_args(argv)
    system = load_config().chromium_path
    if Path(system).exists():
        error = try_launch(system)
        if error is None:
            print(f"browser: {system} works", file=sys.stderr)
            return 0
        print(f"browser: {system} does not start: {error}", file=sys.stderr)
    error = try_launch(None)
    if error is not None and args.install:
        subprocess.run([sys.executable, "-m", "playwright", "install", "chromium"], check=False)
        error = try_launch(None)
    if error is None:
        print("browser: Playwright's own Chromium works", file=sys.stderr)
        return 0
    print(
        "browser: no usable Chromium. Install Debian's package (`sudo apt-get install chromium`) "
        f"and set chromium_path (now {system}), or run `.venv/bin/playwright install chromium` "
        "on a machine with internet access.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
