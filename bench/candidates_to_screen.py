"""From clicking Generate with 4 posters to all four visible on the page.

The product as `make run` starts it (bin/run: web server and one database worker) plus a
second `manage.py run_worker`, the offline poster provider, 1K posters, driven in Debian's
Chromium. Each round clicks Generate once and waits until the four candidates' images have
loaded. Prints each round and the median; nothing is asserted. It needs the built client
(`make install` builds it) and skips when Debian's chromium is not installed.
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from support import REPO_DIR, SERVER_DIR, report, require_program, sized

sys.path.insert(0, str(REPO_DIR))

from playwright.sync_api import expect, sync_playwright

from e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, CHROMIUM, running_product

ROUNDS = sized(full=3, quick=1)
COUNT = sized(full=4, quick=2)
IDENTITY = "Trail Runner"

ALL_LOADED = """count => {
  const images = [...document.querySelectorAll('img[alt^="Candidate "]')]
    .filter(i => i.alt.includes(` of ${count} for `));
  return images.length === count && images.every(i => i.complete && i.naturalWidth > 0);
}"""


def main() -> None:
    require_program("chromium", CHROMIUM)
    if not (REPO_DIR / "client" / "dist" / "index.html").is_file():
        sys.exit("Build the client first (make install does it).")
    timings: list[float] = []
    with tempfile.TemporaryDirectory() as data, running_product(Path(data)) as stack:
        second = subprocess.Popen(
            [sys.executable, "manage.py", "run_worker"],
            cwd=SERVER_DIR,
            env=stack.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
                )
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(f"{stack.url}/login")
                page.get_by_label("E-mail").fill(ADMIN_EMAIL)
                page.get_by_label("Password").fill(ADMIN_PASSWORD)
                page.get_by_role("button", name="Sign in").click()
                expect(page.get_by_role("button", name="Sign out")).to_be_visible()
                page.goto(f"{stack.url}/images")
                page.get_by_label("Generate for").select_option(
                    label="New coach, first month (maya.okafor@demo.example.com)"
                )
                photo = SERVER_DIR / "fixtures" / "images" / "astronaut.png"
                page.get_by_label("Upload photo 1").set_input_files(str(photo))
                expect(page.get_by_alt_text("Reference photo 1")).to_be_visible(timeout=30_000)
                page.get_by_label("Choose an identity").select_option(label=f"{IDENTITY} — Health")
                page.get_by_label("Resolution").select_option("1K")
                page.get_by_label("Posters").select_option(str(COUNT))
                for _ in range(ROUNDS):
                    button = page.get_by_role("button", name="Generate Image")
                    expect(button).to_be_enabled(timeout=60_000)
                    before = page.url
                    started = time.perf_counter()
                    button.click()
                    # The new batch's id in the address: the earlier grid is gone.
                    page.wait_for_function("old => location.href !== old", arg=before)
                    page.wait_for_function(ALL_LOADED, arg=COUNT, timeout=120_000, polling=50)
                    timings.append(time.perf_counter() - started)
                browser.close()
        finally:
            second.terminate()
            second.wait(timeout=30)
    for index, seconds in enumerate(timings, 1):
        print(f"round {index}: {seconds:.2f} s from the click to {COUNT} posters on the page")
    print(
        f"median of {ROUNDS}: {statistics.median(timings):.2f} s "
        f"(offline provider, 1K, two workers, {COUNT} candidates)"
    )
    report(
        f"click to {COUNT} posters on the page (median of {ROUNDS})",
        f"{statistics.median(timings):.2f} s",
    )


if __name__ == "__main__":
    main()
