#!/usr/bin/env python3
"""Validate newswire records against the project's JSON Schemas (draft 2020-12).

Usage: Scripts/validate_records.py SCHEMA FILE...

SCHEMA is a schema file (Schemas/enriched.v1.schema.json) or a schema name (enriched.v1). Every
*.schema.json beside it is loaded too, so references between the schemas resolve offline. Each FILE
(or - for standard input) holds one JSON document, or JSON lines (one document per non-empty line;
files ending in .jsonl or .ndjson are always read that way). A document that is a JSON array is
checked element by element when the schema describes an object.

Exit status: 0 when every record is valid, 1 when any is not (each error is printed as
FILE:LINE: path: message), 2 for usage or input errors, 3 when python3-jsonschema is missing.
"""
import json
import os
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    sys.stderr.write("validate_records: the Python jsonschema library is missing; run `make deps` "
                     "(it installs python3-jsonschema) or `pip install jsonschema`\n")
    sys.exit(3)

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_DIR = os.path.join(os.path.dirname(HERE), "Schemas")


def schema_path(arg):
    if os.path.exists(arg):
        return arg
    candidate = os.path.join(SCHEMA_DIR, arg if arg.endswith(".json") else arg + ".schema.json")
    if os.path.exists(candidate):
        return candidate
    raise SystemExit(f"validate_records: no schema {arg!r} (looked for {candidate})")


def load_schemas(directory):
    schemas = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".schema.json"):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                s = json.load(f)
            Draft202012Validator.check_schema(s)
            schemas[s["$id"]] = s
    return schemas


def make_validator(path):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    schemas = load_schemas(os.path.dirname(os.path.abspath(path)))
    schemas[schema["$id"]] = schema
    try:  # jsonschema >= 4.18
        from referencing import Registry, Resource
        registry = Registry().with_resources(
            (uri, Resource.from_contents(s)) for uri, s in schemas.items())
        return Draft202012Validator(schema, registry=registry,
                                    format_checker=Draft202012Validator.FORMAT_CHECKER), schema
    except (ImportError, TypeError):  # older jsonschema (Debian bookworm ships 4.10): no registry
        import warnings
        warnings.simplefilter("ignore", DeprecationWarning)
        resolver = jsonschema.RefResolver.from_schema(schema, store=schemas)
        return Draft202012Validator(schema, resolver=resolver,
                                    format_checker=jsonschema.FormatChecker()), schema


def documents(name, text):
    """Yields (line number, document); raises ValueError for text that is neither JSON nor JSON lines."""
    if not name.endswith((".jsonl", ".ndjson")):
        try:
            yield 1, json.loads(text)
            return
        except json.JSONDecodeError:
            if "\n" not in text.strip():
                raise
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"line {number} is not JSON: {e}") from None


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        sys.stderr.write(__doc__)
        return 2
    validator, schema = make_validator(schema_path(argv[1]))
    wants_object = schema.get("type") == "object"
    checked = invalid = 0
    for name in argv[2:]:
        try:
            text = sys.stdin.read() if name == "-" else open(name, encoding="utf-8").read()
            docs = list(documents(name, text))
        except (OSError, UnicodeDecodeError, ValueError) as e:
            print(f"{name}: cannot read: {e}", file=sys.stderr)
            return 2
        for line, doc in docs:
            items = doc if wants_object and isinstance(doc, list) else [doc]
            for item in items:
                checked += 1
                errors = sorted(validator.iter_errors(item), key=lambda e: list(e.absolute_path))
                if errors:
                    invalid += 1
                for e in errors:
                    path = "/" + "/".join(str(p) for p in e.absolute_path)
                    print(f"{name}:{line}: {path}: {e.message}")
    print(f"{checked - invalid} of {checked} records valid against {os.path.basename(argv[1])}",
          file=sys.stderr)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
