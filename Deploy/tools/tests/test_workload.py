import unittest

from deploycheck import workload

from . import support


class WorkloadTests(unittest.TestCase):
    def setUp(self):
        self.result = support.rendered("overlays/production")
        self.container = support.container(self.result)
        self.deployment = support.only(self.result, "Deployment")
        self.config = support.only(self.result, "ConfigMap")["data"]

    def findings(self, overlay=True) -> str:
        return "\n".join(workload.check(self.result, overlay))

    def test_the_repository_base_and_overlays_have_no_findings(self):
        for root, overlay in (("base", False), ("overlays/production", True), ("overlays/without-keda", True)):
            with self.subTest(root=root):
                self.assertEqual(workload.check(support.rendered(root), overlay), [])

    def test_grace_period_not_above_prestop_plus_shutdown_deadline_is_found(self):
        self.config["NEWSWIRE_SHUTDOWN_DEADLINE"] = "40"
        self.assertIn("terminationGracePeriodSeconds 45 must exceed", self.findings())

    def test_missing_prestop_is_found(self):
        del self.container["lifecycle"]
        self.assertIn("no preStop sleep", self.findings())

    def test_metrics_listener_on_loopback_is_found(self):
        self.config["NEWSWIRE_METRICS_ADDRESS"] = "127.0.0.1:9464"
        self.assertIn("listens on loopback only", self.findings())

    def test_probe_on_the_wrong_path_or_port_is_found(self):
        self.container["livenessProbe"]["httpGet"]["path"] = "/readyz"
        self.container["readinessProbe"]["httpGet"]["port"] = 8080
        findings = self.findings()
        self.assertIn("livenessProbe must GET /healthz", findings)
        self.assertIn("readinessProbe port 8080 is not the metrics listener", findings)

    def test_credentials_in_the_config_map_or_as_literals_are_found(self):
        self.config["NEWSWIRE_SASL_PASSWORD"] = "hunter2"
        self.container["env"][0] = {"name": "NEWSWIRE_SASL_USERNAME", "value": "newswire"}
        findings = self.findings()
        self.assertIn("NEWSWIRE_SASL_PASSWORD is a credential", findings)
        self.assertIn("env NEWSWIRE_SASL_USERNAME must come from a secretKeyRef", findings)

    def test_variables_newswire_does_not_read_are_found(self):
        self.config["NEWSWIRE_BOOTSTRAP_SERVER"] = "kafka:9092"
        self.assertIn("NEWSWIRE_BOOTSTRAP_SERVER is not a variable newswire reads", self.findings())

    def test_request_above_limit_and_missing_limit_are_found(self):
        self.container["resources"]["requests"]["memory"] = "2Gi"
        del self.container["resources"]["limits"]["cpu"]
        findings = self.findings()
        self.assertIn("memory request 2Gi exceeds its limit 1Gi", findings)
        self.assertIn("needs both a request and a limit for cpu", findings)

    def test_writable_root_or_root_user_is_found(self):
        self.container["securityContext"]["readOnlyRootFilesystem"] = False
        self.deployment["spec"]["template"]["spec"]["securityContext"]["runAsUser"] = 0
        findings = self.findings()
        self.assertIn("readOnlyRootFilesystem is not true", findings)
        self.assertIn("runs as root", findings)

    def test_replicas_beside_an_autoscaler_and_unpinned_image_are_found(self):
        self.deployment["spec"]["replicas"] = 3
        self.container["image"] = "newswire:latest"
        findings = self.findings()
        self.assertIn("has spec.replicas while an autoscaler owns it", findings)
        self.assertIn("has no fixed tag", findings)

    def test_service_and_budget_selecting_no_pods_are_found(self):
        support.only(self.result, "Service")["spec"]["selector"]["app.kubernetes.io/component"] = "api"
        support.only(self.result, "PodDisruptionBudget")["spec"]["selector"]["matchLabels"] = {}
        findings = self.findings()
        self.assertIn("Service newswire/newswire (overlays/production): its selector matches no", findings)
        self.assertIn("PodDisruptionBudget newswire/newswire (overlays/production): its selector", findings)


if __name__ == "__main__":
    unittest.main()
