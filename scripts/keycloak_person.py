"""A person in Keycloak's own pages, for the suites that need a real sign-in without a browser: it follows the
login page's form and the device grant's consent page as a browser would. Standard library only."""
import html
import re
import urllib.error
import urllib.parse
import urllib.request


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Follows redirects itself and keeps cookies by hand: Keycloak marks its cookies Secure, which a browser sends
    to http://localhost and Python's cookie jar does not."""

    def __init__(self):
        self.opener = urllib.request.build_opener(_NoRedirect)
        self.cookies = {}

    def open(self, url, form=None, stop_at=None):
        """(final address, page); with stop_at, stops at the first redirect to an address starting with it."""
        data = None if form is None else urllib.parse.urlencode(form).encode()
        while True:
            cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
            request = urllib.request.Request(url, data=data, headers={"Cookie": cookie} if cookie else {})
            try:
                answer = self.opener.open(request, timeout=30)
            except urllib.error.HTTPError as other:
                answer = other
            for header in answer.headers.get_all("Set-Cookie") or []:
                name, _, value = header.split(";", 1)[0].partition("=")
                self.cookies[name] = value
            if answer.status in (301, 302, 303):
                url, data = urllib.parse.urljoin(url, answer.headers["Location"]), None
                if stop_at and url.startswith(stop_at):
                    return url, ""
                continue
            if answer.status != 200:
                raise SystemExit(f"Keycloak answered {answer.status} at {url}")
            return url, answer.read().decode()

    def sign_in(self, url, user, password, stop_at=None):
        """Opens url, which leads to the login page, and signs in there."""
        at, page = self.open(url, stop_at=stop_at)
        found = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page)
        if not found:
            raise SystemExit(f"no login form at {at}")
        return self.open(html.unescape(found.group(1)), {"username": user, "password": password}, stop_at)


def code_for(keycloak, client_id, redirect_uri, challenge, user, password):
    """The authorization code a person's sign-in gives the web client (code flow with PKCE)."""
    query = urllib.parse.urlencode({"client_id": client_id, "redirect_uri": redirect_uri, "response_type": "code",
                                    "scope": "openid", "code_challenge": challenge,
                                    "code_challenge_method": "S256", "state": "person"})
    auth = f"{keycloak}/realms/promise/protocol/openid-connect/auth?{query}"
    back, _ = Browser().sign_in(auth, user, password, stop_at=redirect_uri)
    if not back.startswith(redirect_uri):
        raise SystemExit("the login page did not send the person back: wrong user or password?")
    return urllib.parse.parse_qs(urllib.parse.urlparse(back).query)["code"][0]


def approve_device(verification_uri_complete, user, password):
    """Signs in at the address a device sign-in printed and grants the access it asks for."""
    browser = Browser()
    at, page = browser.sign_in(verification_uri_complete, user, password)
    consent = re.search(r'<form[^>]*action="([^"]*consent[^"]*)"[^>]*>(.*?)</form>', page, re.S)
    if not consent:
        raise SystemExit(f"no consent form at {at}")
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', consent.group(2)))
    fields.pop("cancel", None)
    fields["accept"] = "Yes"
    _, page = browser.open(urllib.parse.urljoin(at, html.unescape(consent.group(1))), fields)
    if "Device Login Successful" not in page:
        raise SystemExit("Keycloak did not confirm the device sign-in")
