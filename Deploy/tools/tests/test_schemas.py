import unittest

from deploycheck import schemas

from . import support


class SchemaTests(unittest.TestCase):
    def setUp(self):
        result = support.rendered("overlays/production")
        self.custom = [o for o in result.objects if o["apiVersion"].rpartition("/")[0] in schemas.CUSTOM_GROUPS]
        self.scaled_object = support.only(result, "ScaledObject")

    def test_every_custom_resource_of_the_repository_matches_its_crd(self):
        self.assertEqual({o["kind"] for o in self.custom},
                         {"ScaledObject", "TriggerAuthentication", "ServiceMonitor", "PrometheusRule"})
        for obj in self.custom:
            with self.subTest(kind=obj["kind"]):
                self.assertEqual(schemas.validate(obj, obj["kind"]), [])

    def test_a_field_the_crd_does_not_define_is_found(self):
        self.scaled_object["spec"]["minReplicas"] = 3
        self.assertEqual(schemas.validate(self.scaled_object, "so"),
                         ["so: field spec.minReplicas is not defined by the ScaledObject CRD (typo?)"])

    def test_a_wrong_type_or_missing_required_field_is_found(self):
        self.scaled_object["spec"]["pollingInterval"] = "often"
        del self.scaled_object["spec"]["triggers"][0]["type"]
        [finding] = schemas.validate(self.scaled_object, "so")
        self.assertIn("spec.pollingInterval", finding)
        self.assertIn("spec.triggers.0.type: Field required", finding)

    def test_an_unserved_api_version_or_unknown_kind_is_found(self):
        self.scaled_object["apiVersion"] = "keda.sh/v1beta1"
        self.assertIn("is not the served keda.sh/v1alpha1", schemas.validate(self.scaled_object, "so")[0])
        self.scaled_object["kind"] = "ScaledJob"
        self.assertIn("no schema known", schemas.validate(self.scaled_object, "so")[0])


if __name__ == "__main__":
    unittest.main()
