#!/usr/bin/env python3
"""Re-computes every stream's hash chain of a civic-ledger export (JSON Lines).

Usage: verify-export.py FILE   (or - for stdin)

Follows docs/canonical-form.md and needs nothing but Python 3. Prints
"ok: N events in M streams" and exits 0, or prints the first break as
"broken: stream S version V (line L): reason" and exits 1.
"""
import hashlib
import json
import re
import sys

ENVELOPE_KEYS = ("data", "id", "kind", "metadata", "recordedAt", "schema", "stream", "version")
GENESIS = bytes(32)
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
INSTANT_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\Z")
HASH_RE = re.compile(r"[0-9a-f]{64}\Z")


class Broken(Exception):
    pass


class NotLedgerJson(ValueError):
    """Valid JSON that civic-ledger never writes (a float, NaN, an out-of-range integer)."""


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def refuse_float(text):
    raise NotLedgerJson(f"number {text} is not an integer (civic-ledger writes integers only)")


def refuse_constant(text):
    raise NotLedgerJson(f"{text} is not JSON civic-ledger writes")


def parse_int(text):
    value = int(text)
    if text == "-0" or not -(2**63) <= value < 2**64:
        raise NotLedgerJson(f"number {text} is not an integer civic-ledger can record")
    return value


def parse(line):
    obj = json.loads(line, parse_float=refuse_float, parse_int=parse_int,
                     parse_constant=refuse_constant)
    if not isinstance(obj, dict):
        raise ValueError("line is not a JSON object")
    return obj


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_fields(ev):
    for key in ENVELOPE_KEYS + ("position", "hash"):
        if key not in ev:
            raise Broken(f"missing field {key!r}")
    if not is_int(ev["position"]) or ev["position"] < 1:
        raise Broken(f"position {ev['position']!r} is not a positive integer")
    if not isinstance(ev["kind"], str):
        raise Broken("kind is not a string")
    if not is_int(ev["schema"]) or not 0 <= ev["schema"] <= 65535:
        raise Broken(f"schema {ev['schema']!r} is not an integer 0-65535")
    if not isinstance(ev["id"], str) or not UUID_RE.match(ev["id"]):
        raise Broken(f"id {ev['id']!r} is not a lowercase hyphenated UUID")
    if not isinstance(ev["recordedAt"], str) or not INSTANT_RE.match(ev["recordedAt"]):
        raise Broken(f"recordedAt {ev['recordedAt']!r} is not UTC with six fractional digits and Z")
    if not isinstance(ev["hash"], str) or not HASH_RE.match(ev["hash"]):
        raise Broken(f"hash {ev['hash']!r} is not 64 lowercase hex characters")


def verify(lines):
    heads = {}  # stream -> (version, hash bytes)
    events = 0
    last_position = 0
    for lineno, raw in enumerate(lines, 1):
        stream = version = None
        try:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise Broken(f"unparsable line: not UTF-8 ({e})")
            text = text.rstrip("\r\n")
            if not text.strip():
                raise Broken("unparsable line: empty")
            try:
                ev = parse(text)
            except (ValueError, RecursionError) as e:  # includes json.JSONDecodeError
                try:  # name the event in the report if the line is otherwise JSON
                    ev = json.loads(text)
                    stream, version = ev.get("stream"), ev.get("version")
                    if not isinstance(stream, str) or not is_int(version):
                        stream = version = None
                except (ValueError, AttributeError, RecursionError):
                    pass
                raise Broken(str(e) if isinstance(e, NotLedgerJson) else f"unparsable line: {e}")
            if isinstance(ev.get("stream"), str):
                stream = ev["stream"]
            if is_int(ev.get("version")):
                version = ev["version"]
            if stream is None:
                raise Broken("stream is missing or not a string")
            if version is None or version < 0:
                raise Broken("version is missing or not a non-negative integer")
            check_fields(ev)
            if ev["position"] <= last_position:
                raise Broken(f"position {ev['position']} does not follow position {last_position}")
            expected, prev = heads.get(stream, (-1, GENESIS))
            expected += 1
            if version != expected:
                raise Broken(f"expected version {expected}")
            envelope = {k: ev[k] for k in ENVELOPE_KEYS}
            try:
                body = canonical(envelope).encode("utf-8")
            except UnicodeEncodeError as e:  # a lone surrogate such as "\ud800"
                raise Broken(f"unparsable line: string is not valid Unicode ({e})")
            computed = hashlib.sha256(prev + body).digest()
            if computed.hex() != ev["hash"]:
                raise Broken(f"recorded hash {ev['hash']} but the content hashes to {computed.hex()}")
        except Broken as b:
            where = f"line {lineno}" if stream is None or version is None else \
                f"stream {stream} version {version} (line {lineno})"
            print(f"broken: {where}: {b}")
            return 1
        heads[stream] = (version, computed)
        last_position = ev["position"]
        events += 1
    print(f"ok: {events} events in {len(heads)} streams")
    return 0


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} FILE   (or - for stdin)", file=sys.stderr)
        return 2
    if argv[1] == "-":
        return verify(sys.stdin.buffer)
    try:
        with open(argv[1], "rb") as f:
            return verify(f)
    except OSError as e:
        print(f"{argv[0]}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
