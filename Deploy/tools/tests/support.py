"""Shared helpers for the deploycheck tests: the repository's own files, rendered, to mutate in each test."""

import copy
from pathlib import Path

import yaml

from deploycheck import kustomize
from deploycheck.objects import Rendered

REPOSITORY = Path(__file__).resolve().parents[3]
KUBERNETES = REPOSITORY / "Deploy" / "kubernetes"


def rendered(root: str) -> Rendered:
    """A fresh rendering of `Deploy/kubernetes/<root>` (tests may mutate it)."""
    return Rendered(kustomize.render(KUBERNETES / root), root)


def only(result: Rendered, kind: str) -> dict:
    """The single object of `kind` in `result`."""
    objects = result.of_kind(kind)
    assert len(objects) == 1, f"expected one {kind}, found {len(objects)}"
    return objects[0]


def container(result: Rendered) -> dict:
    """The worker container of the rendered Deployment."""
    return only(result, "Deployment")["spec"]["template"]["spec"]["containers"][0]


def compose() -> dict:
    """docker-compose.yml, parsed."""
    return yaml.safe_load((REPOSITORY / "docker-compose.yml").read_text())


def copy_of(value):
    """A deep copy, so a mutation stays inside one test."""
    return copy.deepcopy(value)
