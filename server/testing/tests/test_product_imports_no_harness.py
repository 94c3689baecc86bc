"""The product runs without its test harness: no production module imports `testing` (the fake
Gemini server, local S3, test media) or an app's `tests` package."""

import ast
from pathlib import Path

SERVER_DIR = Path(__file__).resolve().parents[2]
PRODUCT = ("apps", "services", "settings", "urls.py", "wsgi.py", "manage.py")


def product_modules() -> list[Path]:
    """Every Python file the product is made of, migrations included, tests and conftest not."""
    files: list[Path] = []
    for entry in PRODUCT:
        path = SERVER_DIR / entry
        files += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return [
        file
        for file in files
        if "tests" not in file.relative_to(SERVER_DIR).parts and file.name != "conftest.py"
    ]


def is_harness(module: str) -> bool:
    parts = module.split(".")
    return parts[0] == "testing" or "tests" in parts


def harness_imports(source: str) -> list[str]:
    """The harness modules `source` imports: import statements, and import_module("...")."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if is_harness(alias.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if is_harness(node.module):
                found.append(node.module)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name | ast.Attribute)
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
            == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and is_harness(node.args[0].value)
        ):
            found.append(node.args[0].value)
    return found


def test_no_production_module_imports_the_test_harness() -> None:
    modules = {str(module.relative_to(SERVER_DIR)): module for module in product_modules()}
    assert {"urls.py", "settings/common.py", "apps/core/storage/__init__.py"} <= set(modules)
    assert not any(name.startswith("testing/") or "/tests/" in name for name in modules)

    offenders = {
        name: imports
        for name, module in modules.items()
        if (imports := harness_imports(module.read_text()))
    }

    assert offenders == {}


def test_every_way_of_importing_the_harness_is_seen() -> None:
    source = """
import testing
import testing.fake_gemini as fake
from testing import StoredMedia
from testing.media import local_media
from apps.core.tests.factories import UserFactory
importlib.import_module("testing.fake_gemini")
import_module("apps.users.tests")
import testingtools
from apps.core import testing_free
from .tests_nearby import thing
"""
    assert sorted(harness_imports(source)) == [
        "apps.core.tests.factories",
        "apps.users.tests",
        "testing",
        "testing",
        "testing.fake_gemini",
        "testing.fake_gemini",
        "testing.media",
    ]
