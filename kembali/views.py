from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def health(request: HttpRequest) -> HttpResponse:
    """Liveness for load balancers; touches nothing, so it is also the benchmarks' ceiling."""
    return HttpResponse("ok", content_type="text/plain")
