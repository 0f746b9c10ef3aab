"""Rules for autoscalers: one per Deployment, bounds within the input topic's partitions, and KEDA's Kafka
trigger pointing at the same cluster, group and topic as the worker's configuration."""

from . import interface
from .objects import Rendered

REQUIRED_KAFKA_METADATA = ("bootstrapServers", "consumerGroup", "topic", "lagThreshold")


def check(rendered: Rendered, overlay: bool) -> list[str]:
    """Findings for the autoscalers in `rendered`; an `overlay` must scale every Deployment with exactly one."""
    findings = []
    deployments = rendered.of_kind("Deployment")
    for deployment in deployments:
        scalers = rendered.autoscalers_of(deployment)
        where = f"Deployment {rendered.name(deployment)}"
        if len(scalers) > 1:
            kinds = ", ".join(s["kind"] for s in scalers)
            findings.append(f"{where}: targeted by {len(scalers)} autoscalers ({kinds}); they would fight over "
                            f"replicas: use the KEDA or the HPA component, not both")
        elif overlay and not scalers:
            findings.append(f"{where}: no autoscaler; add ../../components/keda or ../../components/hpa")
    for scaler in rendered.of_kind("HorizontalPodAutoscaler") + rendered.of_kind("ScaledObject"):
        findings += _check_target_and_bounds(rendered, scaler)
    for scaled_object in rendered.of_kind("ScaledObject"):
        findings += _check_kafka_triggers(rendered, scaled_object)
    return findings


def _check_target_and_bounds(rendered: Rendered, scaler: dict) -> list[str]:
    where = f"{scaler['kind']} {rendered.name(scaler)}"
    spec = scaler.get("spec", {})
    target = spec.get("scaleTargetRef", {})
    findings = []
    if rendered.find(target.get("kind", "Deployment"), target.get("name"), scaler["metadata"].get("namespace")) is None:
        findings.append(f"{where}: scaleTargetRef {target.get('kind', 'Deployment')}/{target.get('name')} "
                        f"is not in this kustomization")
    if scaler["kind"] == "ScaledObject":
        low, high = spec.get("minReplicaCount", 0), spec.get("maxReplicaCount", 100)
    else:
        low, high = spec.get("minReplicas", 1), spec.get("maxReplicas")
    partitions = interface.TOPIC_PARTITIONS[interface.INPUT_TOPIC]
    if high is None or high > partitions:
        findings.append(f"{where}: at most {high} replicas, but the input topic has {partitions} partitions; "
                        f"the extra workers would sit idle")
    if high is not None and low > high:
        findings.append(f"{where}: minimum {low} exceeds maximum {high}")
    if low < 2:
        findings.append(f"{where}: minimum {low} leaves no worker to take over during a restart; use at least 2")
    return findings


def _check_kafka_triggers(rendered: Rendered, scaled_object: dict) -> list[str]:
    where = f"ScaledObject {rendered.name(scaled_object)}"
    namespace = scaled_object["metadata"].get("namespace")
    target = rendered.find("Deployment", scaled_object["spec"].get("scaleTargetRef", {}).get("name"), namespace)
    environment = dict(interface.DEFAULTS)
    environment.update(rendered.environment(target) if target is not None else {})
    expected = {"bootstrapServers": environment.get("NEWSWIRE_BOOTSTRAP_SERVERS"),
                "consumerGroup": environment["NEWSWIRE_GROUP_ID"],
                "topic": environment["NEWSWIRE_INPUT_TOPIC"]}
    triggers = [t for t in scaled_object["spec"].get("triggers", []) if t.get("type") == "kafka"]
    if not triggers:
        return [f"{where}: no kafka trigger; newswire scales on consumer lag"]
    findings = []
    for trigger in triggers:
        metadata = trigger.get("metadata", {})
        for key in REQUIRED_KAFKA_METADATA:
            if key not in metadata:
                findings.append(f"{where}: kafka trigger lacks {key}")
        for key, value in metadata.items():
            if not isinstance(value, str):
                findings.append(f"{where}: kafka trigger {key} must be a string (quote it), not {value!r}")
        for key, value in expected.items():
            if key in metadata and metadata[key] != value:
                findings.append(f"{where}: kafka trigger {key} {metadata[key]!r} differs from the worker's "
                                f"{value!r}; KEDA would watch the wrong lag")
        threshold = str(metadata.get("lagThreshold", ""))
        if "lagThreshold" in metadata and (not threshold.isdigit() or int(threshold) == 0):
            findings.append(f"{where}: lagThreshold {threshold!r} must be a positive whole number")
        findings += _check_authentication(rendered, where, trigger, environment, namespace)
    return findings


def _check_authentication(rendered: Rendered, where: str, trigger: dict, environment: dict,
                          namespace: str | None) -> list[str]:
    protocol = environment.get("NEWSWIRE_SECURITY_PROTOCOL", "PLAINTEXT")
    reference = trigger.get("authenticationRef")
    if not protocol.startswith("SASL"):
        return []
    if reference is None:
        return [f"{where}: the worker uses {protocol} but the kafka trigger has no authenticationRef"]
    authentication = rendered.find(reference.get("kind", "TriggerAuthentication"), reference["name"], namespace)
    if authentication is None:
        return [f"{where}: authenticationRef {reference['name']!r} is not in this kustomization"]
    parameters = {ref["parameter"] for ref in authentication["spec"].get("secretTargetRef", [])}
    missing = sorted({"sasl", "username", "password"} - parameters)
    if protocol == "SASL_SSL" and "tls" not in parameters:
        missing.append("tls")
    if missing:
        return [f"{where}: TriggerAuthentication {reference['name']!r} lacks parameters {missing} for {protocol}"]
    return []
