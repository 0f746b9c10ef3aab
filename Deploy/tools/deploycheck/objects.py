"""A rendered set of Kubernetes objects with the look-ups the rules share."""

from dataclasses import dataclass


def pod_spec(workload: dict) -> dict:
    """The pod spec of a Deployment-like object's template."""
    return workload.get("spec", {}).get("template", {}).get("spec", {})


def selects(match_labels: dict, workload: dict) -> bool:
    """Whether a non-empty label selector matches the pods of `workload`."""
    labels = workload.get("spec", {}).get("template", {}).get("metadata", {}).get("labels", {})
    return bool(match_labels) and all(labels.get(key) == value for key, value in match_labels.items())


@dataclass
class Rendered:
    """The objects of one rendered kustomization, and where they came from (for messages)."""

    objects: list[dict]
    origin: str

    def of_kind(self, kind: str) -> list[dict]:
        """Objects of one kind, in rendering order."""
        return [obj for obj in self.objects if obj["kind"] == kind]

    def name(self, obj: dict) -> str:
        """`namespace/name (origin)` for messages."""
        namespace = obj["metadata"].get("namespace")
        return f"{namespace + '/' if namespace else ''}{obj['metadata']['name']} ({self.origin})"

    def find(self, kind: str, name: str, namespace: str | None) -> dict | None:
        """The object of that kind and name in that namespace, if rendered."""
        for obj in self.of_kind(kind):
            if obj["metadata"]["name"] == name and obj["metadata"].get("namespace") == namespace:
                return obj
        return None

    def environment(self, workload: dict) -> dict:
        """The literal environment of the workload's first container: envFrom ConfigMaps, then env values."""
        namespace = workload["metadata"].get("namespace")
        containers = pod_spec(workload).get("containers", [])
        if not containers:
            return {}
        environment = {}
        for source in containers[0].get("envFrom", []):
            reference = source.get("configMapRef")
            if reference:
                config_map = self.find("ConfigMap", reference["name"], namespace)
                if config_map is not None:
                    environment.update(config_map.get("data", {}))
        for variable in containers[0].get("env", []):
            if "value" in variable:
                environment[variable["name"]] = variable["value"]
        return environment

    def autoscalers_of(self, deployment: dict) -> list[dict]:
        """HorizontalPodAutoscalers and KEDA ScaledObjects whose scale target is `deployment`."""
        namespace, name = deployment["metadata"].get("namespace"), deployment["metadata"]["name"]
        found = []
        for obj in self.of_kind("HorizontalPodAutoscaler") + self.of_kind("ScaledObject"):
            target = obj.get("spec", {}).get("scaleTargetRef", {})
            if (obj["metadata"].get("namespace") == namespace and target.get("name") == name
                    and target.get("kind", "Deployment") == "Deployment"):
                found.append(obj)
        return found
