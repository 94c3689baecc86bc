"""The whole product for browser tests: web server + task worker + Debian's Chromium."""

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, sync_playwright

REPO = Path(__file__).resolve().parent.parent
SERVER = REPO / "server"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ADMIN_EMAIL = "admin@example.com"
ADMIN_PASSWORD = "e2e-admin-password"


@dataclass(frozen=True)
class Stack:
    url: str
    data_dir: Path
    env: dict[str, str]
    process_group: int  # bin/run's, which its web server and worker share


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the product exited while starting")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port}")


def processes_in_group(group: int) -> dict[int, str]:
    """The live processes of a process group by id, with their command lines, read from /proc."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == group and fields[0] != "Z":
                found[int(stat.parent.name)] = (
                    (stat.parent / "cmdline").read_text().replace("\0", " ")
                )
        except (OSError, IndexError, ValueError):  # the process ended while we looked
            continue
    return found


@contextmanager
def running_product(
    data_dir: Path, *, stop_timeout_s: float = 15, unset: tuple[str, ...] = (), **overrides: str
) -> Iterator[Stack]:
    """The product as `make run` starts it (bin/run), stopped at the end as Ctrl-C stops it:
    no process may be left after `stop_timeout_s` and nothing may crash. `unset` names
    variables of the environment left out."""
    port = _free_port()
    env = {
        **os.environ,
        "DATA_DIR": str(data_dir),
        "PORT": str(port),
        "DJANGO_DEBUG": "1",
        "TASKS_BACKEND": "database",
        "IMAGE_PROVIDER": "local",
        "DEMO_ADMIN_EMAIL": ADMIN_EMAIL,
        "DEMO_ADMIN_PASSWORD": ADMIN_PASSWORD,
        **overrides,
    }
    for variable in (
        "GEMINI_API_KEY",
        "DATABASE_URL",
        "MEDIA_ROOT",
        "DJANGO_SETTINGS_MODULE",
        *unset,
    ):
        env.pop(variable, None)
    log = data_dir / "run.log"
    with log.open("wb") as output:
        run = subprocess.Popen(  # its own process group, like a terminal's foreground job
            [str(REPO / "bin" / "run")],
            cwd=REPO,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_for(port, run, timeout=120)
        yield Stack(
            url=f"http://127.0.0.1:{port}", data_dir=data_dir, env=env, process_group=run.pid
        )
    finally:
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C sends
        stopped_at = time.monotonic()
        run.wait(timeout=stop_timeout_s + 15)
        deadline = stopped_at + stop_timeout_s
        while processes_in_group(run.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = list(processes_in_group(run.pid).values())
        if left:
            os.killpg(run.pid, signal.SIGKILL)
        text = log.read_text(errors="replace")
        assert not left, f"still running after Ctrl-C: {left}"
        assert "Segmentation fault" not in text, text[-3000:]
        assert "Traceback" not in text, text[-3000:]


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    if not (REPO / "client" / "dist" / "index.html").is_file():
        pytest.fail("Build the client first (make test does it).")
    with running_product(tmp_path_factory.mktemp("stack")) as product:
        yield product


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    )
    yield browser
    browser.close()


AXE = REPO / "client" / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page: Page) -> list[str]:
    """What axe-core (WCAG 2 A and AA rules, and best practices) finds wrong with the page as
    it is now, one line per rule with the first elements it failed on."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
            .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3)
              .map(n => n.target.join(' ')).join(', ')}`)"""
    )
    return list(found)
