"""The Claim type: frozen, compared by value, built by a hand-written __init__."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from annotations.detection.types import Claim, Kind, Qualifier


def test_init_takes_exactly_the_fields_with_their_defaults() -> None:
    parameters = list(inspect.signature(Claim.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Claim)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        expected = field.default
        if expected is dataclasses.MISSING:
            assert parameter.default is inspect.Parameter.empty, field.name
        else:
            assert parameter.default == expected, field.name


def test_claims_are_frozen_values() -> None:
    claim = Claim(Kind.MONEY, 0, 3, "$5m", value=5e6, unit="USD")
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.value = 1.0  # type: ignore[misc]
    twin = Claim(Kind.MONEY, 0, 3, "$5m", value=5e6, unit="USD")
    assert claim == twin and hash(claim) == hash(twin)
    assert claim != claim.replace(qualifier=Qualifier.APPROXIMATELY)
    assert pickle.loads(pickle.dumps(claim)) == claim  # noqa: S301 - our own bytes
    assert dataclasses.asdict(claim)["unit"] == "USD"


def test_replace_changes_only_what_it_is_given() -> None:
    claim = Claim(Kind.DATE, 4, 9, "April", normalized="2015-04")
    wider = claim.replace(start=0, text="In April")
    assert (wider.start, wider.text, wider.normalized) == (0, "In April", "2015-04")
    assert claim.start == 4
    with pytest.raises(TypeError):
        claim.replace(colour="red")
