#!/usr/bin/env python3
"""Fetch KPIs from Promise as a partner system would, with nothing but Python's standard library.

Gets an access token with the client-credentials grant (a partner system) or, with --device, signs you in as
yourself from the terminal (device_sign_in.py); pages through /api/v1/kpis as CSV by following the Link headers,
prints a small table and writes every row to a file. Small numbers arrive already suppressed ("c").

    python3 examples/kpis.py --indicator CL_EET_1921 --indicator LEAVE_ADOPT --out kpis.csv
    python3 examples/kpis.py --device --area E08000030 --out walsall.csv

Settings come from the options or the environment: PROMISE_API_URL, PROMISE_KEYCLOAK_URL, PROMISE_CLIENT_ID,
PROMISE_CLIENT_SECRET (the demo realm's partner-walsall client and its demo secret by default).
"""
import argparse
import csv
import io
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from device_sign_in import DeviceSession


def arguments():
    parser = argparse.ArgumentParser(description="Page through Promise's KPI feed as CSV.")
    parser.add_argument("--api", default=os.environ.get("PROMISE_API_URL", "http://localhost:8080"))
    parser.add_argument("--keycloak", default=os.environ.get("PROMISE_KEYCLOAK_URL", "http://localhost:8180"))
    parser.add_argument("--client-id", default=os.environ.get("PROMISE_CLIENT_ID", "partner-walsall"))
    parser.add_argument("--client-secret",
                        default=os.environ.get("PROMISE_CLIENT_SECRET", "partner-walsall-demo-secret"))
    parser.add_argument("--device", action="store_true",
                        help="sign in as yourself in a browser (device grant) instead of as a partner system")
    parser.add_argument("--indicator", action="append", default=[], help="repeat for more")
    parser.add_argument("--area", action="append", default=[], help="GSS code; repeat for more")
    parser.add_argument("--from", dest="from_period", help="first period, such as 2020-21")
    parser.add_argument("--to", dest="to_period", help="last period")
    parser.add_argument("--page-size", type=int, default=100, help="rows a page, at most 1000")
    parser.add_argument("--out", default="kpis.csv", help="the CSV file to write")
    parser.add_argument("--show", type=int, default=10, help="rows to print")
    return parser.parse_args()


def request(req, attempts=5):
    """Sends a request; waits as Retry-After says on 429; fails with the problem's detail otherwise."""
    for _ in range(attempts):
        try:
            return urllib.request.urlopen(req, timeout=30)
        except urllib.error.HTTPError as error:
            if error.code == 429:
                time.sleep(int(error.headers.get("Retry-After", "1")))
                continue
            body = error.read().decode("utf-8", "replace")
            try:
                detail = json.loads(body).get("detail") or body
            except ValueError:
                detail = body
            sys.exit(f"{req.get_method()} {req.full_url}: HTTP {error.code}: {detail}")
        except urllib.error.URLError as error:
            sys.exit(f"{req.get_method()} {req.full_url}: {error.reason}")
    sys.exit(f"{req.full_url}: still rate limited after {attempts} attempts")


def access_token(args):
    if args.device:
        return DeviceSession(args.keycloak).access_token()
    form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": args.client_id,
                                   "client_secret": args.client_secret}).encode()
    url = f"{args.keycloak}/realms/promise/protocol/openid-connect/token"
    with request(urllib.request.Request(url, data=form, method="POST")) as response:
        return json.load(response)["access_token"]


def next_link(header):
    """The rel="next" target of an RFC 8288 Link header, if there is one."""
    for target, relation in re.findall(r'<([^>]*)>\s*;\s*rel="([^"]*)"', header or ""):
        if relation == "next":
            return target
    return None


def pages(args, token):
    query = [("pageSize", args.page_size)]
    query += [("indicator", code) for code in args.indicator] + [("area", code) for code in args.area]
    if args.from_period:
        query.append(("from", args.from_period))
    if args.to_period:
        query.append(("to", args.to_period))
    url = f"{args.api}/api/v1/kpis?{urllib.parse.urlencode(query)}"
    while url:
        req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}", "Accept": "text/csv"})
        with request(req) as response:
            yield response.read().decode("utf-8")
            url = next_link(response.headers.get("Link"))
            if url and url.startswith("/"):
                url = args.api + url


def main():
    args = arguments()
    token = access_token(args)
    header, rows, count = None, [], 0
    for count, text in enumerate(pages(args, token), start=1):
        reader = csv.reader(io.StringIO(text))
        header = next(reader, header)
        rows.extend(reader)
    with open(args.out, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header or [])
        writer.writerows(rows)

    columns = ["indicator", "la_name", "period", "value", "target", "rag"]
    index = [header.index(column) for column in columns] if header else []
    shown = [[row[i] for i in index] for row in rows[:args.show]]
    widths = [max(len(str(cell)) for cell in column) for column in zip(columns, *shown)] if index else []
    for line in [columns] + shown:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths)).rstrip())
    withheld = sum(1 for row in rows if index and row[header.index("value")] == "c")
    pages_word = "page" if count == 1 else "pages"
    print(f"{len(rows)} rows in {count} {pages_word} ({withheld} withheld as c) written to {args.out}")


if __name__ == "__main__":
    main()
