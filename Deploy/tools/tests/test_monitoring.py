import unittest

from deploycheck import monitoring

from . import support


class MonitoringTests(unittest.TestCase):
    def setUp(self):
        self.result = support.rendered("base")
        self.rules = support.only(self.result, "PrometheusRule")["spec"]["groups"][0]["rules"]
        self.monitor = support.only(self.result, "ServiceMonitor")

    def findings(self) -> str:
        return "\n".join(monitoring.check(self.result))

    def test_the_repository_monitoring_objects_have_no_findings(self):
        self.assertEqual(monitoring.check(self.result), [])

    def test_the_four_required_alerts_exist(self):
        names = {rule["alert"] for rule in self.rules}
        self.assertLessEqual({"NewswireConsumerLagGrowing", "NewswireDeadLetterRateHigh", "NewswireNotReady",
                              "NewswireRebalanceStorm"}, names)

    def test_invalid_promql_is_found(self):
        self.rules[0]["expr"] = "sum(rate(newswire_messages_consumed_total[5m])"
        self.assertIn("expr is not valid PromQL", self.findings())

    def test_metric_the_worker_does_not_export_is_found(self):
        self.rules[0]["expr"] = "sum(newswire_consumer_lags) > 0"
        self.assertIn("newswire_consumer_lags is not a metric newswire exports", self.findings())

    def test_histogram_series_are_known_but_counter_suffixes_are_not(self):
        self.rules[0]["expr"] = ("histogram_quantile(0.99, sum by (le) (rate("
                                 "newswire_end_to_end_latency_seconds_bucket[5m]))) > 1")
        self.assertEqual(monitoring.check(self.result), [])
        self.rules[0]["expr"] = "rate(newswire_rebalances_total_count[5m]) > 1"
        self.assertIn("newswire_rebalances_total_count is not a metric", self.findings())

    def test_alert_without_severity_or_with_bad_duration_is_found(self):
        del self.rules[1]["labels"]["severity"]
        self.rules[1]["for"] = "10 minutes"
        findings = self.findings()
        self.assertIn("needs a severity label", findings)
        self.assertIn("is not a Prometheus duration", findings)

    def test_service_monitor_on_an_unnamed_port_or_unmatched_selector_is_found(self):
        self.monitor["spec"]["endpoints"][0]["port"] = "http"
        self.assertIn("endpoint port 'http' is not a named port", self.findings())
        self.monitor["spec"]["selector"]["matchLabels"] = {"app": "other"}
        self.assertIn("its selector matches no Service", self.findings())


if __name__ == "__main__":
    unittest.main()
