"""Validation of OCDS packages, run by scripts/validate-ocds (see there)."""

import copy
import json
import sys
from pathlib import Path

import jsonschema
import ocdsmerge
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

ROOT = Path(__file__).resolve().parent.parent / "ocds"
SCHEMA = ROOT / "schema" / "1.1.5"
EXTENSIONS = ["bids", "lots"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def merge_patch(target, patch):
    """RFC 7386, as OCDS applies an extension's release-schema.json."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if not isinstance(target, dict):
        target = {}
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = merge_patch(target.get(key), value)
    return target


def patched_release_schema():
    schema = load(SCHEMA / "release-schema.json")
    for name in EXTENSIONS:
        schema = merge_patch(schema, load(ROOT / "extensions" / name / "release-schema.json"))
    return schema


def registry(release_schema):
    """Every URL the package schemas reference, served from the local files."""
    resources = []
    for name in ["release-package-schema.json", "record-package-schema.json",
                 "record-schema.json", "versioned-release-validation-schema.json"]:
        schema = load(SCHEMA / name)
        resources.append((schema["id"], Resource.from_contents(schema, default_specification=DRAFT4)))
    resources.append((release_schema["id"], Resource.from_contents(release_schema, default_specification=DRAFT4)))
    return Registry().with_resources(resources)


def errors_of(validator, instance, where):
    out = []
    for e in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
        path = "/".join(str(p) for p in e.absolute_path)
        out.append(f"{where}/{path}: {e.message}")
    return out


def main(directory):
    release_schema = patched_release_schema()
    reg = registry(release_schema)
    fmt = jsonschema.Draft4Validator.FORMAT_CHECKER
    release_v = jsonschema.Draft4Validator(release_schema, registry=reg, format_checker=fmt)
    release_pkg_v = jsonschema.Draft4Validator(load(SCHEMA / "release-package-schema.json"), registry=reg, format_checker=fmt)
    record_pkg_v = jsonschema.Draft4Validator(load(SCHEMA / "record-package-schema.json"), registry=reg, format_checker=fmt)
    merger = ocdsmerge.Merger(schema=release_schema)

    files = sorted(Path(directory).rglob("*.json"))
    if not files:
        print(f"validate-ocds: no .json files under {directory}", file=sys.stderr)
        return 1
    problems = []
    releases_checked = records_checked = 0
    for path in files:
        package = load(path)
        if "releases" in package:
            problems += errors_of(release_pkg_v, package, f"{path} (release package)")
            for i, release in enumerate(package["releases"]):
                problems += errors_of(release_v, release, f"{path} releases/{i}")
                releases_checked += 1
        elif "records" in package:
            problems += errors_of(record_pkg_v, package, f"{path} (record package)")
            for i, record in enumerate(package["records"]):
                releases = record.get("releases", [])
                for j, release in enumerate(releases):
                    problems += errors_of(release_v, release, f"{path} records/{i}/releases/{j}")
                    releases_checked += 1
                problems += errors_of(release_v, record.get("compiledRelease", {}), f"{path} records/{i}/compiledRelease")
                compiled = merger.create_compiled_release(releases)
                if compiled != record.get("compiledRelease"):
                    problems.append(
                        f"{path} records/{i}: compiledRelease differs from ocdsmerge's\n  ours:      "
                        f"{json.dumps(record.get('compiledRelease'), ensure_ascii=False, sort_keys=True)}\n  ocdsmerge: "
                        f"{json.dumps(compiled, ensure_ascii=False, sort_keys=True)}")
                versioned = merger.create_versioned_release(releases)
                if versioned != record.get("versionedRelease"):
                    problems.append(
                        f"{path} records/{i}: versionedRelease differs from ocdsmerge's\n  ours:      "
                        f"{json.dumps(record.get('versionedRelease'), ensure_ascii=False, sort_keys=True)}\n  ocdsmerge: "
                        f"{json.dumps(versioned, ensure_ascii=False, sort_keys=True)}")
                records_checked += 1
        else:
            problems.append(f"{path}: neither a release package nor a record package")
    if problems:
        print(f"validate-ocds: {len(problems)} problem(s) in {directory}:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print(f"validate-ocds: {len(files)} packages, {releases_checked} releases, {records_checked} records valid; "
          f"compiled and versioned releases match ocdsmerge")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
