import ipaddress
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from kembali.audit.context import Origin, current_origin
from kembali.audit.models import Channel


def client_ip(request: HttpRequest) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is trivially forged unless a known proxy sets it.
    raw = request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(raw))
    except ValueError:
        return ""


class RequestContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        channel = Channel.API if request.path.startswith("/api/") else Channel.WEB
        token = current_origin.set(Origin(ip=client_ip(request), channel=channel))
        try:
            return self.get_response(request)
        finally:
            current_origin.reset(token)
