"""Which URLs a crawl may fetch: http(s) to public addresses only.

A portal controls the links icewatch follows (attachments, redirects). Without a rule, a link
to ``file:///etc/passwd``, ``data:``, ``ftp://``, a loopback, link-local (cloud metadata at
169.254.169.254), private or reserved address would make the crawler read local files or the
host's internal network and store what it got. This module is the rule; the downloader
middleware (``spiders.middlewares.UrlPolicyMiddleware``) applies it to every request and
redirect, after DNS resolution in live runs.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https"})
_LOCAL_NAMES = ("localhost", ".localhost", ".local", ".internal", ".home.arpa")


def address_refusal(address: str) -> str | None:
    """Why an IP address is not a public one, or None when it is."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for flag, what in (
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_private", "private"),
        ("is_multicast", "multicast"),
        ("is_reserved", "reserved"),
        ("is_unspecified", "unspecified"),
    ):
        if getattr(ip, flag):
            return f"{ip} is a {what} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def literal_address(host: str) -> str | None:
    """The IP address a host name spells, in any form a resolver accepts ("127.1",
    "2130706433", "0x7f000001", "[::1]"), or None for a name."""
    host = host.strip("[]")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    try:
        return socket.inet_ntoa(socket.inet_aton(host))  # the shorthand forms of IPv4
    except OSError:
        return None


def url_refusal(url: str) -> str | None:
    """Why ``url`` may not be fetched before its host is resolved, or None: a scheme other
    than http(s), no host, a local name, or an address that is not public."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError as exc:
        return f"not a URL ({exc})"
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return f"{scheme or 'no'} scheme: only http and https are fetched"
    if not host:
        return "no host"
    if host == "localhost" or host.endswith(_LOCAL_NAMES):
        return f"{host} is a local name"
    literal = literal_address(host)
    if literal is not None:
        return address_refusal(literal)
    return None
