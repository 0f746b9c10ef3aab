"""Schema validation of custom resources (KEDA, Prometheus Operator) against models generated from their CRDs.

kubernetes-validate knows only the built-in kinds. The cloudcoil model packages are generated from the CRDs'
OpenAPI schemas, so validating through them checks field types and required fields; fields the CRD does not
define are found by comparing the input with what the model kept (the models drop unknown fields silently).
"""

from cloudcoil.models.keda import v1alpha1 as keda
from cloudcoil.models.prometheus_operator import v1 as monitoring
import pydantic

MODELS = {
    ("keda.sh", "ScaledObject"): keda.ScaledObject,
    ("keda.sh", "TriggerAuthentication"): keda.TriggerAuthentication,
    ("monitoring.coreos.com", "ServiceMonitor"): monitoring.ServiceMonitor,
    ("monitoring.coreos.com", "PrometheusRule"): monitoring.PrometheusRule,
}
CUSTOM_GROUPS = frozenset(group for group, _ in MODELS)


def _unknown_fields(given, kept, path: str) -> list[str]:
    if isinstance(given, dict) and isinstance(kept, dict):
        unknown = []
        for key, value in given.items():
            if key not in kept:
                unknown.append(f"{path}.{key}".lstrip("."))
            else:
                unknown += _unknown_fields(value, kept[key], f"{path}.{key}")
        return unknown
    if isinstance(given, list) and isinstance(kept, list):
        return [field for index, (a, b) in enumerate(zip(given, kept))
                for field in _unknown_fields(a, b, f"{path}[{index}]")]
    return []


def validate(obj: dict, where: str) -> list[str]:
    """Findings for one custom resource: schema violations and fields its CRD does not define."""
    group = obj["apiVersion"].rpartition("/")[0]
    model = MODELS.get((group, obj["kind"]))
    if model is None:
        return [f"{where}: no schema known for {obj['apiVersion']} {obj['kind']}; add its model to "
                f"Deploy/tools/deploycheck/schemas.py"]
    expected_version = model.model_fields["api_version"].default
    if expected_version and obj["apiVersion"] != expected_version:
        return [f"{where}: apiVersion {obj['apiVersion']} is not the served {expected_version}"]
    try:
        parsed = model.model_validate(obj)
    except pydantic.ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        return [f"{where}: does not match the {obj['kind']} schema: {problems}"]
    kept = parsed.model_dump(by_alias=True, exclude_unset=True, mode="json")
    return [f"{where}: field {field} is not defined by the {obj['kind']} CRD (typo?)"
            for field in _unknown_fields(obj, kept, "")]
