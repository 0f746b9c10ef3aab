"""Command line: `python -m deploycheck REPO [--render-to DIR]`.

Renders Deploy/kubernetes/base and every overlay, applies all rules to them, to docker-compose.yml and to
Deploy/Dockerfile, prints one line per finding and exits 1 if there is any. With --render-to, the rendered
built-in objects are written as DIR/<root>/NN-kind-name.yaml for kubernetes-validate, and the compose services'
shell scripts as DIR/compose-scripts/<service>.sh for shellcheck.
"""

import argparse
import sys
from pathlib import Path

import yaml

from . import autoscaling, compose, dockerfile, docs, kustomize, monitoring, schemas, workload
from .objects import Rendered


def roots(repository: Path) -> list[tuple[Path, bool]]:
    """Each deployable kustomization root and whether it is an overlay (overlays must be complete)."""
    kubernetes = repository / "Deploy" / "kubernetes"
    overlays = sorted(p for p in (kubernetes / "overlays").iterdir() if (p / "kustomization.yaml").is_file())
    return [(kubernetes / "base", False)] + [(overlay, True) for overlay in overlays]


def alert_names(objects: list[dict]) -> list[str]:
    """The alerts defined by the PrometheusRules among `objects`."""
    return [rule["alert"] for obj in objects if obj["kind"] == "PrometheusRule"
            for group in obj["spec"].get("groups", []) for rule in group.get("rules", []) if "alert" in rule]


def check_kubernetes(repository: Path, render_to: Path | None) -> tuple[list[str], int, set[str]]:
    """Findings for every kustomization root, how many objects were rendered, and the alerts defined."""
    findings, count, alerts = [], 0, set()
    for root, overlay in roots(repository):
        origin = str(root.relative_to(repository))
        try:
            objects = kustomize.render(root)
        except kustomize.RenderError as error:
            findings.append(str(error))
            continue
        count += len(objects)
        alerts.update(alert_names(objects))
        rendered = Rendered(objects, origin)
        for obj in objects:
            if kustomize.group_of(obj["apiVersion"]) in schemas.CUSTOM_GROUPS:
                findings += schemas.validate(obj, f"{obj['kind']} {rendered.name(obj)}")
        findings += workload.check(rendered, overlay)
        findings += autoscaling.check(rendered, overlay)
        findings += monitoring.check(rendered)
        if render_to is not None:
            _write(objects, render_to / origin.replace("/", "_"))
    return findings, count, alerts


def _write(objects: list[dict], directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("*.yaml"):
        stale.unlink()
    for index, obj in enumerate(objects):
        if kustomize.group_of(obj["apiVersion"]) in schemas.CUSTOM_GROUPS:
            continue
        name = f"{index:02d}-{obj['kind'].lower()}-{obj['metadata']['name']}.yaml"
        (directory / name).write_text(yaml.safe_dump(obj, sort_keys=False))


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="deploycheck", description=__doc__.splitlines()[0])
    parser.add_argument("repository", type=Path)
    parser.add_argument("--render-to", type=Path)
    options = parser.parse_args(arguments)
    repository = options.repository.resolve()
    findings, count, alerts = check_kubernetes(repository, options.render_to)
    findings += docs.check((repository / "Deploy" / "README.md").read_text(), sorted(alerts))
    compose_file = yaml.safe_load((repository / "docker-compose.yml").read_text())
    findings += compose.check(compose_file)
    if options.render_to is not None:
        scripts = options.render_to / "compose-scripts"
        scripts.mkdir(parents=True, exist_ok=True)
        for name, text in compose.shell_scripts(compose_file).items():
            (scripts / f"{name}.sh").write_text(text)
    findings += dockerfile.check((repository / "Deploy" / "Dockerfile").read_text(),
                                 (repository / "Package.swift").read_text())
    for finding in findings:
        print(f"deploycheck: {finding}", file=sys.stderr)
    if findings:
        print(f"deploycheck: {len(findings)} problem(s)", file=sys.stderr)
        return 1
    print(f"deploycheck: {count} rendered objects, docker-compose.yml and Deploy/Dockerfile agree with the "
          f"worker's interface")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
