"""Schemathesis hooks for scripts/fuzz-graphql: strategies for the ledger's custom scalars and the
checks that fail the run.

Loaded by `st run` through SCHEMATHESIS_HOOKS. The checks are the issue's definition of a defect
found by fuzzing: a 5xx, an `INTERNAL` error, or a response slower than FUZZ_SLOW_SECONDS.
Domain refusals (VALIDATION, RULE_VIOLATION, NOT_FOUND, FORBIDDEN, ...) are the right answer to
random input, so schemathesis' own `not_a_server_error`, which counts every GraphQL error as a
server error, is not used.
"""

from __future__ import annotations

import atexit
import datetime
import json
import os
from collections import Counter

import schemathesis
from hypothesis import strategies as st
from schemathesis.graphql import nodes

SLOW_SECONDS = float(os.environ.get("FUZZ_SLOW_SECONDS", "5"))

# --- Unified Social Credit Codes (GB 32100), so that fuzzed applications get past the format
# --- check and reach the registry rules behind it.

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def _gb11714(body8: str) -> str:
    total = sum(int(c, 36) * w for c, w in zip(body8, GB11714_WEIGHTS))
    c = 11 - total % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def _gb32100(first17: str) -> str:
    total, weight = 0, 1
    for c in first17:
        total += USCC_ALPHABET.index(c) * weight
        weight = weight * 3 % 31
    return USCC_ALPHABET[(31 - total % 31) % 31]


def credit_code(kind_digit: str, division: str, body8: str) -> str:
    first17 = "5" + kind_digit + division + body8 + _gb11714(body8)
    return first17 + _gb32100(first17)


# Bodies of digits only: GB 11714 weighs letters by the Latin alphabet, and digits keep both
# check characters computable for every draw.
valid_codes = st.builds(
    credit_code,
    st.sampled_from("1239"),
    st.sampled_from(["440304", "440305", "440300", "100000"]),
    st.text(alphabet="0123456789", min_size=8, max_size=8),
)
near_miss_codes = st.tuples(valid_codes, st.integers(0, 17), st.sampled_from(USCC_ALPHABET + "IOSVZa ")).map(
    lambda t: t[0][: t[1]] + t[2] + t[0][t[1] + 1 :]
)
schemathesis.graphql.scalar(
    "CreditCode",
    st.one_of(st.just("52440304MJ0000018N"), valid_codes, near_miss_codes, st.text(max_size=30)).map(nodes.String),
)

schemathesis.graphql.scalar(
    "Money",
    st.one_of(
        st.sampled_from(["30000.00", "0", "0.01", "100000000", "92233720368547758.07", "92233720368547758.08"]),
        st.from_regex(r"\A[0-9]{1,20}(\.[0-9]{0,3})?\Z"),
        st.text(max_size=24),
    ).map(nodes.String),
)

instants = st.datetimes(
    min_value=datetime.datetime(1, 1, 1),
    max_value=datetime.datetime(9999, 12, 31, 23, 59, 59),
)
near_instants = st.datetimes(
    min_value=datetime.datetime(2020, 1, 1),
    max_value=datetime.datetime(2035, 12, 31),
)
schemathesis.graphql.scalar(
    "DateTime",
    st.one_of(
        near_instants.map(lambda d: d.isoformat() + "+08:00"),
        instants.map(lambda d: d.isoformat() + "Z"),
        st.text(max_size=40),
    ).map(nodes.String),
)
schemathesis.graphql.scalar(
    "Date",
    st.one_of(st.dates().map(str), st.text(max_size=20)).map(nodes.String),
)
schemathesis.graphql.scalar("JSON", st.text(max_size=40).map(nodes.String))

# Ids of the organisations scripts/fuzz-graphql created before the run, so that commands reach
# real streams and not only NOT_FOUND.
known_ids = [i for i in os.environ.get("FUZZ_ORGANISATION_IDS", "").split(",") if i]
schemathesis.graphql.scalar(
    "UUID",
    (st.one_of(st.sampled_from(known_ids), st.uuids().map(str)) if known_ids else st.uuids().map(str)).map(
        nodes.String
    ),
)

# --- Checks ---------------------------------------------------------------------------------

tally: Counter[str] = Counter()
slowest = {"seconds": 0.0, "request": ""}


def _error_codes(response) -> list[str]:
    try:
        body = json.loads(response.content)
    except ValueError:
        return []
    if not isinstance(body, dict):
        return []
    errors = body.get("errors") or []
    if not errors:
        return ["OK"] if body.get("data") is not None else []
    return [str(((e or {}).get("extensions") or {}).get("code", "NO_CODE")) for e in errors]


@schemathesis.check
def ledger_invariants(ctx, response, case):
    """No 5xx, no INTERNAL error, no response slower than FUZZ_SLOW_SECONDS."""
    codes = _error_codes(response)
    tally["responses"] += 1
    tally.update(f"code:{c}" for c in set(codes))
    if response.elapsed > slowest["seconds"]:
        body = response.request.body or ""
        if isinstance(body, bytes):
            body = body.decode(errors="replace")
        slowest.update(seconds=round(response.elapsed, 3), request=body[:500])
    if response.status_code >= 500:
        raise AssertionError(f"HTTP {response.status_code}: {response.content[:500]!r}")
    if "INTERNAL" in codes:
        raise AssertionError(f"INTERNAL error: {response.content[:1000].decode(errors='replace')}")
    if response.elapsed > SLOW_SECONDS:
        raise AssertionError(f"answered in {response.elapsed:.1f} s, over the {SLOW_SECONDS:g} s bound")


@atexit.register
def _write_tally() -> None:
    path = os.environ.get("FUZZ_TALLY_FILE")
    if path:
        with open(path, "w") as f:
            json.dump({**tally, "slowest": slowest}, f, indent=1, sort_keys=True, ensure_ascii=False)
