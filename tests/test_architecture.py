"""The package's shape: layers in data-flow order, no import cycles, Prefect only where it is wired.

The layers, lowest first (a module may import its own layer and the ones
below it, never one above)::

    models, config  <  clean  <  analysis  <  dataset  <  run  <  flows  <  cli

``textclean.synth`` stands beside them: it needs only the records and
settings, and only the CLI uses it. ``textclean/__init__.py`` is the public
facade: it imports its names lazily from the layers and is left out here.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "textclean"
FLOWS = ROOT / "flows"

LAYERS: tuple[tuple[str, ...], ...] = (
    ("textclean.models", "textclean.config"),
    ("textclean.clean",),
    ("textclean.analysis",),
    ("textclean.dataset",),
    ("textclean.run", "textclean.review"),
    ("textclean.flows",),
    ("textclean.cli",),
)
#: Packages outside the stack, with the layers they may import and the packages that may import them.
BESIDE = {"textclean.synth": {"imports": ("textclean.models", "textclean.config"), "users": ("textclean.cli",)}}
#: Where Prefect (and its Dask runner) may be imported.
PREFECT_HOMES = ("textclean.flows", "textclean.cli")
#: Size limits a newcomer can read at once; a typer command's signature does not count (its options are data).
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60


def module_files() -> dict[str, Path]:
    """Every module of the installed package by dotted name (flows/ installs as textclean.flows)."""
    found = {}
    for base, prefix in ((PACKAGE, "textclean"), (FLOWS, "textclean.flows")):
        for path in sorted(base.rglob("*.py")):
            parts = path.relative_to(base).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join((prefix, *parts))] = path
    return found


def imports_of(name: str, path: Path) -> set[str]:
    """textclean modules and top-level third-party packages that ``name`` imports, anywhere in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)  # `from pkg import module`
    return out


MODULES = module_files()
GRAPH = {
    name: {m for m in imports_of(name, path) if m in MODULES and m != name}
    for name, path in MODULES.items()
    if name != "textclean"
}


def layer_of(module: str) -> int | None:
    for i, layer in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in layer):
            return i
    return None


def package_of(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_every_module_has_a_place() -> None:
    beside = tuple(BESIDE)
    homeless = [m for m in GRAPH if layer_of(m) is None and package_of(m) not in beside]
    assert homeless == []


def test_layers_import_only_downwards() -> None:
    wrong = []
    for module, targets in GRAPH.items():
        for target in targets:
            if package_of(target) in BESIDE:
                if package_of(module) not in (package_of(target), *BESIDE[package_of(target)]["users"]):
                    wrong.append(f"{module} -> {target}")
                continue
            mine, theirs = layer_of(module), layer_of(target)
            if mine is None:  # a package beside the stack
                allowed = BESIDE[package_of(module)]["imports"]
                if not any(target == a or target.startswith(a + ".") for a in allowed):
                    wrong.append(f"{module} -> {target}")
            elif theirs is not None and theirs > mine:
                wrong.append(f"{module} -> {target}")
    assert wrong == []


def test_no_import_cycles() -> None:
    """Tarjan's strongly connected components over module imports (function-level imports count too)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(GRAPH[v]):
            if w not in GRAPH:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    assert cycles == []


def test_cycle_detection_sees_a_cycle(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cycle test can fail: a made-up back edge is found."""
    monkeypatch.setitem(GRAPH, "textclean.clean.lines", GRAPH["textclean.clean.lines"] | {"textclean.clean.page"})
    with pytest.raises(AssertionError):
        test_no_import_cycles()


def test_only_flows_and_cli_import_prefect() -> None:
    users = sorted(
        name
        for name, path in MODULES.items()
        if any(m.split(".")[0] in ("prefect", "prefect_dask") for m in imports_of(name, path))
    )
    assert users and all(package_of(u) in PREFECT_HOMES for u in users), users


def test_packages_listed_for_install_are_the_folders() -> None:
    """pyproject lists every subpackage (a new folder left out would be missing from an install), nothing else."""
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    folders = {"textclean.flows"} | {
        ".".join(("textclean", *p.parent.relative_to(PACKAGE).parts)).rstrip(".") for p in PACKAGE.rglob("__init__.py")
    }
    assert sorted(listed) == sorted(folders)
    assert all(name == "textclean" or name.startswith("textclean.") for name in listed)


def test_no_generic_flows_package_is_installed(tmp_path: Path) -> None:
    """Outside the checkout, `flows` is not importable; textclean.flows is."""
    code = "import importlib.util as u; print(u.find_spec('flows') is None, u.find_spec('textclean.flows') is not None)"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]


def function_lengths(path: Path) -> list[tuple[str, int]]:
    """(name, lines) of every function, a typer command counted from the end of its signature."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            start = node.body[0].lineno if any("typer" in ast.unparse(a) for a in node.args.args) else node.lineno
            out.append((node.name, (node.end_lineno or node.lineno) - start + 1))
    return out


def test_modules_and_functions_fit_on_a_screen_or_two() -> None:
    long_modules = [
        f"{n} ({len(p.read_text().splitlines())})"
        for n, p in MODULES.items()
        if len(p.read_text().splitlines()) > MAX_MODULE_LINES
    ]
    long_functions = [
        f"{n}.{f} ({k})" for n, p in MODULES.items() for f, k in function_lengths(p) if k > MAX_FUNCTION_LINES
    ]
    assert long_modules == []
    assert long_functions == []
