"""Rules for docker-compose.yml beyond what `docker-compose config` checks: the worker's environment, the KRaft
broker's settings, the topics and their partition counts, start-up order and shutdown timing."""

import re

from . import interface

_DURATION = re.compile(r"^(?:(\d+)m)?(?:(\d+)s)?$")


def _seconds(text) -> int | None:
    match = _DURATION.match(str(text))
    if not match or not any(match.groups()):
        return None
    return int(match.group(1) or 0) * 60 + int(match.group(2) or 0)


def check(document: dict) -> list[str]:
    """Findings for a parsed docker-compose.yml."""
    services = document.get("services", {})
    findings = [f"docker-compose.yml: no service {name!r}" for name in ("kafka", "topics", "newswire", "publish",
                                                                        "kcat") if name not in services]
    if findings:
        return findings
    findings += _check_kafka(services["kafka"])
    findings += _check_topics(services["topics"])
    findings += _check_worker(services["newswire"])
    findings += _check_depends(services)
    publish = " ".join(map(str, services["publish"].get("command") or []))
    if "/samples/*.json" not in publish:
        findings.append("docker-compose.yml: publish must send only Samples/*.json (Samples/ also holds a README and "
                        "the same articles as text)")
    if "tools" not in services["kcat"].get("profiles", []):
        findings.append("docker-compose.yml: kcat must sit in the 'tools' profile so `up` does not start it")
    return findings


def _check_kafka(kafka: dict) -> list[str]:
    environment = kafka.get("environment", {})
    findings = []
    roles = set(str(environment.get("KAFKA_PROCESS_ROLES", "")).split(","))
    if roles != {"broker", "controller"}:
        findings.append("docker-compose.yml: kafka must run KRaft as broker,controller (KAFKA_PROCESS_ROLES)")
    voters = str(environment.get("KAFKA_CONTROLLER_QUORUM_VOTERS", ""))
    if not voters.startswith(f"{environment.get('KAFKA_NODE_ID')}@"):
        findings.append("docker-compose.yml: KAFKA_CONTROLLER_QUORUM_VOTERS must name KAFKA_NODE_ID")
    listeners = str(environment.get("KAFKA_LISTENERS", ""))
    controller = str(environment.get("KAFKA_CONTROLLER_LISTENER_NAMES", ""))
    if not controller or f"{controller}://" not in listeners:
        findings.append("docker-compose.yml: KAFKA_LISTENERS lacks the controller listener")
    if str(environment.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR")) != "1":
        findings.append("docker-compose.yml: a single broker needs KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR 1")
    if "PLAINTEXT://kafka:9092" not in str(environment.get("KAFKA_ADVERTISED_LISTENERS", "")):
        findings.append("docker-compose.yml: kafka must advertise kafka:9092 to the other containers")
    if "healthcheck" not in kafka:
        findings.append("docker-compose.yml: kafka needs a healthcheck for depends_on: service_healthy")
    return findings


def _check_topics(topics: dict) -> list[str]:
    script = " ".join(topics.get("command", []) if isinstance(topics.get("command"), list)
                      else [str(topics.get("command", ""))])
    findings = []
    for topic, partitions in interface.TOPIC_PARTITIONS.items():
        match = re.search(re.escape(topic) + r"(?:\$\{suffix\}|\$\$\{suffix\})?:(\d+)", script)
        if match is None:
            findings.append(f"docker-compose.yml: the topics service does not create {topic}")
        elif int(match.group(1)) != partitions:
            findings.append(f"docker-compose.yml: {topic} gets {match.group(1)} partitions, expected {partitions}")
    return findings


def _check_worker(worker: dict) -> list[str]:
    findings = []
    replicas = worker.get("deploy", {}).get("replicas", 1)
    if replicas < 2:
        findings.append("docker-compose.yml: newswire needs deploy.replicas >= 2 to run as a consumer group")
    environment = worker.get("environment", {})
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) if "=" in item else (item, None) for item in environment)
    for key in environment:
        if key not in interface.ENVIRONMENT:
            findings.append(f"docker-compose.yml: newswire env {key} is not a variable newswire reads (typo?)")
    address = environment.get("NEWSWIRE_METRICS_ADDRESS") or interface.DEFAULTS["NEWSWIRE_METRICS_ADDRESS"]
    if interface.host_of(address) != "0.0.0.0":
        findings.append("docker-compose.yml: NEWSWIRE_METRICS_ADDRESS must listen on 0.0.0.0 in a container")
    deadline = int(environment.get("NEWSWIRE_SHUTDOWN_DEADLINE") or interface.DEFAULTS["NEWSWIRE_SHUTDOWN_DEADLINE"])
    grace = _seconds(worker.get("stop_grace_period", "10s"))
    if grace is None or grace <= deadline:
        findings.append(f"docker-compose.yml: newswire stop_grace_period must exceed NEWSWIRE_SHUTDOWN_DEADLINE "
                        f"({deadline} s), or `docker compose stop` kills workers mid-drain")
    return findings


def _check_depends(services: dict) -> list[str]:
    expected = {"topics": {"kafka": "service_healthy"},
                "newswire": {"kafka": "service_healthy", "topics": "service_completed_successfully"},
                "publish": {"topics": "service_completed_successfully"}}
    findings = []
    for service, needs in expected.items():
        depends = services[service].get("depends_on", {})
        for dependency, condition in needs.items():
            actual = depends.get(dependency, {}).get("condition") if isinstance(depends, dict) else None
            if actual != condition:
                findings.append(f"docker-compose.yml: {service} must depend on {dependency} with condition "
                                f"{condition} (has {actual})")
    return findings


def shell_scripts(document: dict) -> dict[str, str]:
    """The `sh -c` scripts of the compose services, with Compose's `$$` escapes undone, ready for shellcheck."""
    scripts = {}
    for name, service in document.get("services", {}).items():
        entrypoint, command = service.get("entrypoint"), service.get("command")
        if entrypoint in (["/bin/sh", "-c"], ["sh", "-c"]) and isinstance(command, list) and len(command) == 1:
            scripts[name] = "#!/bin/sh\n" + command[0].replace("$$", "$")
    return scripts
