"""The case page's identity panels: the origin registry and possible duplicates.

Loaded on demand (a button, then htmx) so the case page stays light on a slow connection.
A duplicate held by an organisation the user cannot see is shown only as existing, with its
holder, and a way to ask for it — never its names, dates or score explanation.
"""

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kembali.accounts.access import case_write_organisation_ids
from kembali.accounts.models import Organisation, User
from kembali.audit.actions import record_event
from kembali.audit.models import Action
from kembali.cases import access
from kembali.cases.models import Case
from kembali.cases.views import _user
from kembali.errors import DomainError
from kembali.identity import actions
from kembali.identity.explain import explain, withheld_text
from kembali.identity.matching.compare import held_back
from kembali.identity.models import CandidateKind, IdentityDecision, ShareRequest
from kembali.identity.search import duplicate_candidates, proposed, registry_candidates


def _latest_decisions(case: Case, kind: str) -> dict[str, IdentityDecision]:
    latest: dict[str, IdentityDecision] = {}
    decisions = IdentityDecision.objects.filter(case=case, kind=kind).select_related("decided_by")
    for decision in decisions:
        latest.setdefault(decision.candidate, decision)
    return latest


def _panel(request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
    if getattr(request, "htmx", False):
        return render(request, f"identity/_{template}.html", context)
    return render(request, "identity/page.html", {**context, "panel": f"identity/_{template}.html"})


@login_required
@require_GET
def registry(request: HttpRequest, case_id: UUID) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_user(user, case_id)
    found = registry_candidates(case)
    record_event(
        actor=user,
        action=Action.VIEW,
        obj=case,
        case_id=case.id,
        detail={"identity": "registry search", "registry": case.origin_country},
    )
    decisions = _latest_decisions(case, CandidateKind.REGISTRY)
    rows = [
        {
            "record": c.record,
            "comparison": c.comparison,
            "explanation": explain(c.comparison.evidence),
            "withheld": withheld_text(held_back(c.comparison)),
            "decision": decisions.get(c.record.id),
        }
        for c in (found or [])
    ]
    context = {
        "case": case,
        "registry": case.origin_country,
        "available": found is not None,
        "rows": rows,
        "can_write": _may_write(user, case),
    }
    return _panel(request, "registry", context)


@login_required
@require_GET
def duplicates(request: HttpRequest, case_id: UUID) -> HttpResponse:
    user = _user(request)
    # Only those who work the case: that the person is registered elsewhere, and with whom,
    # is itself sensitive (a protection agency's name says a claim may exist) and must not
    # reach a reader such as an origin-country officer holding a read share.
    case = access.get_case_for_user(user, case_id, write=True)
    record_event(
        actor=user, action=Action.VIEW, obj=case, case_id=case.id, detail={"identity": "duplicates"}
    )
    decisions = _latest_decisions(case, CandidateKind.DUPLICATE)
    candidates = duplicate_candidates(case, user)
    asked = set(
        ShareRequest.objects.filter(
            organisation_id__in=case_write_organisation_ids(user),
            case_id__in=[c.case.id for c in candidates],
        ).values_list("case_id", flat=True)
    )
    rows = []
    for candidate in candidates:
        row: dict[str, Any] = {"candidate": candidate, "asked": candidate.case.id in asked}
        if candidate.visible:
            row["explanation"] = explain(candidate.comparison.evidence)
            row["withheld"] = withheld_text(held_back(candidate.comparison))
            row["decision"] = decisions.get(str(candidate.case.id))
        rows.append(row)
    context = {
        "case": case,
        "rows": rows,
        "can_write": _may_write(user, case),
        "organisations": Organisation.objects.filter(pk__in=case_write_organisation_ids(user)),
    }
    return _panel(request, "duplicates", context)


def _may_write(user: User, case: Case) -> bool:
    return access.may_write(user, case, case.shares.active())


@login_required
@require_POST
def decide(request: HttpRequest, case_id: UUID) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_user(user, case_id, write=True)
    kind = request.POST.get("kind", "")
    candidate_id = request.POST.get("candidate", "")
    # The engine's view of the candidate is looked up again: a form cannot claim a score.
    found = proposed(case, user, kind)
    if candidate_id not in found:
        raise Http404("No such candidate.")
    try:
        actions.decide_candidate(
            case,
            actor=user,
            kind=kind,
            candidate=candidate_id,
            verdict=request.POST.get("verdict", ""),
            comparison=found[candidate_id],
            registry=case.origin_country if kind == CandidateKind.REGISTRY else "",
            note=request.POST.get("note", ""),
        )
        messages.success(request, _("Your decision is recorded."))
    except DomainError as error:
        messages.error(request, error.message)
    return redirect("cases:detail", case_id=case.id)


@login_required
@require_POST
def ask_to_share(request: HttpRequest, case_id: UUID, token: str) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_user(user, case_id, write=True)
    # Only a case the engine proposed as a duplicate can be asked for.
    proposed = {c.token: c for c in duplicate_candidates(case, user)}
    if token not in proposed:
        raise Http404("No such candidate.")
    try:
        organisation = Organisation.objects.get(pk=request.POST.get("organisation", ""))
    except (Organisation.DoesNotExist, ValueError, ValidationError):
        organisation = None
    try:
        if organisation is None:
            raise DomainError(_("Choose your organisation."), field="organisation")
        actions.request_share(
            proposed[token].case,
            actor=user,
            for_case=case,
            organisation=organisation,
            reason=request.POST.get("reason", ""),
        )
        messages.success(request, _("The holder has been asked to share the case."))
    except DomainError as error:
        messages.error(request, error.message)
    return redirect("cases:detail", case_id=case.id)
