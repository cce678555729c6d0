"""Driver of scripts/fuzz-graphql (run it through that script, which provides the virtual
environment): starts the server on a fresh data directory, mints tokens, creates a few
organisations for the fuzzer to act on, runs schemathesis once per token against the checked-in
SDL, and fails on any check failure, a panic in the server log or a server that died.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from fuzz_graphql_hooks import credit_code  # noqa: E402

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "50"))
SEED = os.environ.get("FUZZ_SEED")
REPORT_DIR = Path(os.environ.get("FUZZ_REPORT_DIR", ROOT / "target" / "fuzz-graphql"))
BIN = Path(os.environ.get("CIVIC_LEDGER_BIN", ROOT / "target" / "debug" / "civic-ledger"))
SCHEMA = ROOT / "api" / "schema.graphql"
REP = {"name": "王芳", "idNumber": "11010519491231002X", "phone": "13800138000"}


def log(message: str) -> None:
    print(f"fuzz-graphql: {message}", flush=True)


def token(data_dir: str, role: str, *extra: str) -> str:
    out = subprocess.run(
        [str(BIN), "token", "issue", "--data-dir", data_dir, "--role", role, "--subject", f"fuzz-{role}", *extra],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


def gql(url: str, bearer: str, query: str, variables: dict) -> dict:
    request = urllib.request.Request(
        url,
        data=json.dumps({"query": query, "variables": variables}).encode(),
        headers={"content-type": "application/json", "authorization": f"Bearer {bearer}"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        body = json.load(response)
    if body.get("errors"):
        raise RuntimeError(f"seeding failed: {body['errors']}")
    return body["data"]


def seed(url: str, registrar: str) -> list[str]:
    """An ACTIVE and an APPLIED social service organisation and a social group in preparation:
    the states most commands start from."""
    common = {
        "domicile": "深圳市福田区福中三路1号",
        "purpose": "为辖区老年人提供养老服务",
        "businessScope": "居家养老、培训、咨询",
        "legalRepresentative": REP,
        "registeredFunds": "30000.00",
        "jurisdiction": "440304",
    }
    apply = (
        "mutation($i: ApplyForRegistrationInput!) { applyForRegistration(input: $i) { organisation { id } } }"
    )
    ids = []
    for n, name in enumerate(["深圳市福田区颐康养老服务中心", "深圳市福田区乐龄社工服务中心"]):
        data = gql(
            url,
            registrar,
            apply,
            {
                "i": {
                    **common,
                    "name": name,
                    "kind": "SOCIAL_SERVICE_ORG",
                    "creditCode": credit_code("2", "440304", f"MJ00000{n + 1}"),
                }
            },
        )
        ids.append(data["applyForRegistration"]["organisation"]["id"])
    gql(
        url,
        registrar,
        "mutation($i: ApproveRegistrationInput!) { approveRegistration(input: $i) { version } }",
        {"i": {"organisationId": ids[0], "expectedVersion": 0}},
    )
    data = gql(
        url,
        registrar,
        "mutation($i: ApplyForPreparationInput!) { applyForPreparation(input: $i) { organisation { id } } }",
        {
            "i": {
                **common,
                "name": "深圳市福田区社区志愿者协会",
                "creditCode": credit_code("1", "440304", "MJ000003"),
                "individualMembers": 60,
                "unitMembers": 0,
            }
        },
    )
    ids.append(data["applyForPreparation"]["organisation"]["id"])
    return ids


def dictionaries(ids: list[str]) -> str:
    """A schemathesis config that draws many plain String and Int arguments from realistic
    values some of the time, so that commands get past validation to the registry rules."""
    values = {
        "jurisdictions": ["440304", "440305", "440300", "440000", "100000"],
        "id_numbers": ["11010519491231002X", "110105194912310021", "11010519491231002x"],
        "phones": ["13800138000", "0755-12345678", "12345"],
        "names": [
            "深圳市福田区颐康养老服务中心",
            "深圳市福田区颐康养老服务中心\u200b",
            "深圳市福田区颐康养老服务中心 ",
            "深圳市福田区第１养老服务中心",
            "中国养老服务中心",
        ],
        "streams": [f"organisation-{i}" for i in ids] + ["organisation-", "purchase-1"],
        "versions": [0, 1, 2, 3, -1],
        "years": [2024, 2025, 2026, 1900],
        "counts": [0, 1, 29, 30, 50, 60, 100, 101],
        "grades": [1, 3, 5, 6],
        "scores": [0, 600, 1000, 1001],
    }
    bindings = {
        "*.*.jurisdiction": "jurisdictions",
        "*.*.input.jurisdiction": "jurisdictions",
        "*.*.input.legalRepresentative.idNumber": "id_numbers",
        "*.*.input.legalRepresentative.phone": "phones",
        "*.*.input.name": "names",
        "*.*.filter.nameContains": "names",
        "*.*.stream": "streams",
        "*.*.fromVersion": "versions",
        "*.*.input.expectedVersion": "versions",
        "*.*.input.year": "years",
        "*.*.first": "counts",
        "*.*.input.individualMembers": "counts",
        "*.*.input.unitMembers": "counts",
        "*.*.input.grade": "grades",
        "*.*.input.score": "scores",
    }
    lines = []
    for name, entries in values.items():
        lines += [f"[dictionaries.{name}]", f"values = {json.dumps(entries, ensure_ascii=False)}", ""]
    lines.append("[parameters]")
    lines += [f'"{key}" = {{ dictionary = "{name}", probability = 0.6 }}' for key, name in bindings.items()]
    return "\n".join(lines) + "\n"


def healthy(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/healthz", timeout=10) as response:
            return response.status == 200
    except OSError:
        return False


def main() -> int:
    if not BIN.exists():
        log(f"{BIN} is missing: build it with `cargo build -p civic-ledger` (cargo test --workspace does)")
        return 2
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="civic-fuzz-") as data_dir:
        tokens = {
            "anonymous": None,
            "registrar": token(data_dir, "registrar", "--jurisdiction", "440304"),
            "admin": token(data_dir, "admin"),
        }
        server_log = REPORT_DIR / "server.log"
        with open(server_log, "w") as log_file:
            server = subprocess.Popen(
                [str(BIN), "serve", "--data-dir", data_dir, "--listen", "127.0.0.1:0"],
                stdout=subprocess.PIPE,
                stderr=log_file,
                text=True,
            )
        try:
            return run(server, server_log, tokens, started)
        finally:
            if server.poll() is None:
                server.send_signal(signal.SIGTERM)
                try:
                    server.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    log("the server did not stop within 15 s of SIGTERM; killing it")
                    server.kill()
                    server.wait()


def run(server: subprocess.Popen, server_log: Path, tokens: dict, started: float) -> int:
    first = server.stdout.readline() if server.stdout else ""
    match = re.match(r"civic-ledger listening on (http://\S+)", first)
    if not match:
        log(f"the server did not start: {first!r}; its log is {server_log}")
        return 1
    base = match.group(1)
    # Whatever else the server prints goes on being read, so that a full pipe never blocks it.
    threading.Thread(target=lambda: server.stdout.read(), daemon=True).start()
    url = f"{base}/graphql"
    ids = seed(url, tokens["registrar"])
    log(f"server at {base}; organisations {', '.join(ids)}; {EXAMPLES} examples per operation and token")

    config = REPORT_DIR / "schemathesis.toml"
    config.write_text(dictionaries(ids))

    failed = []
    totals: dict[str, int] = {}
    for role, bearer in tokens.items():
        role_dir = REPORT_DIR / role
        role_dir.mkdir(exist_ok=True)
        tally_file = role_dir / "tally.json"
        command = [
            str(Path(sys.executable).parent / "st"),
            "--config-file",
            str(config),
            "run",
            str(SCHEMA),
            "--url",
            url,
            "--checks",
            "ledger_invariants",
            "--max-examples",
            str(EXAMPLES),
            "--workers",
            "1",
            "--request-timeout",
            "30",
            "--generation-database",
            "none",
            "--report",
            "junit",
            "--report-dir",
            str(role_dir),
        ]
        if bearer:
            command += ["--header", f"Authorization: Bearer {bearer}"]
        if SEED:
            command += ["--seed", SEED]
        command += shlex.split(os.environ.get("FUZZ_ST_ARGS", ""))
        if os.environ.get("CI"):
            command += ["--no-color"]
        env = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": "fuzz_graphql_hooks",
            "PYTHONPATH": str(ROOT / "scripts"),
            "FUZZ_ORGANISATION_IDS": ",".join(ids),
            "FUZZ_TALLY_FILE": str(tally_file),
        }
        log(f"== {role}: {' '.join(c if not c.startswith('Authorization') else 'Authorization: Bearer …' for c in command)}")
        t0 = time.monotonic()
        code = subprocess.run(command, env=env, cwd=role_dir).returncode
        took = time.monotonic() - t0
        tally = json.loads(tally_file.read_text()) if tally_file.exists() else {}
        slowest = tally.pop("slowest", {})
        for k, v in tally.items():
            totals[k] = totals.get(k, 0) + v
        log(f"{role}: exit {code} after {took:.0f} s, {tally.get('responses', 0)} responses checked, {tally}")
        log(f"{role}: slowest response {slowest.get('seconds')} s, to {slowest.get('request')}")
        if code != 0:
            failed.append(f"{role}: schemathesis exited {code} (see above and {role_dir})")
        if server.poll() is not None:
            failed.append(f"the server exited with {server.returncode} during the {role} run")
            break

    if server.poll() is None and not healthy(base):
        failed.append("the server no longer answers /healthz")
    elif server.poll() is None:
        with urllib.request.urlopen(f"{base}/metrics", timeout=10) as response:
            events = re.search(rb"^civic_ledger_events (\d+)", response.read(), re.M)
        log(f"the ledger holds {events.group(1).decode() if events else '?'} events after the run")
    panics = [line for line in server_log.read_text(errors="replace").splitlines() if "panicked" in line]
    if panics:
        failed.append(f"the server log ({server_log}) has {len(panics)} panic(s): {panics[:5]}")
    log(f"{totals.get('responses', 0)} responses in {time.monotonic() - started:.0f} s; codes {totals}")
    for failure in failed:
        log(f"FAILED: {failure}")
    if not failed:
        log("passed: no 5xx, no INTERNAL error, no response over the time bound, no panic")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
