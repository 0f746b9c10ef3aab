import unittest

from deploycheck import dockerfile

from . import support

MANIFEST = """\
let package = Package(
    name: "tool",
    targets: [
        .target(name: "Plain"),
        .target(
            name: "WithData",
            dependencies: [.product(name: "X", package: "x")],
            resources: [.copy("Data")]
        ),
        .executableTarget(name: "CLI", resources: [.process("Help.txt")]),
    ]
)
"""


class DockerfileTests(unittest.TestCase):
    def setUp(self):
        self.text = (support.REPOSITORY / "Deploy" / "Dockerfile").read_text()
        self.manifest = (support.REPOSITORY / "Package.swift").read_text()

    def test_resource_bundles_are_named_after_package_and_targets_with_resources(self):
        self.assertEqual(dockerfile.resource_bundles(MANIFEST), ["tool_WithData.resources", "tool_CLI.resources"])

    def test_the_repository_dockerfile_has_no_findings(self):
        self.assertEqual(dockerfile.check(self.text, self.manifest), [])

    def test_bundle_not_copied_is_found_even_if_a_comment_names_it(self):
        text = self.text.replace('"${bin_path}"/*.resources', '"${bin_path}"/other.resources')
        text += "\n# newswire_NewswireExtraction.resources\n"
        self.assertIn("newswire_NewswireExtraction.resources", dockerfile.check(text, self.manifest)[0])

    def test_root_user_missing_healthcheck_and_other_command_are_found(self):
        text = self.text.replace("USER 10001:10001", "USER root").replace("HEALTHCHECK", "# HEALTHCHECK")
        text = text.replace('CMD ["run"]', 'CMD ["demo"]')
        findings = "\n".join(dockerfile.check(text, self.manifest))
        self.assertIn("numeric non-root USER", findings)
        self.assertIn("no HEALTHCHECK on /healthz", findings)
        self.assertIn('CMD ["run"]', findings)


if __name__ == "__main__":
    unittest.main()
