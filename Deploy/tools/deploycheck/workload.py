"""Rules for the rendered workload: the Deployment against the ConfigMap, Service, PodDisruptionBudget and the
worker's interface (probes, ports, shutdown timing, security, resources)."""

from . import interface, quantity
from .objects import Rendered, pod_spec, selects


def check(rendered: Rendered, overlay: bool) -> list[str]:
    """Findings for every Deployment in `rendered`; `overlay` adds the rules for deployable overlays."""
    findings = []
    for deployment in rendered.of_kind("Deployment"):
        findings += _check_deployment(rendered, deployment, overlay)
    for config_map in rendered.of_kind("ConfigMap"):
        findings += _check_config_map(config_map)
    for service in rendered.of_kind("Service"):
        if not any(selects(service["spec"].get("selector", {}), d) for d in rendered.of_kind("Deployment")):
            findings.append(f"Service {rendered.name(service)}: its selector matches no Deployment's pods")
    for budget in rendered.of_kind("PodDisruptionBudget"):
        match_labels = budget["spec"].get("selector", {}).get("matchLabels", {})
        if not any(selects(match_labels, d) for d in rendered.of_kind("Deployment")):
            findings.append(f"PodDisruptionBudget {rendered.name(budget)}: its selector matches no Deployment's pods")
    return findings


def _check_config_map(config_map: dict) -> list[str]:
    findings, name = [], config_map["metadata"]["name"]
    for key in config_map.get("data", {}):
        if key in interface.SECRET_ENVIRONMENT:
            findings.append(f"ConfigMap {name}: {key} is a credential; reference it from a Secret instead")
        elif key not in interface.ENVIRONMENT:
            findings.append(f"ConfigMap {name}: {key} is not a variable newswire reads (typo?)")
    protocol = config_map.get("data", {}).get("NEWSWIRE_SECURITY_PROTOCOL")
    if protocol is not None and protocol not in interface.SECURITY_PROTOCOLS:
        findings.append(f"ConfigMap {name}: NEWSWIRE_SECURITY_PROTOCOL {protocol!r} is not one of "
                        f"{sorted(interface.SECURITY_PROTOCOLS)}")
    return findings


def _check_deployment(rendered: Rendered, deployment: dict, overlay: bool) -> list[str]:
    where = f"Deployment {rendered.name(deployment)}"
    findings = []
    selector = deployment["spec"].get("selector", {}).get("matchLabels", {})
    if not selects(selector, deployment):
        findings.append(f"{where}: spec.selector does not match the pod template's labels")
    if rendered.autoscalers_of(deployment) and "replicas" in deployment["spec"]:
        findings.append(f"{where}: has spec.replicas while an autoscaler owns it; every apply would reset the size")
    spec = pod_spec(deployment)
    containers = spec.get("containers", [])
    if len(containers) != 1:
        return findings + [f"{where}: expected exactly one container (the worker), found {len(containers)}"]
    container = containers[0]
    environment = rendered.environment(deployment)
    findings += _check_environment(where, container)
    findings += _check_probes_and_ports(where, container, environment)
    findings += _check_shutdown(where, spec, container, environment)
    findings += _check_security(where, spec, container)
    findings += _check_resources(where, container)
    image = container.get("image", "")
    if overlay and (image.endswith(":latest") or ":" not in image.rpartition("/")[2]):
        findings.append(f"{where}: image {image!r} has no fixed tag; pin one in the overlay's images")
    return findings


def _check_environment(where: str, container: dict) -> list[str]:
    findings = []
    for variable in container.get("env", []):
        name = variable["name"]
        if name not in interface.ENVIRONMENT:
            findings.append(f"{where}: env {name} is not a variable newswire reads (typo?)")
        if name in interface.SECRET_ENVIRONMENT and "secretKeyRef" not in variable.get("valueFrom", {}):
            findings.append(f"{where}: env {name} must come from a secretKeyRef, not a literal or ConfigMap")
    return findings


def _container_port(container: dict, port) -> int | None:
    for declared in container.get("ports", []):
        if port in (declared.get("name"), declared.get("containerPort")):
            return declared.get("containerPort")
    return None


def _check_probes_and_ports(where: str, container: dict, environment: dict) -> list[str]:
    findings = []
    address = environment.get("NEWSWIRE_METRICS_ADDRESS", interface.DEFAULTS["NEWSWIRE_METRICS_ADDRESS"])
    if interface.host_of(address) not in ("0.0.0.0", "[::]", "::", ""):
        findings.append(f"{where}: NEWSWIRE_METRICS_ADDRESS {address!r} listens on loopback only; the kubelet's "
                        f"probes and Prometheus cannot reach it (use 0.0.0.0:PORT)")
    metrics_port = interface.port_of(address)
    expected = {"livenessProbe": interface.HEALTH_PATH, "readinessProbe": interface.READY_PATH,
                "startupProbe": interface.HEALTH_PATH}
    for probe_name, path in expected.items():
        probe = container.get(probe_name)
        if probe is None:
            if probe_name != "startupProbe":
                findings.append(f"{where}: no {probe_name} (expected an httpGet on {path})")
            continue
        http = probe.get("httpGet", {})
        if http.get("path") != path:
            findings.append(f"{where}: {probe_name} must GET {path}, not {http.get('path')!r}")
        port = _container_port(container, http.get("port"))
        if port is None or port != metrics_port:
            findings.append(f"{where}: {probe_name} port {http.get('port')!r} is not the metrics listener "
                            f"(NEWSWIRE_METRICS_ADDRESS port {metrics_port})")
    return findings


def _pre_stop_seconds(container: dict) -> int:
    pre_stop = container.get("lifecycle", {}).get("preStop", {})
    if "sleep" in pre_stop:
        return int(pre_stop["sleep"].get("seconds", 0))
    command = pre_stop.get("exec", {}).get("command", [])
    if len(command) == 2 and command[0] in ("sleep", "/bin/sleep", "/usr/bin/sleep") and command[1].isdigit():
        return int(command[1])
    return 0


def _check_shutdown(where: str, spec: dict, container: dict, environment: dict) -> list[str]:
    findings = []
    deadline = environment.get("NEWSWIRE_SHUTDOWN_DEADLINE", interface.DEFAULTS["NEWSWIRE_SHUTDOWN_DEADLINE"])
    if not str(deadline).isdigit():
        return [f"{where}: NEWSWIRE_SHUTDOWN_DEADLINE {deadline!r} is not a whole number of seconds"]
    pre_stop = _pre_stop_seconds(container)
    if pre_stop == 0:
        findings.append(f"{where}: no preStop sleep")
    grace = spec.get("terminationGracePeriodSeconds", 30)
    if grace <= pre_stop + int(deadline):
        findings.append(f"{where}: terminationGracePeriodSeconds {grace} must exceed the preStop sleep ({pre_stop} s) "
                        f"plus NEWSWIRE_SHUTDOWN_DEADLINE ({deadline} s), or pods are killed mid-drain")
    return findings


def _check_security(where: str, spec: dict, container: dict) -> list[str]:
    findings = []
    pod_security, security = spec.get("securityContext", {}), container.get("securityContext", {})
    if not (security.get("runAsNonRoot", pod_security.get("runAsNonRoot"))):
        findings.append(f"{where}: runAsNonRoot is not set")
    if security.get("runAsUser", pod_security.get("runAsUser")) == 0:
        findings.append(f"{where}: runs as root (runAsUser 0)")
    if not security.get("readOnlyRootFilesystem"):
        findings.append(f"{where}: readOnlyRootFilesystem is not true")
    if security.get("allowPrivilegeEscalation", True):
        findings.append(f"{where}: allowPrivilegeEscalation is not false")
    return findings


def _check_resources(where: str, container: dict) -> list[str]:
    findings = []
    resources = container.get("resources", {})
    for resource in ("cpu", "memory"):
        request = resources.get("requests", {}).get(resource)
        limit = resources.get("limits", {}).get(resource)
        if request is None or limit is None:
            findings.append(f"{where}: needs both a request and a limit for {resource}")
            continue
        try:
            if quantity.parse(request) > quantity.parse(limit):
                findings.append(f"{where}: {resource} request {request} exceeds its limit {limit}")
        except ValueError as error:
            findings.append(f"{where}: {error}")
    return findings
