"""Web benchmark: the case list with a name search, the case page and the API list, side by
side with a trivial view on the same production server (gunicorn, 2 workers), on PostgreSQL.

    uv run python bench/web.py --size 100000            # load (if needed) and measure
    uv run python bench/web.py --size 1000000 --requests 400

The database (default postgres://postgres@127.0.0.1:5432/kembali_bench) is created and loaded
with `kembali demo --size N` when it does not already hold N cases. Results are printed as a
table and written to bench/results/web-<size>.json. Requests go to 127.0.0.1 only.
"""

import argparse
import http.client
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/kembali_bench"
PORT = 8765

# Name searches a caseworker types: common and rare parts, several scripts, some with filters.
SEARCHES = [
    {"q": "rahim"},
    {"q": "fatema", "track": "voluntary"},
    {"q": "aung kyaw"},
    {"q": "ফাতেমা"},
    {"q": "အောင်"},
    {"q": "haidari", "origin_country": "AFG"},
    {"q": "perera", "stage": "registered"},
    {"q": "mizanur rahman"},
    {"q": "முருகன்"},
    {"q": "hossain", "origin_country": "BGD", "track": "enforced"},
]


def sh(*args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, env=env).stdout


def django_env(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "KEMBALI_DEBUG": "0",
        "KEMBALI_SECRET_KEY": "bench-" + "x" * 60,
        "KEMBALI_ALLOWED_HOSTS": "127.0.0.1",
        "KEMBALI_SSL_REDIRECT": "0",
        "KEMBALI_STATIC_ROOT": str(ROOT / "bench" / "data" / "static"),
    }


def ensure_database(database_url: str, size: int, env: dict[str, str]) -> float:
    """Creates and loads the database if it does not hold `size` cases; returns load seconds."""
    name = database_url.rsplit("/", 1)[1]
    admin_url = database_url.rsplit("/", 1)[0] + "/postgres"
    query = f"SELECT 1 FROM pg_database WHERE datname = '{name}'"  # noqa: S608  (our own name)
    exists = sh("psql", admin_url, "-tAc", query)
    if exists.strip():
        count = sh("psql", database_url, "-tAc", "SELECT count(*) FROM cases_case").strip()
        if count == str(size):
            return 0.0
        sh("psql", admin_url, "-c", f"DROP DATABASE {name}")
    sh("psql", admin_url, "-c", f"CREATE DATABASE {name}")
    started = time.perf_counter()
    subprocess.run(["uv", "run", "kembali", "demo", "--size", str(size)], check=True, env=env)
    return time.perf_counter() - started


def session_cookie(env: dict[str, str], username: str) -> tuple[str, str, list[str]]:
    """A logged-in session and an API token for `username`, and case ids they can see."""
    code = f"""
import django, json
django.setup()
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from rest_framework.authtoken.models import Token
from kembali.accounts.models import User
from kembali.cases.models import Case
import random, time
user = User.objects.get(username={username!r})
s = SessionStore()
s[SESSION_KEY] = str(user.pk)
s[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
s[HASH_SESSION_KEY] = user.get_session_auth_hash()
s["kembali_last_seen"] = int(time.time()) + 86400
s.create()
token, _ = Token.objects.get_or_create(user=user)
cases = Case.objects.visible_to(user).order_by("-created_at")
ids = list(cases.values_list("id", flat=True)[:20000])
random.Random(7).shuffle(ids)
print(json.dumps([s.session_key, token.key, [str(i) for i in ids[:2000]]]))
"""
    out = sh(
        "uv", "run", "python", "-c", code, env={**env, "DJANGO_SETTINGS_MODULE": "kembali.settings"}
    )
    key, token, ids = json.loads(out.strip().splitlines()[-1])
    return key, token, ids


class Scenario:
    def __init__(self, name: str, paths: list[str], headers: dict[str, str]) -> None:
        self.name = name
        self.paths = paths
        self.headers = headers
        self.latencies: list[float] = []
        self.errors = 0
        self.elapsed = 0.0


def run_scenario(scenario: Scenario, requests: int, concurrency: int) -> None:
    lock = threading.Lock()
    counter = iter(range(requests))

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                break
            path = scenario.paths[index % len(scenario.paths)]
            started = time.perf_counter()
            conn.request("GET", path, headers={**scenario.headers, "Host": "127.0.0.1"})
            response = conn.getresponse()
            response.read()
            took = time.perf_counter() - started
            with lock:
                scenario.latencies.append(took)
                if response.status != 200:
                    scenario.errors += 1
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    scenario.elapsed += time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--database-url", default=DEFAULT_DB)
    parser.add_argument("--requests", type=int, default=300, help="per scenario and round")
    parser.add_argument("--rounds", type=int, default=3, help="scenarios alternate each round")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--user", default="caseworker.mys")
    args = parser.parse_args()

    env = django_env(args.database_url)
    load_seconds = ensure_database(args.database_url, args.size, env)
    subprocess.run(["uv", "run", "kembali", "migrate", "-v0"], check=True, env=env)
    subprocess.run(
        ["uv", "run", "kembali", "collectstatic", "--noinput", "-v0"], check=True, env=env
    )
    session, token, case_ids = session_cookie(env, args.user)
    from urllib.parse import urlencode

    cookie = {"Cookie": f"sessionid={session}"}
    scenarios = [
        Scenario("trivial view (ceiling)", ["/health/"], {}),
        # The same view for a signed-in user: session, user and memberships loaded by the
        # middleware, as on every page; the ceiling for anything a caseworker opens.
        Scenario("trivial view, signed in", ["/health/"], cookie),
        Scenario(
            "case list, name search + filters",
            [f"/cases/?{urlencode(s)}" for s in SEARCHES],
            cookie,
        ),
        Scenario("case page", [f"/cases/{i}/" for i in case_ids], cookie),
        Scenario(
            "API case list",
            ["/api/v1/cases/", *[f"/api/v1/cases/?{urlencode(s)}" for s in SEARCHES[:5]]],
            {"Authorization": f"Token {token}"},
        ),
    ]
    server = subprocess.Popen(
        [
            "uv",
            "run",
            "gunicorn",
            "kembali.wsgi",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        env=env,
    )
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=2).request("GET", "/health/")
                break
            except OSError:
                time.sleep(0.2)
        for scenario in scenarios:  # warm-up: connections, caches, the planner's statistics
            run_scenario(
                Scenario(scenario.name, scenario.paths, scenario.headers), 40, args.concurrency
            )
        for _round in range(args.rounds):
            for scenario in scenarios:
                run_scenario(scenario, args.requests, args.concurrency)
    finally:
        server.terminate()
        server.wait()

    ceiling = len(scenarios[0].latencies) / scenarios[0].elapsed
    signed_in_ceiling = len(scenarios[1].latencies) / scenarios[1].elapsed
    rows = []
    for scenario in scenarios:
        throughput = len(scenario.latencies) / scenario.elapsed
        rows.append(
            {
                "scenario": scenario.name,
                "requests": len(scenario.latencies),
                "errors": scenario.errors,
                "p50_ms": round(statistics.median(scenario.latencies) * 1000, 1),
                "p95_ms": round(percentile(scenario.latencies, 0.95) * 1000, 1),
                "throughput_rps": round(throughput, 1),
                "ratio_to_trivial": round(throughput / ceiling, 3),
                "ratio_to_signed_in_trivial": round(throughput / signed_in_ceiling, 3),
            }
        )
    result = {
        "size": args.size,
        "concurrency": args.concurrency,
        "load_seconds": round(load_seconds, 1),
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "postgres": sh("psql", args.database_url, "-tAc", "SHOW server_version").strip(),
        "rows": rows,
    }
    out = ROOT / "bench" / "results" / f"web-{args.size}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"\n{args.size} cases, concurrency {args.concurrency}, load {result['load_seconds']} s")
    print(
        f"{'scenario':<36}{'n':>6}{'err':>5}{'p50 ms':>9}{'p95 ms':>9}{'req/s':>8}"
        f"{'ratio':>7}{'ratio signed in':>17}"
    )
    for row in rows:
        print(
            f"{row['scenario']:<36}{row['requests']:>6}{row['errors']:>5}{row['p50_ms']:>9}"
            f"{row['p95_ms']:>9}{row['throughput_rps']:>8}{row['ratio_to_trivial']:>7}"
            f"{row['ratio_to_signed_in_trivial']:>17}"
        )
    if any(row["errors"] for row in rows):
        sys.exit("some requests failed")


if __name__ == "__main__":
    main()
