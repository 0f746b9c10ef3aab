import unittest

from deploycheck import docs, interface

from . import support

ALERTS = ["NewswireConsumerLagGrowing", "NewswireStalled"]


class DocsTests(unittest.TestCase):
    def setUp(self):
        self.readme = (support.REPOSITORY / "Deploy" / "README.md").read_text()

    def test_the_repository_readme_documents_every_variable_and_alert(self):
        rules = support.only(support.rendered("base"), "PrometheusRule")["spec"]["groups"][0]["rules"]
        self.assertEqual(docs.check(self.readme, [rule["alert"] for rule in rules]), [])

    def test_undocumented_variable_unknown_variable_and_unexplained_alert_are_found(self):
        table = "\n".join(f"`{name}`" for name in sorted(interface.ENVIRONMENT - {"NEWSWIRE_CONCURRENCY"}))
        findings = "\n".join(docs.check(
            table + "\nNEWSWIRE_THREADS\nNEWSWIRE_INTEGRATION_EMBEDDED\n`NewswireStalled`", ALERTS))
        self.assertIn("NEWSWIRE_CONCURRENCY is not documented", findings)
        self.assertIn("mentions NEWSWIRE_THREADS", findings)
        self.assertNotIn("NEWSWIRE_INTEGRATION_EMBEDDED", findings)  # a test suite's variable, not the worker's
        self.assertIn("alert NewswireConsumerLagGrowing is not explained", findings)
        self.assertNotIn("NewswireStalled", findings)


if __name__ == "__main__":
    unittest.main()
