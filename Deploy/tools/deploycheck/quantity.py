"""Kubernetes resource quantities (`500m`, `2`, `256Mi`, `1G`) as numbers, for comparing requests with limits."""

import re

_SUFFIXES = {
    "n": 1e-9, "u": 1e-6, "m": 1e-3, "": 1.0, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18,
    "Ki": 2.0**10, "Mi": 2.0**20, "Gi": 2.0**30, "Ti": 2.0**40, "Pi": 2.0**50, "Ei": 2.0**60,
}
_PATTERN = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$")


def parse(quantity) -> float:
    """The value of a quantity; raises ValueError for text that is not one."""
    match = _PATTERN.match(str(quantity))
    if not match:
        raise ValueError(f"{quantity!r} is not a Kubernetes quantity")
    return float(match.group(1)) * _SUFFIXES[match.group(2) or ""]
