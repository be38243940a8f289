"""Reads a PROV document with the W3C reference implementation for Python (`prov`) and prints the
number of records of each kind as JSON, e.g. {"entity": 3, "used": 2}. Usage: prov_counts.py FILE json|provn"""
import json
import sys

from prov.model import ProvDocument

KINDS = {
    "prov:Entity": "entity",
    "prov:Activity": "activity",
    "prov:Agent": "agent",
    "prov:Usage": "used",
    "prov:Generation": "wasGeneratedBy",
    "prov:Derivation": "wasDerivedFrom",
    "prov:Attribution": "wasAttributedTo",
    "prov:Association": "wasAssociatedWith",
    "prov:Delegation": "actedOnBehalfOf",
    "prov:Specialization": "specializationOf",
    "prov:Influence": "wasInfluencedBy",
}


def main() -> None:
    path, fmt = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        doc = ProvDocument.deserialize(f, format=fmt)
    counts: dict[str, int] = {}
    for record in doc.get_records():
        kind = KINDS.get(str(record.get_type()), str(record.get_type()))
        counts[kind] = counts.get(kind, 0) + 1
    # Typed dateTime attributes must come back as datetimes, not strings.
    times = sum(1 for r in doc.get_records() for _, v in r.attributes if v.__class__.__name__ == "datetime")
    print(json.dumps({"counts": counts, "datetimes": times, "namespaces": sorted(ns.uri for ns in doc.get_registered_namespaces())}))


if __name__ == "__main__":
    main()
