"""Rules for Deploy/Dockerfile that a generic linter cannot know: the resource bundle SwiftPM builds for this
package is copied beside the binary, and the runtime runs as a numeric non-root user on the metrics port with
`newswire run` as its command."""

import re


def _call_body(text: str, start: int) -> str:
    """The text between the parenthesis at `start` and its matching closing one (strings taken as opaque)."""
    depth, index, in_string = 0, start, False
    while index < len(text):
        char = text[index]
        if in_string:
            if char == "\\":
                index += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:index]
        index += 1
    return text[start + 1:]


def resource_bundles(manifest: str) -> list[str]:
    """Names of the resource bundles Package.swift produces: `<package>_<target>.resources` on Linux."""
    package = re.search(r'Package\(\s*name:\s*"([^"]+)"', manifest)
    if package is None:
        return []
    bundles = []
    for call in re.finditer(r"\.(?:target|executableTarget)\(", manifest):
        body = _call_body(manifest, call.end() - 1)
        name = re.match(r'\s*name:\s*"([^"]+)"', body)
        if name and re.search(r"\bresources:", body):
            bundles.append(f"{package.group(1)}_{name.group(1)}.resources")
    return bundles


def check(dockerfile: str, manifest: str) -> list[str]:
    """Findings for the Dockerfile text, given the text of Package.swift."""
    findings = []
    dockerfile = "\n".join(line for line in dockerfile.splitlines() if not line.lstrip().startswith("#"))
    runtime = dockerfile.rsplit("\nFROM ", 1)[-1]
    copies_all = re.search(r"cp -R \S*/\*\.resources ", dockerfile) is not None
    for bundle in resource_bundles(manifest):
        if not copies_all and bundle not in dockerfile:
            findings.append(f"Deploy/Dockerfile: the resource bundle {bundle} (from Package.swift) is not copied "
                            f"beside the binary; Bundle.module would not find the model at run time")
    user = re.findall(r"^USER\s+(\S+)", runtime, re.M)
    if not user or not re.match(r"^[1-9][0-9]*(:[0-9]+)?$", user[-1]):
        findings.append("Deploy/Dockerfile: the runtime stage must end with a numeric non-root USER")
    if not re.search(r"^EXPOSE\s+9464\b", runtime, re.M):
        findings.append("Deploy/Dockerfile: the runtime stage must EXPOSE 9464 (metrics, health)")
    if not re.search(r"^HEALTHCHECK\b[\s\S]*?/healthz", runtime, re.M):
        findings.append("Deploy/Dockerfile: no HEALTHCHECK on /healthz")
    if not re.search(r'^ENTRYPOINT\s+\["newswire"\]', runtime, re.M) or \
            not re.search(r'^CMD\s+\["run"\]', runtime, re.M):
        findings.append('Deploy/Dockerfile: needs ENTRYPOINT ["newswire"] and CMD ["run"]')
    if "--static-swift-stdlib" not in dockerfile:
        findings.append("Deploy/Dockerfile: build with --static-swift-stdlib (the runtime image has no Swift)")
    return findings
