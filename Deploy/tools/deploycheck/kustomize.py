"""Renders the subset of Kustomize that newswire's manifests use, and refuses everything else.

`kubectl kustomize` is not available where the checks run, so this renders a kustomization the way Kustomize
does for the fields it supports: `resources` (files and directories), `components`, `namespace`, `labels`
(metadata only), `images`, and JSON 6902 `patches` with a `target`. Any other field is an error rather than
silently ignored, so a rendered result is never quietly different from what `kubectl apply -k` would apply.
"""

from pathlib import Path

import yaml

from . import jsonpatch

KUSTOMIZATION_KEYS = frozenset({"apiVersion", "kind", "resources", "components", "namespace", "labels", "images",
                                "patches"})
API_VERSIONS = {"Kustomization": "kustomize.config.k8s.io/v1beta1", "Component": "kustomize.config.k8s.io/v1alpha1"}
CLUSTER_SCOPED = frozenset({"Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
                            "PriorityClass", "StorageClass", "PersistentVolume", "ClusterTriggerAuthentication"})
POD_TEMPLATE_KINDS = frozenset({"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"})


class RenderError(Exception):
    """A kustomization that cannot be rendered; the message names the file and what to change."""


def group_of(api_version: str) -> str:
    """The API group of an apiVersion (`apps/v1` -> `apps`, `v1` -> the core group, '')."""
    return api_version.rpartition("/")[0]


def render(directory: Path) -> list[dict]:
    """All objects of the kustomization in `directory`, transformed as `kubectl kustomize` would."""
    return _render(Path(directory), "Kustomization", [])


def load_documents(path: Path) -> list[dict]:
    """The non-empty YAML documents of a file; each must be a Kubernetes object."""
    try:
        documents = [d for d in yaml.safe_load_all(path.read_text()) if d is not None]
    except (OSError, yaml.YAMLError) as error:
        raise RenderError(f"{path}: cannot read: {error}") from error
    for document in documents:
        if not isinstance(document, dict) or not {"apiVersion", "kind", "metadata"} <= document.keys():
            raise RenderError(f"{path}: every document needs apiVersion, kind and metadata")
    return documents


def _load_kustomization(directory: Path, kind: str) -> dict:
    path = directory / "kustomization.yaml"
    if not path.is_file():
        raise RenderError(f"{directory}: no kustomization.yaml")
    spec = yaml.safe_load(path.read_text()) or {}
    unknown = sorted(set(spec) - KUSTOMIZATION_KEYS)
    if unknown:
        raise RenderError(f"{path}: fields {unknown} are not supported by this renderer; extend "
                          f"Deploy/tools/deploycheck/kustomize.py or use the supported ones")
    if spec.get("kind") != kind or spec.get("apiVersion") != API_VERSIONS[kind]:
        raise RenderError(f"{path}: expected kind {kind} with apiVersion {API_VERSIONS[kind]}")
    return spec


def _render(directory: Path, kind: str, inherited: list[dict]) -> list[dict]:
    spec = _load_kustomization(directory, kind)
    objects = list(inherited)
    for entry in spec.get("resources", []):
        path = (directory / entry).resolve()
        objects += _render(path, "Kustomization", []) if path.is_dir() else load_documents(path)
    for entry in spec.get("components", []):
        objects = _render((directory / entry).resolve(), "Component", objects)
    where = directory / "kustomization.yaml"
    if "namespace" in spec:
        _set_namespace(objects, spec["namespace"])
    for entry in spec.get("labels", []):
        _add_labels(objects, entry, where)
    for entry in spec.get("images", []):
        _set_image(objects, entry, where)
    for entry in spec.get("patches", []):
        objects = _patch(objects, entry, directory)
    _check_unique(objects, where)
    return objects


def _set_namespace(objects: list[dict], namespace: str) -> None:
    for obj in objects:
        if obj["kind"] not in CLUSTER_SCOPED:
            obj["metadata"]["namespace"] = namespace


def _add_labels(objects: list[dict], entry: dict, where: Path) -> None:
    if entry.get("includeSelectors") or entry.get("includeTemplates"):
        raise RenderError(f"{where}: labels with includeSelectors/includeTemplates are not supported")
    for obj in objects:
        obj["metadata"].setdefault("labels", {}).update(entry.get("pairs", {}))


def _split_image(image: str) -> tuple[str, str]:
    """(name, tag-or-digest suffix including its ':' or '@')."""
    if "@" in image:
        name, _, digest = image.partition("@")
        return name, "@" + digest
    slash = image.rfind("/")
    colon = image.rfind(":")
    if colon > slash:
        return image[:colon], image[colon:]
    return image, ""


def _containers(obj: dict) -> list[dict]:
    if obj["kind"] in POD_TEMPLATE_KINDS:
        pod = obj.get("spec", {}).get("template", {}).get("spec", {})
    elif obj["kind"] == "CronJob":
        pod = obj.get("spec", {}).get("jobTemplate", {}).get("spec", {}).get("template", {}).get("spec", {})
    else:
        return []
    return pod.get("initContainers", []) + pod.get("containers", [])


def _set_image(objects: list[dict], entry: dict, where: Path) -> None:
    if "name" not in entry:
        raise RenderError(f"{where}: every images entry needs a name")
    matched = False
    for obj in objects:
        for container in _containers(obj):
            name, suffix = _split_image(container.get("image", ""))
            if name != entry["name"]:
                continue
            matched = True
            if "digest" in entry:
                suffix = "@" + entry["digest"]
            elif "newTag" in entry:
                suffix = ":" + str(entry["newTag"])
            container["image"] = entry.get("newName", name) + suffix
    if not matched:
        raise RenderError(f"{where}: images entry {entry['name']!r} matches no container image")


def _matches(obj: dict, target: dict) -> bool:
    group, _, version = obj["apiVersion"].rpartition("/")
    actual = {"group": group, "version": version, "kind": obj["kind"], "name": obj["metadata"].get("name"),
              "namespace": obj["metadata"].get("namespace")}
    return all(actual[key] == value for key, value in target.items())


def _patch(objects: list[dict], entry: dict, directory: Path) -> list[dict]:
    where = directory / "kustomization.yaml"
    target = entry.get("target")
    unknown = set(target or {}) - {"group", "version", "kind", "name", "namespace"}
    if not target or unknown:
        raise RenderError(f"{where}: each patch needs a target of group/version/kind/name/namespace")
    if "path" in entry:
        text = (directory / entry["path"]).read_text()
    else:
        text = entry.get("patch", "")
    operations = yaml.safe_load(text)
    if not isinstance(operations, list):
        raise RenderError(f"{where}: only JSON 6902 patches (a list of operations) are supported")
    result, matched = [], False
    for obj in objects:
        if _matches(obj, target):
            matched = True
            try:
                obj = jsonpatch.apply(obj, operations)
            except jsonpatch.PatchError as error:
                raise RenderError(f"{where}: patch for {target} does not apply: {error}") from error
        result.append(obj)
    if not matched:
        raise RenderError(f"{where}: patch target {target} matches no object")
    return result


def _check_unique(objects: list[dict], where: Path) -> None:
    seen = set()
    for obj in objects:
        key = (group_of(obj["apiVersion"]), obj["kind"], obj["metadata"].get("namespace"), obj["metadata"]["name"])
        if key in seen:
            raise RenderError(f"{where}: {key[1]} {key[3]!r} is defined twice")
        seen.add(key)
