#!/usr/bin/env python3
"""Sign in to Promise from a terminal as yourself, with nothing but Python's standard library.

The OAuth 2.0 device authorization grant (RFC 8628): the script asks Keycloak for a code, prints an address, and you
open it in any browser, sign in as you do on the website and confirm the code; the script then receives your access
token and keeps it fresh with the refresh token. No password passes through the script.

    from device_sign_in import DeviceSession
    session = DeviceSession("http://localhost:8180")
    token = session.access_token()       # signs in the first time; refreshes when under a minute is left

Run on its own, it signs in and prints who Promise says you are (GET /api/v1/me):

    python3 examples/device_sign_in.py
"""
import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

CLIENT_ID = "promise-cli"


def post_form(url, fields):
    """The JSON answer and the HTTP status, errors included (the device flow answers 400 while it waits)."""
    data = urllib.parse.urlencode(fields).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, method="POST"), timeout=30) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as refusal:
        return refusal.code, json.load(refusal)


class DeviceSession:
    """A person's tokens from the device grant, refreshed before they run out."""

    def __init__(self, keycloak, realm="promise", client_id=CLIENT_ID, out=sys.stderr):
        self.endpoint = f"{keycloak}/realms/{realm}/protocol/openid-connect"
        self.client_id = client_id
        self.out = out
        self.tokens = None
        self.expires_at = 0.0

    def access_token(self):
        if self.tokens is None:
            self._keep(self._sign_in())
        elif time.time() > self.expires_at - 60:
            self._keep(self._refresh())
        return self.tokens["access_token"]

    def _sign_in(self):
        status, device = post_form(f"{self.endpoint}/auth/device", {"client_id": self.client_id, "scope": "openid"})
        if status != 200:
            sys.exit(f"Keycloak refused the device sign-in: {device.get('error_description') or device}")
        print(f"To sign in, open {device['verification_uri_complete']}", file=self.out)
        print(f"(or {device['verification_uri']} and enter the code {device['user_code']})", file=self.out,
              flush=True)
        interval = device.get("interval", 5)
        deadline = time.time() + device["expires_in"]
        while time.time() < deadline:
            time.sleep(interval)
            status, answer = post_form(f"{self.endpoint}/token", {
                "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
                "client_id": self.client_id, "device_code": device["device_code"]})
            if status == 200:
                print("Signed in.", file=self.out, flush=True)
                return answer
            error = answer.get("error")
            if error == "slow_down":
                interval += 5
            elif error != "authorization_pending":
                sys.exit(f"The sign-in did not complete: {answer.get('error_description') or error}")
        sys.exit("The sign-in code ran out before anybody used it: run the script again")

    def _refresh(self):
        status, answer = post_form(f"{self.endpoint}/token", {
            "grant_type": "refresh_token", "client_id": self.client_id,
            "refresh_token": self.tokens["refresh_token"]})
        # A refresh refused (the session ended) means signing in again.
        return answer if status == 200 else self._sign_in()

    def _keep(self, tokens):
        self.tokens = tokens
        self.expires_at = time.time() + tokens["expires_in"]


def main():
    parser = argparse.ArgumentParser(description="Sign in to Promise from a terminal and show who you are.")
    parser.add_argument("--api", default=os.environ.get("PROMISE_API_URL", "http://localhost:8080"))
    parser.add_argument("--keycloak", default=os.environ.get("PROMISE_KEYCLOAK_URL", "http://localhost:8180"))
    args = parser.parse_args()
    session = DeviceSession(args.keycloak)
    request = urllib.request.Request(f"{args.api}/api/v1/me",
                                     headers={"Authorization": f"Bearer {session.access_token()}"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        me = json.load(answer)
    print(json.dumps(me, indent=2))


if __name__ == "__main__":
    main()
