"""Rules for the monitoring objects: the ServiceMonitor scrapes a real Service port, and every alert parses as
PromQL, uses only metrics the worker exports, and says how severe it is and what it means."""

import re

import promql_parser

from . import interface
from .objects import Rendered

_DURATION = re.compile(r"^([0-9]+(ms|s|m|h|d|w|y))+$")
_METRIC = re.compile(r"\bnewswire_[a-z0-9_]+")


def check(rendered: Rendered) -> list[str]:
    """Findings for the ServiceMonitors and PrometheusRules in `rendered`."""
    findings = []
    for monitor in rendered.of_kind("ServiceMonitor"):
        findings += _check_service_monitor(rendered, monitor)
    for rule_set in rendered.of_kind("PrometheusRule"):
        findings += _check_rules(rendered, rule_set)
    return findings


def _check_service_monitor(rendered: Rendered, monitor: dict) -> list[str]:
    where = f"ServiceMonitor {rendered.name(monitor)}"
    match_labels = monitor["spec"].get("selector", {}).get("matchLabels", {})
    namespace = monitor["metadata"].get("namespace")
    services = [s for s in rendered.of_kind("Service") if s["metadata"].get("namespace") == namespace
                and match_labels and all(s["metadata"].get("labels", {}).get(k) == v for k, v in match_labels.items())]
    if not services:
        return [f"{where}: its selector matches no Service's labels"]
    findings = []
    port_names = {port.get("name") for service in services for port in service["spec"].get("ports", [])}
    for endpoint in monitor["spec"].get("endpoints", []):
        if endpoint.get("port") not in port_names:
            findings.append(f"{where}: endpoint port {endpoint.get('port')!r} is not a named port of the Service")
        if endpoint.get("path", "/metrics") != interface.METRICS_PATH:
            findings.append(f"{where}: endpoint path {endpoint.get('path')!r} is not {interface.METRICS_PATH}")
    return findings


def _check_rules(rendered: Rendered, rule_set: dict) -> list[str]:
    findings = []
    for group in rule_set["spec"].get("groups", []):
        for rule in group.get("rules", []):
            name = rule.get("alert") or rule.get("record") or "?"
            where = f"PrometheusRule {rendered.name(rule_set)} rule {name}"
            findings += _check_rule(where, rule)
    return findings


def _check_rule(where: str, rule: dict) -> list[str]:
    findings = []
    expression = str(rule.get("expr", ""))
    try:
        promql_parser.parse(expression)
    except Exception as error:  # the parser raises plain exceptions with the position and reason
        findings.append(f"{where}: expr is not valid PromQL: {error}")
    for metric in sorted(set(_METRIC.findall(expression))):
        if not interface.known_metric(metric):
            findings.append(f"{where}: {metric} is not a metric newswire exports")
    if "for" in rule and not _DURATION.match(str(rule["for"])):
        findings.append(f"{where}: 'for' {rule['for']!r} is not a Prometheus duration")
    if "alert" in rule:
        if rule.get("labels", {}).get("severity") not in ("info", "warning", "critical"):
            findings.append(f"{where}: needs a severity label (info, warning or critical)")
        for annotation in ("summary", "description"):
            if not rule.get("annotations", {}).get(annotation):
                findings.append(f"{where}: needs a {annotation} annotation")
    return findings
