"""Reads a PROV-N document with the W3C reference implementation for Python (`prov`), with the
Recommendation's grammar only (profile "strict"), and prints every record as JSON: its kind, its
identifier (namespace URI and local part as read) and its attributes, each value as a string, a
qualified name's namespace URI and local part, or a typed literal's text and datatype.
Usage: prov_names.py FILE"""
import json
import sys

from prov.identifier import QualifiedName
from prov.model import Literal, ProvDocument


def name(q: QualifiedName | None):
    return None if q is None else {"uri": q.namespace.uri, "local": q.localpart}


def value(v):
    if isinstance(v, QualifiedName):
        return {"qualifiedName": name(v)}
    if isinstance(v, Literal):
        return {"literal": v.value, "datatype": str(v.datatype)}
    if isinstance(v, (bool, int, float, str)):
        return v
    return {"other": str(v), "type": v.__class__.__name__}


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = ProvDocument.deserialize(f, format="provn", profile="strict")
    records = [
        {
            "kind": str(r.get_type()),
            "id": name(r.identifier),
            "args": [name(a) if isinstance(a, QualifiedName) else None for _, a in r.formal_attributes],
            "attributes": [[str(k), value(v)] for k, v in r.extra_attributes],
        }
        for r in doc.get_records()
    ]
    print(json.dumps({"records": records}, ensure_ascii=True))


if __name__ == "__main__":
    main()
