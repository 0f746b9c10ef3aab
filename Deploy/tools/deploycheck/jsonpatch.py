"""RFC 6902 JSON Patch (add, remove, replace, move, copy, test) on plain Python data, as Kustomize applies it."""

import copy


class PatchError(Exception):
    """A patch operation that does not apply to the document; the message names the operation and path."""


def _pointer(path: str) -> list[str]:
    if path == "":
        return []
    if not path.startswith("/"):
        raise PatchError(f"path {path!r} must start with '/'")
    return [part.replace("~1", "/").replace("~0", "~") for part in path[1:].split("/")]


def _index(container: list, token: str, path: str, allow_end: bool) -> int:
    if allow_end and token == "-":
        return len(container)
    if not token.isdigit() or (len(token) > 1 and token.startswith("0")):
        raise PatchError(f"{path}: {token!r} is not an array index")
    index = int(token)
    limit = len(container) if allow_end else len(container) - 1
    if index > limit:
        raise PatchError(f"{path}: index {index} is out of range")
    return index


def _parent(document, tokens: list[str], path: str):
    node = document
    for token in tokens[:-1]:
        if isinstance(node, dict):
            if token not in node:
                raise PatchError(f"{path}: {token!r} does not exist")
            node = node[token]
        elif isinstance(node, list):
            node = node[_index(node, token, path, allow_end=False)]
        else:
            raise PatchError(f"{path}: cannot descend into a scalar at {token!r}")
    return node


def _get(document, path: str):
    tokens = _pointer(path)
    if not tokens:
        return document
    parent, last = _parent(document, tokens, path), tokens[-1]
    if isinstance(parent, dict):
        if last not in parent:
            raise PatchError(f"{path}: does not exist")
        return parent[last]
    if isinstance(parent, list):
        return parent[_index(parent, last, path, allow_end=False)]
    raise PatchError(f"{path}: parent is a scalar")


def _remove(document, path: str):
    tokens = _pointer(path)
    if not tokens:
        raise PatchError("cannot remove the whole document")
    parent, last = _parent(document, tokens, path), tokens[-1]
    if isinstance(parent, dict):
        if last not in parent:
            raise PatchError(f"{path}: does not exist")
        return parent.pop(last)
    if isinstance(parent, list):
        return parent.pop(_index(parent, last, path, allow_end=False))
    raise PatchError(f"{path}: parent is a scalar")


def _add(document, path: str, value):
    tokens = _pointer(path)
    if not tokens:
        return value
    parent, last = _parent(document, tokens, path), tokens[-1]
    if isinstance(parent, dict):
        parent[last] = value
    elif isinstance(parent, list):
        parent.insert(_index(parent, last, path, allow_end=True), value)
    else:
        raise PatchError(f"{path}: parent is a scalar")
    return document


def apply(document, operations: list[dict]):
    """Returns a patched copy of `document`; raises PatchError on the first operation that does not apply."""
    result = copy.deepcopy(document)
    for number, operation in enumerate(operations):
        if not isinstance(operation, dict) or "op" not in operation or "path" not in operation:
            raise PatchError(f"operation {number} needs 'op' and 'path'")
        op, path = operation["op"], operation["path"]
        if op in ("add", "replace", "test") and "value" not in operation:
            raise PatchError(f"operation {number} ({op} {path}) needs a 'value'")
        if op == "add":
            result = _add(result, path, copy.deepcopy(operation["value"]))
        elif op == "remove":
            _remove(result, path)
        elif op == "replace":
            _get(result, path)  # must exist, unlike add
            if _pointer(path):
                _remove(result, path)
            result = _add(result, path, copy.deepcopy(operation["value"]))
        elif op in ("move", "copy"):
            source = operation.get("from")
            if source is None:
                raise PatchError(f"operation {number} ({op} {path}) needs 'from'")
            value = _remove(result, source) if op == "move" else copy.deepcopy(_get(result, source))
            result = _add(result, path, value)
        elif op == "test":
            if _get(result, path) != operation["value"]:
                raise PatchError(f"test {path}: value differs")
        else:
            raise PatchError(f"operation {number}: unknown op {op!r}")
    return result
