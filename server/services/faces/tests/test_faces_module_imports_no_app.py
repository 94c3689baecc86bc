"""The faces module serves reference photos and poster likeness alike, so it depends on
neither: it reads settings and nothing of the project's apps."""

import ast
from pathlib import Path

FACES_DIR = Path(__file__).resolve().parents[1]


def imported_modules(source: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_no_file_of_the_faces_module_imports_an_app() -> None:
    sources = sorted(FACES_DIR.glob("*.py"))
    assert len(sources) > 5

    for source in sources:
        app_imports = {
            name for name in imported_modules(source) if name == "apps" or name.startswith("apps.")
        }
        assert app_imports == set(), source.name
