import tempfile
import textwrap
import unittest
from pathlib import Path

from deploycheck import kustomize

from . import support

CONFIG_MAP = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  KEY: base
"""
DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  selector: {matchLabels: {app: a}}
  template:
    metadata: {labels: {app: a}}
    spec:
      containers: [{name: c, image: "registry:5000/team/app:1.0"}]
"""


class KustomizeTests(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.root = Path(self.directory.name)
        self.write("base/configmap.yaml", CONFIG_MAP)
        self.write("base/deployment.yaml", DEPLOYMENT)
        self.write("base/kustomization.yaml", """\
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources: [configmap.yaml, deployment.yaml]
            """)

    def tearDown(self):
        self.directory.cleanup()

    def write(self, name: str, text: str) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))

    def overlay(self, body: str, resources: str = "[../base]") -> list[dict]:
        header = textwrap.dedent(f"""\
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources: {resources}
            """)
        self.write("overlay/kustomization.yaml", header + textwrap.dedent(body))
        return kustomize.render(self.root / "overlay")

    def test_overlay_sets_namespace_labels_image_and_applies_json_patches(self):
        objects = self.overlay("""\
            namespace: prod
            labels:
              - pairs: {team: news}
            images:
              - {name: "registry:5000/team/app", newTag: "2.0"}
            patches:
              - target: {kind: ConfigMap, name: settings}
                patch: |-
                  - {op: replace, path: /data/KEY, value: prod}
            """)
        config_map, deployment = objects
        self.assertEqual(config_map["data"]["KEY"], "prod")
        self.assertEqual({o["metadata"]["namespace"] for o in objects}, {"prod"})
        self.assertEqual(deployment["metadata"]["labels"], {"team": "news"})
        self.assertEqual(deployment["spec"]["template"]["spec"]["containers"][0]["image"],
                         "registry:5000/team/app:2.0")

    def test_component_resources_and_patches_join_the_overlay(self):
        self.write("component/kustomization.yaml", """\
            apiVersion: kustomize.config.k8s.io/v1alpha1
            kind: Component
            resources: [extra.yaml]
            patches:
              - target: {group: apps, kind: Deployment, name: app}
                patch: |-
                  - {op: add, path: /spec/paused, value: true}
            """)
        self.write("component/extra.yaml", CONFIG_MAP.replace("settings", "extra"))
        objects = self.overlay("components: [../component]\n")
        self.assertEqual([o["metadata"]["name"] for o in objects], ["settings", "app", "extra"])
        self.assertTrue(objects[1]["spec"]["paused"])

    def test_unsupported_fields_are_refused_not_ignored(self):
        with self.assertRaisesRegex(kustomize.RenderError, "configMapGenerator"):
            self.overlay("configMapGenerator: [{name: x, literals: [A=1]}]\n")

    def test_strategic_merge_patches_are_refused(self):
        with self.assertRaisesRegex(kustomize.RenderError, "JSON 6902"):
            self.overlay("""\
                patches:
                  - target: {kind: ConfigMap}
                    patch: |-
                      data: {KEY: x}
                """)

    def test_patch_or_image_that_matches_nothing_is_an_error(self):
        with self.assertRaisesRegex(kustomize.RenderError, "matches no object"):
            self.overlay("""\
                patches:
                  - target: {kind: ConfigMap, name: typo}
                    patch: "[{op: remove, path: /data}]"
                """)
        with self.assertRaisesRegex(kustomize.RenderError, "matches no container"):
            self.overlay("images: [{name: other, newTag: '1'}]\n")

    def test_an_object_defined_twice_is_an_error(self):
        self.write("dup.yaml", CONFIG_MAP)
        with self.assertRaisesRegex(kustomize.RenderError, "defined twice"):
            self.overlay("", resources="[../base, ../dup.yaml]")

    def test_production_overlay_renders_keda_with_the_overlay_namespace_and_pinned_image(self):
        result = support.rendered("overlays/production")
        scaled_object = support.only(result, "ScaledObject")
        self.assertEqual(scaled_object["metadata"]["namespace"], "newswire")
        self.assertEqual(scaled_object["spec"]["triggers"][0]["authenticationRef"]["name"], "newswire-kafka")
        self.assertEqual(support.container(result)["image"], "registry.example.com/newswire/newswire:1.0.0")
        self.assertEqual(support.only(result, "ConfigMap")["data"]["NEWSWIRE_SECURITY_PROTOCOL"], "SASL_SSL")


if __name__ == "__main__":
    unittest.main()
