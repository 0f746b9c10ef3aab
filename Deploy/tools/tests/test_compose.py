import unittest

from deploycheck import compose

from . import support


class ComposeTests(unittest.TestCase):
    def setUp(self):
        self.document = support.compose()
        self.services = self.document["services"]

    def findings(self) -> str:
        return "\n".join(compose.check(self.document))

    def test_the_repository_compose_file_has_no_findings(self):
        self.assertEqual(compose.check(self.document), [])

    def test_wrong_partition_count_or_missing_topic_is_found(self):
        script = self.services["topics"]["command"][0]
        self.services["topics"]["command"][0] = script.replace("articles.raw:12", "articles.raw:6").replace(
            "articles.dlq$${suffix}:3", "articles.deadletters:3")
        findings = self.findings()
        self.assertIn("articles.raw gets 6 partitions, expected 12", findings)
        self.assertIn("does not create articles.dlq", findings)

    def test_stop_grace_period_not_above_the_shutdown_deadline_is_found(self):
        self.services["newswire"]["stop_grace_period"] = "30s"
        self.assertIn("stop_grace_period must exceed NEWSWIRE_SHUTDOWN_DEADLINE (30 s)", self.findings())

    def test_single_worker_or_unknown_variable_is_found(self):
        self.services["newswire"]["deploy"]["replicas"] = 1
        self.services["newswire"]["environment"]["NEWSWIRE_TOPIC"] = "articles.raw"
        findings = self.findings()
        self.assertIn("deploy.replicas >= 2", findings)
        self.assertIn("NEWSWIRE_TOPIC is not a variable newswire reads", findings)

    def test_broker_without_kraft_controller_role_is_found(self):
        self.services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] = "broker"
        self.assertIn("KRaft as broker,controller", self.findings())

    def test_worker_starting_before_topics_exist_is_found(self):
        del self.services["newswire"]["depends_on"]["topics"]
        self.assertIn("newswire must depend on topics with condition service_completed_successfully",
                      self.findings())

    def test_publishing_every_file_of_samples_is_found(self):
        command = self.services["publish"]["command"]
        command[0] = command[0].replace("/samples/*.json", "/samples/*")
        self.assertIn("publish must send only Samples/*.json", self.findings())

    def test_kcat_outside_the_tools_profile_is_found(self):
        del self.services["kcat"]["profiles"]
        self.assertIn("kcat must sit in the 'tools' profile", self.findings())

    def test_shell_scripts_of_one_shot_services_are_extracted_with_escapes_undone(self):
        scripts = compose.shell_scripts(self.document)
        self.assertEqual(sorted(scripts), ["publish", "topics"])
        self.assertTrue(scripts["topics"].startswith("#!/bin/sh\nset -eu\n"))
        self.assertIn('topic="${spec%%:*}"', scripts["topics"])
        self.assertNotIn("$$", scripts["publish"])


if __name__ == "__main__":
    unittest.main()
