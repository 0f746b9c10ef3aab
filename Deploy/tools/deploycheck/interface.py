"""The worker's published interface, which every deployment file must agree with.

These are the names the team implements in `newswire run` (issues 5 and 6). When the worker gains or renames an
environment variable, metric or topic, change it here and the checks point at every file that needs to follow.
"""

# Environment variables `newswire run` reads.
ENVIRONMENT = frozenset({
    "NEWSWIRE_BOOTSTRAP_SERVERS", "NEWSWIRE_GROUP_ID", "NEWSWIRE_INPUT_TOPIC", "NEWSWIRE_ENRICHED_TOPIC",
    "NEWSWIRE_EVENTS_TOPIC", "NEWSWIRE_DLQ_TOPIC", "NEWSWIRE_OUTPUT_VERSION", "NEWSWIRE_CONCURRENCY",
    "NEWSWIRE_MAX_MESSAGE_BYTES", "NEWSWIRE_MAX_IN_FLIGHT", "NEWSWIRE_COMMIT_INTERVAL",
    "NEWSWIRE_SHUTDOWN_DEADLINE", "NEWSWIRE_METRICS_ADDRESS", "NEWSWIRE_LOG_FORMAT", "NEWSWIRE_LOG_LEVEL",
    "NEWSWIRE_SECURITY_PROTOCOL", "NEWSWIRE_SASL_MECHANISM", "NEWSWIRE_SASL_USERNAME", "NEWSWIRE_SASL_PASSWORD",
    "NEWSWIRE_CONFIG_FILE", "NEWSWIRE_KAFKA_PROPERTY",
})

# Variables of the test suites, not of `newswire run`: the README may mention them (its real-broker tests section),
# but no deployment file sets them.
TEST_ENVIRONMENT = frozenset({"NEWSWIRE_INTEGRATION_EMBEDDED"})

# Variables that carry credentials: only ever from a Secret, never in a ConfigMap or a literal value.
SECRET_ENVIRONMENT = frozenset({"NEWSWIRE_SASL_USERNAME", "NEWSWIRE_SASL_PASSWORD"})

# Defaults of `newswire run` where a deployment file leaves a variable unset.
DEFAULTS = {
    "NEWSWIRE_GROUP_ID": "newswire",
    "NEWSWIRE_INPUT_TOPIC": "articles.raw",
    "NEWSWIRE_SHUTDOWN_DEADLINE": "30",
    "NEWSWIRE_METRICS_ADDRESS": "127.0.0.1:9464",
    "NEWSWIRE_SECURITY_PROTOCOL": "PLAINTEXT",
}

SECURITY_PROTOCOLS = frozenset({"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"})

# Prometheus metric families on /metrics; histograms also expose _bucket, _sum and _count series.
COUNTERS_AND_GAUGES = frozenset({
    "newswire_messages_consumed_total", "newswire_records_produced_total", "newswire_dead_letters_total",
    "newswire_in_flight_messages", "newswire_committed_offset", "newswire_consumer_lag",
    "newswire_rebalances_total", "newswire_kafka_errors_total",
})
HISTOGRAMS = frozenset({"newswire_stage_duration_seconds", "newswire_end_to_end_latency_seconds"})

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
METRICS_PATH = "/metrics"
METRICS_PORT = 9464

# Topics and their partition counts (docker-compose.yml creates them; autoscalers stop at the input's count).
TOPIC_PARTITIONS = {"articles.raw": 12, "articles.enriched": 12, "articles.events": 12, "articles.dlq": 3}
INPUT_TOPIC = "articles.raw"


def known_metric(name: str) -> bool:
    """Whether a series name is one the worker exports (a histogram's _bucket/_sum/_count included)."""
    if name in COUNTERS_AND_GAUGES or name in HISTOGRAMS:
        return True
    for suffix in ("_bucket", "_sum", "_count"):
        if name.endswith(suffix) and name[: -len(suffix)] in HISTOGRAMS:
            return True
    return False


def port_of(address: str) -> int | None:
    """The port of a `host:port` listen address, or None when it has none."""
    _, _, port = address.rpartition(":")
    return int(port) if port.isdigit() else None


def host_of(address: str) -> str:
    """The host part of a `host:port` listen address."""
    return address.rpartition(":")[0]
