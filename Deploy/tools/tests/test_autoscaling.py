import unittest

from deploycheck import autoscaling

from . import support


class AutoscalingTests(unittest.TestCase):
    def setUp(self):
        self.result = support.rendered("overlays/production")
        self.scaled_object = support.only(self.result, "ScaledObject")
        self.metadata = self.scaled_object["spec"]["triggers"][0]["metadata"]

    def findings(self) -> str:
        return "\n".join(autoscaling.check(self.result, overlay=True))

    def test_the_repository_overlays_have_no_findings(self):
        for root in ("overlays/production", "overlays/without-keda"):
            with self.subTest(root=root):
                self.assertEqual(autoscaling.check(support.rendered(root), overlay=True), [])

    def test_keda_and_hpa_on_one_deployment_are_found(self):
        hpa = support.only(support.rendered("overlays/without-keda"), "HorizontalPodAutoscaler")
        self.result.objects.append(hpa)
        self.assertIn("targeted by 2 autoscalers", self.findings())

    def test_overlay_without_autoscaler_is_found(self):
        self.result.objects.remove(self.scaled_object)
        self.assertIn("no autoscaler", self.findings())

    def test_trigger_drifting_from_the_worker_configuration_is_found(self):
        support.only(self.result, "ConfigMap")["data"]["NEWSWIRE_GROUP_ID"] = "newswire-v2"
        self.metadata["topic"] = "articles.enriched"
        findings = self.findings()
        self.assertIn("consumerGroup 'newswire' differs from the worker's 'newswire-v2'", findings)
        self.assertIn("topic 'articles.enriched' differs from the worker's 'articles.raw'", findings)

    def test_unquoted_or_missing_trigger_values_are_found(self):
        self.metadata["lagThreshold"] = 1000
        del self.metadata["consumerGroup"]
        findings = self.findings()
        self.assertIn("lagThreshold must be a string", findings)
        self.assertIn("kafka trigger lacks consumerGroup", findings)

    def test_more_replicas_than_input_partitions_is_found(self):
        self.scaled_object["spec"]["maxReplicaCount"] = 24
        self.assertIn("the input topic has 12 partitions", self.findings())

    def test_sasl_cluster_without_trigger_authentication_is_found(self):
        del self.scaled_object["spec"]["triggers"][0]["authenticationRef"]
        self.assertIn("uses SASL_SSL but the kafka trigger has no authenticationRef", self.findings())

    def test_trigger_authentication_without_tls_on_sasl_ssl_is_found(self):
        authentication = support.only(self.result, "TriggerAuthentication")
        authentication["spec"]["secretTargetRef"] = [
            r for r in authentication["spec"]["secretTargetRef"] if r["parameter"] != "tls"]
        self.assertIn("lacks parameters ['tls'] for SASL_SSL", self.findings())


if __name__ == "__main__":
    unittest.main()
