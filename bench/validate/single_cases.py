#!/usr/bin/env python3
"""Writes COUNT single-case messages of 2-8 KB of every message type and release of a schema directory
(<dir>/<release>/<Bericht>.xsd), for the validate benchmark's mixed set.

A schema-driven generator for SIVI's schemas (sequences of elements, simple types restricting xsd:string, decimal,
nonNegativeInteger, date and time): every required element, each optional one with a probability drawn per message,
every repeatable element once (a single case), values within their facets. Messages are indented by two spaces, and
written to OUT_DIR/<release>/<Bericht>-NNNNN.xml, types and releases taken in turn. Deterministic for a given seed.
Usage: single_cases.py SCHEMA_DIR OUT_DIR [COUNT] [SEED]
"""
import glob
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"
WORDS = ["Jansen", "de Vries", "Bakker", "Visser", "Dorpsstraat", "Amsterdam", "Utrecht", "Voorbeeld", "afdeling", "zorg"]
MIN_BYTES, MAX_BYTES = 2048, 8192


class Schema:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        self.namespace = root.get("targetNamespace")
        self.simple = {t.get("name"): t for t in root.findall(XS + "simpleType")}
        self.root = root.find(XS + "element")

    def facets(self, element):
        """(base, facets dict, enumeration list) of a simple-typed element, or None for a complex one."""
        type_name = element.get("type")
        if type_name is not None and type_name.startswith("xsd:"):
            return type_name[4:], {}, []
        simple = self.simple[type_name.split(":")[1]] if type_name else element.find(XS + "simpleType")
        if simple is None:
            return None
        restriction = simple.find(XS + "restriction")
        facets = {c.tag[len(XS):]: c.get("value") for c in restriction if c.tag != XS + "enumeration"}
        return restriction.get("base")[4:], facets, [e.get("value") for e in restriction.findall(XS + "enumeration")]


def value(rnd, base, facets, codes):
    if codes:
        return rnd.choice(codes)
    if base == "date":
        return f"{rnd.randint(1960, 2026):04d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    if base == "time":
        return f"{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}"
    if base == "decimal":
        whole = re.search(r"\{1,(\d+)\}", facets.get("pattern", "{1,3}"))
        return f"{rnd.randint(0, 10 ** int(whole.group(1)) - 1)}.{rnd.randint(0, 99):02d}"
    if base == "nonNegativeInteger":
        return str(rnd.randint(0, 10 ** int(facets.get("totalDigits", "9")) - 1))
    low = int(facets.get("length", facets.get("minLength", "1")))
    high = int(facets.get("length", facets.get("maxLength", "40")))
    length = rnd.randint(max(1, low), max(1, min(high, 30)))
    text = ""
    while len(text) < length:
        text += rnd.choice(WORDS) + " "
    text = text[:length].strip() or "x"
    if len(text) < low:
        text = text.ljust(low, "x")
    return text.replace("&", "&amp;")


def write(schema, element, rnd, presence, depth, out):
    name = element.get("name")
    pad = "  " * depth
    simple = schema.facets(element)
    if simple is not None:
        out.append(f"{pad}<{name}>{value(rnd, *simple)}</{name}>\n")
        return
    out.append(f"{pad}<{name}" + (f' xmlns="{schema.namespace}"' if depth == 0 else "") + ">\n")
    for child in element.find(XS + "complexType").find(XS + "sequence").findall(XS + "element"):
        if child.get("minOccurs") == "0" and rnd.random() > presence:
            continue
        write(schema, child, rnd, presence, depth + 1, out)
    out.append(f"{pad}</{name}>\n")


def message(schema, rnd):
    """A message between 2 and 8 KB: optional elements are added with a probability that is raised or lowered until it fits."""
    low, high = 0.0, 1.0
    presence = rnd.uniform(0.2, 0.8)
    for _ in range(40):
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
        write(schema, schema.root, rnd, presence, 0, out)
        text = "".join(out)
        size = len(text.encode("utf-8"))
        if MIN_BYTES <= size <= MAX_BYTES:
            return text
        if size < MIN_BYTES:
            low = presence
        else:
            high = presence
        presence = (low + high) / 2 if high - low > 0.02 else rnd.uniform(low, high)
    return None


def main():
    schema_dir, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 4000
    rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 2026)
    schemas = []
    for path in sorted(glob.glob(os.path.join(schema_dir, "*", "*.xsd"))):
        schema = Schema(path)
        probe = random.Random(1)
        if message(schema, probe) is not None:
            schemas.append((os.path.basename(os.path.dirname(path)), os.path.splitext(os.path.basename(path))[0], schema))
        else:
            print(f"skipped {path}: no single-case message of 2-8 KB", file=sys.stderr)
    total = 0
    for i in range(count):
        release, name, schema = schemas[i % len(schemas)]
        text = message(schema, rnd)
        while text is None:
            text = message(schema, rnd)
        os.makedirs(os.path.join(out, release), exist_ok=True)
        with open(os.path.join(out, release, f"{name}-{i:05d}.xml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
    print(f"generated {count} files of {len(schemas)} (release, type) schemas, {total / 1e6:.1f} MB, in {out}")


if __name__ == "__main__":
    main()
