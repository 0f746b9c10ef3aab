"""Rules that keep Deploy/README.md in step with the files: every variable of the worker documented and no
unknown one, and every alert of the PrometheusRule explained."""

import re

from . import interface

_VARIABLE = re.compile(r"\bNEWSWIRE_[A-Z0-9_]*[A-Z0-9]\b")


def check(readme: str, alerts: list[str]) -> list[str]:
    """Findings for the text of Deploy/README.md, given the names of the alerts the manifests define."""
    findings = []
    mentioned = set(_VARIABLE.findall(readme))
    for name in sorted(interface.ENVIRONMENT - mentioned):
        findings.append(f"Deploy/README.md: {name} is not documented in the configuration table")
    for name in sorted(mentioned - interface.ENVIRONMENT - interface.TEST_ENVIRONMENT):
        findings.append(f"Deploy/README.md: mentions {name}, which newswire does not read")
    for alert in alerts:
        if f"`{alert}`" not in readme:
            findings.append(f"Deploy/README.md: alert {alert} is not explained in the Alerts table")
    return findings
