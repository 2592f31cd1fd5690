#!/usr/bin/env python3
"""Check a Pantau dataset's datapackage.json: `make test-datapackage` runs it (in .venv-frictionless).

1. The Frictionless validator (the `frictionless` package) finds the package valid: descriptor,
   types, constraints, primary keys and foreign keys, row by row.
2. The validator really checks them: copies of the dataset with a broken foreign key, a value
   outside an enum and a malformed region code are each reported invalid.
3. pandas loads every CSV with the dtypes the schema gives (string -> "string", integer ->
   "Int64", empty cells missing), and the keys hold there too, including the pair
   (doc_id, speaker_official_id) -> officials (doc_id, official_id) that the package cannot
   declare (Frictionless rejects a composite key with one part empty: a claim in the author's voice).

Prints one line per check and a closing "N passed, N failed" line; exits 1 when a check fails.
"""
import csv
import json
import os
import re
import shutil
import sys
import tempfile

try:
    import frictionless
    import pandas as pd
except ImportError as error:  # pragma: no cover - the make target installs both
    print(f"check_datapackage.py needs frictionless and pandas ({error}); run `make test-datapackage`", file=sys.stderr)
    sys.exit(2)

PANDAS_TYPES = {"string": "string", "integer": "Int64"}
passed = 0
failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok      {what}")
    else:
        failed += 1
        print(f"FAILED  {what}")


def validate(folder):
    report = frictionless.validate(os.path.join(folder, "datapackage.json"))
    errors = [f"{task.name}: {error.type}: {error.note}" for task in report.tasks for error in task.errors] + \
             [f"package: {error.type}: {error.note}" for error in report.errors]
    return report.valid, errors


def load(folder, resource):
    """A CSV as pandas reads it with the schema's types."""
    schema = resource["schema"]
    dtypes = {field["name"]: PANDAS_TYPES[field["type"]] for field in schema["fields"]}
    return pd.read_csv(os.path.join(folder, resource["path"]), dtype=dtypes, keep_default_na=False,
                       na_values=schema.get("missingValues", [""]), encoding="utf-8")


def key_tuples(frame, fields):
    """The key of every row whose key has no missing part."""
    present = frame[fields].dropna()
    return set(map(tuple, present.astype(str).itertuples(index=False, name=None)))


def broken_copy(folder, table, mutate):
    """A copy of the dataset with one CSV changed by `mutate(rows) -> rows`."""
    copy = tempfile.mkdtemp(prefix="pantau-datapackage-")
    for name in os.listdir(folder):
        if name.endswith(".csv") or name == "datapackage.json":
            shutil.copy(os.path.join(folder, name), copy)
    path = os.path.join(copy, table + ".csv")
    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
        fields = list(rows[0].keys()) if rows else []
    rows = mutate(rows)
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return copy


def main():
    if len(sys.argv) != 2:
        print("usage: check_datapackage.py DATASET", file=sys.stderr)
        return 2
    folder = sys.argv[1]
    with open(os.path.join(folder, "datapackage.json"), encoding="utf-8") as file:
        package = json.load(file)
    resources = {resource["name"]: resource for resource in package["resources"]}
    csvs = sorted(name[:-4] for name in os.listdir(folder) if name.endswith(".csv"))
    check(sorted(resources) == csvs, f"one resource per CSV: {sorted(resources)} == {csvs}")

    valid, errors = validate(folder)
    check(valid, "frictionless validates the package" + ("" if valid else ":\n        " + "\n        ".join(errors[:20])))

    # The validator must catch what the schema forbids, or a valid result means nothing.
    frames = {name: load(folder, resource) for name, resource in resources.items()}
    claims = frames["claims"]
    spoken = claims[claims["speaker_official_id"].notna()]
    check(len(spoken) > 0 and len(claims) > len(spoken), "the dataset has claims with and without a speaker")
    for table, field, value, wanted in [
        ("claims", "doc_id", "d0000000000000000", "foreign-key"),
        ("claims", "speaker_official_id", "o0000000000000000", "foreign-key"),
        ("documents", "status", "bogus", "constraint-error"),
        ("regions", "region_code", "33.1", "constraint-error"),
    ]:
        def mutate(rows, field=field, value=value):
            target = next(row for row in rows if row[field])
            target[field] = value
            return rows
        copy = broken_copy(folder, table, mutate)
        broken_valid, broken_errors = validate(copy)
        shutil.rmtree(copy, ignore_errors=True)
        check(not broken_valid and any(wanted in error for error in broken_errors),
              f"frictionless reports {wanted} for {table}.{field} = {value!r}")

    for name, resource in resources.items():
        frame = frames[name]
        schema = resource["schema"]
        names = [field["name"] for field in schema["fields"]]
        check(list(frame.columns) == names, f"{name}: pandas columns are the schema's fields")
        for field in schema["fields"]:
            column = frame[field["name"]]
            check(str(column.dtype) == PANDAS_TYPES[field["type"]], f"{name}.{field['name']} loads as {PANDAS_TYPES[field['type']]}")
            constraints = field.get("constraints", {})
            if constraints.get("required"):
                check(column.notna().all(), f"{name}.{field['name']} has no missing value")
            present = column.dropna()
            if "enum" in constraints:
                check(set(present) <= set(constraints["enum"]), f"{name}.{field['name']} values are in {constraints['enum']}")
            if "pattern" in constraints:
                pattern = re.compile(constraints["pattern"])
                check(all(pattern.fullmatch(str(value)) for value in present), f"{name}.{field['name']} matches {constraints['pattern']}")
            if "minimum" in constraints:
                check((present >= constraints["minimum"]).all(), f"{name}.{field['name']} >= {constraints['minimum']}")
            if "maximum" in constraints:
                check((present <= constraints["maximum"]).all(), f"{name}.{field['name']} <= {constraints['maximum']}")
        key = schema["primaryKey"]
        check(not frame.duplicated(subset=key).any() and frame[key].notna().all().all(), f"{name}: primary key {key} is unique")
        for foreign in schema.get("foreignKeys", []):
            reference = foreign["reference"]
            referenced = key_tuples(frames[reference["resource"]], reference["fields"])
            values = key_tuples(frame, foreign["fields"])
            check(values <= referenced, f"{name} {foreign['fields']} -> {reference['resource']} {reference['fields']} "
                                        f"({len(values)} keys, {len(values - referenced)} missing)")

    # The relation the package cannot declare: a speaker is an official of the same document.
    pairs = key_tuples(spoken, ["doc_id", "speaker_official_id"])
    officials = key_tuples(frames["officials"], ["doc_id", "official_id"])
    check(pairs <= officials, f"claims (doc_id, speaker_official_id) -> officials (doc_id, official_id) ({len(pairs)} pairs)")
    check(claims.loc[claims["speaker_official_id"].isna(), "speaker"].isna().all(),
          "a claim without a speaker_official_id has no speaker")

    print(f"datapackage: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
