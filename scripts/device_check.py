#!/usr/bin/env python3
"""The device sign-in, proven against the test stack: a person approves in Keycloak's pages what the examples ask
for from a terminal. Checks that DeviceSession signs in, refreshes its token and is served as its person, and that
examples/kpis.py --device (and, with --r-out, examples/kpis.R --device, which must write the same file) pages the
feed. Standard library only."""
import argparse
import io
import json
import os
import re
import subprocess
import sys
import threading
import urllib.request

from keycloak_person import approve_device

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "examples"))
from device_sign_in import DeviceSession  # noqa: E402

ADDRESS = re.compile(r"open (http\S+user_code=\S+)")


class Approving(io.StringIO):
    """What the session prints; the person approves the address as soon as it is printed."""

    def __init__(self, user):
        super().__init__()
        self.user = user

    def write(self, text):
        found = ADDRESS.search(text)
        if found:
            threading.Thread(target=approve_device, args=(found.group(1), self.user, self.user), daemon=True).start()
        return super().write(text)


def me(api, token):
    request = urllib.request.Request(f"{api}/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--api", required=True)
    parser.add_argument("--keycloak", required=True)
    parser.add_argument("--out", required=True, help="where kpis.py --device writes its CSV")
    parser.add_argument("--r-out", help="where kpis.R --device writes its CSV (the R example is not run without it)")
    args = parser.parse_args()

    session = DeviceSession(args.keycloak, out=Approving("analyst"))
    first = session.access_token()
    session.expires_at = 0  # as if the token were about to run out
    refreshed = session.access_token()
    if refreshed == first:
        sys.exit("the device session did not refresh its token")
    who = me(args.api, refreshed)
    if who["name"] != "analyst" or who["roles"] != ["analyst"]:
        sys.exit(f"the device token is not the analyst's: {who}")
    print(f"device sign-in: {who['name']} ({', '.join(a['name'] for a in who['authorities'])}), token refreshed")

    query = ["--device", "--area", "E08000030", "--page-size", "50"]
    print(run_signed_in([sys.executable, os.path.join(ROOT, "examples", "kpis.py"), "--api", args.api,
                         "--keycloak", args.keycloak, *query, "--out", args.out]))
    if args.r_out:
        environment = dict(os.environ, PROMISE_API_URL=args.api, PROMISE_KEYCLOAK_URL=args.keycloak)
        environment.pop("PROMISE_TOKEN", None)
        print(run_signed_in(["Rscript", os.path.join(ROOT, "examples", "kpis.R"), *query, "--out", args.r_out],
                            environment))
        with open(args.out, "rb") as python, open(args.r_out, "rb") as r:
            if python.read() != r.read():
                sys.exit(f"kpis.R --device wrote another file than kpis.py --device ({args.r_out}, {args.out})")


def run_signed_in(command, environment=None):
    """Runs an example with --device, approving as officer.walsall the address it prints; its last line."""
    example = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    for line in example.stderr:
        found = ADDRESS.search(line)
        if found:
            approve_device(found.group(1), "officer.walsall", "officer.walsall")
            break
    out, err = example.communicate(timeout=120)
    if example.returncode != 0:
        sys.exit(f"{os.path.basename(command[1])} --device failed: {err or out}")
    return out.strip().splitlines()[-1]


if __name__ == "__main__":
    main()
