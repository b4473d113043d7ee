"""The examples in the detection package's docstrings are true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import annotations.detection as package

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
