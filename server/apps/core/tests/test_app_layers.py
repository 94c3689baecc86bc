"""The apps form layers and import one way: each app may import only the apps below it.

From the bottom: `core` (shared plumbing), `users`, `privacy` (consent and the audit log,
which every feature records into and reads), the two features a person's data is made of,
`test_scenario` (the accounts an admin may act for), generation on top of those, and the
person's lifecycle (erasure, withdrawal, retention), which acts on every app's rows through
the functions each app offers for its own. Apps on one layer do not import each other.
Tests and migrations are not checked: a test builds rows of any app it needs.
"""

import ast
from pathlib import Path

import pytest

LAYERS: list[set[str]] = [
    {"core"},
    {"users"},
    {"privacy"},
    {"reference_images", "identities"},
    {"test_scenario"},
    {"image_generation"},
    {"person_lifecycle"},
]

SERVER = Path(__file__).resolve().parents[3]
APPS = SERVER / "apps"


def _layer_of(app: str) -> int:
    return next(index for index, layer in enumerate(LAYERS) if app in layer)


def _imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


def _production_modules(root: Path) -> list[Path]:
    return [
        path
        for path in sorted(root.rglob("*.py"))
        if not {"tests", "migrations"} & set(path.relative_to(root).parts)
    ]


def _app_imports() -> list[tuple[str, str, Path]]:
    """(importing app, imported app, file) for every import of another app."""
    found = []
    for path in _production_modules(APPS):
        app = path.relative_to(APPS).parts[0]
        for module in _imported_modules(path):
            parts = module.split(".")
            if parts[0] == "apps" and len(parts) > 1 and parts[1] != app:
                found.append((app, parts[1], path))
    return found


def test_every_app_has_a_layer() -> None:
    apps = {path.name for path in APPS.iterdir() if (path / "apps.py").exists()}
    assert apps == set().union(*LAYERS)


def test_apps_import_only_the_layers_below_them() -> None:
    upward = [
        f"{path.relative_to(SERVER)}: {importer} imports {imported}"
        for importer, imported, path in _app_imports()
        if _layer_of(imported) >= _layer_of(importer)
    ]
    assert upward == []


def test_services_import_no_app() -> None:
    """The providers and the face library are below every app: they know no model."""
    offending = [
        f"{path.relative_to(SERVER)}: {module}"
        for path in _production_modules(SERVER / "services")
        for module in _imported_modules(path)
        if module.split(".")[0] == "apps"
    ]
    assert offending == []


@pytest.mark.parametrize(
    ("source", "finds"),
    [
        (
            "from apps.image_generation.models import GenerationJob\n",
            "apps.image_generation.models",
        ),
        ("import apps.privacy.audit\n", "apps.privacy.audit"),
        ("from .sibling import thing\n", None),
    ],
)
def test_the_import_reader_sees_absolute_imports_only(
    tmp_path: Path, source: str, finds: str | None
) -> None:
    module = tmp_path / "module.py"
    module.write_text(source)
    assert _imported_modules(module) == ({finds} if finds else set())
