from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q, prefetch_related_objects
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kembali.accounts.access import (
    case_write_organisation_ids,
    has_role,
    person_data_organisation_ids,
)
from kembali.accounts.models import Organisation, Role, User
from kembali.audit.models import AuditEvent
from kembali.cases import access
from kembali.cases.actions import (
    NameInput,
    record_consent,
    record_view,
    register_person_and_case,
    revoke_share,
    share_case,
    withdraw_consent,
)
from kembali.cases.forms import CaseFilterForm, ConsentForm, RegistrationForm, ShareForm
from kembali.cases.models import Case, CaseShare, CloseReason, NameKind
from kembali.cases.timeframes import clock, load_standards
from kembali.cases.transitions import FACT_RELATIONS, change_stage, may_override, next_steps
from kembali.cases.workflow import PRE_DEPARTURE
from kembali.errors import DomainError
from kembali.identity.models import ShareRequest
from kembali.protection.detention import detention_days, detention_status

PAGE_SIZE = 25


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def _require_person_data(user: User) -> None:
    if not person_data_organisation_ids(user):
        raise PermissionDenied(_("Your role does not give access to case records."))


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not person_data_organisation_ids(user):
        return render(request, "cases/no_case_access.html")
    visible = Case.objects.visible_to(user).for_list()
    assigned = list(visible.open().filter(assigned_to=user).order_by("-updated_at")[:25])
    recent = list(visible.order_by("-created_at")[:10])
    _add_detention_days(assigned + recent)
    context = {
        "assigned": assigned,
        "recent": recent,
        "can_register": bool(case_write_organisation_ids(user)),
    }
    return render(request, "cases/dashboard.html", context)


def _add_detention_days(cases: list[Case]) -> None:
    days = detention_days(case.id for case in cases)
    for case in cases:
        case.detention_days = days.get(case.id, 0)  # type: ignore[attr-defined]


def _page_number(request: HttpRequest) -> int:
    try:
        return max(1, int(request.GET.get("page", "1")))
    except ValueError:
        return 1


@login_required
def case_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    _require_person_data(user)
    # The user's own organisations and those that shared cases with them: cheap to find,
    # unlike the distinct holders of every visible case.
    org_ids = person_data_organisation_ids(user)
    organisations = Organisation.objects.filter(
        Q(pk__in=org_ids)
        | Q(
            pk__in=CaseShare.objects.active()
            .filter(organisation_id__in=org_ids)
            .values("case__holder_id")
        )
    )
    form = CaseFilterForm(request.GET or None, organisations=organisations, for_page=True)
    cases = Case.objects.visible_to(user).for_list()
    if form.is_bound and form.is_valid():
        cases = form.apply(cases, user)
    page = _page_number(request)
    start = (page - 1) * PAGE_SIZE
    rows = list(cases.order_by("-created_at")[start : start + PAGE_SIZE + 1])
    _add_detention_days(rows[:PAGE_SIZE])
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "cases": rows[:PAGE_SIZE],
        "page": page,
        "has_next": len(rows) > PAGE_SIZE,
        "query": query.urlencode(),
    }
    template = (
        "cases/_case_rows.html" if getattr(request, "htmx", False) else "cases/case_list.html"
    )
    return render(request, template, context)


@login_required
def register(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    organisations = Organisation.objects.filter(pk__in=case_write_organisation_ids(user))
    if not organisations:
        raise PermissionDenied(_("Your role does not allow registering cases."))
    form = RegistrationForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        names = [
            NameInput(data["native_name"], NameKind.AS_STATED, data["native_language"]),
            NameInput(data["latin_name"], data["latin_kind"]),
            NameInput(data["alias"], NameKind.ALIAS),
        ]
        try:
            case = register_person_and_case(
                actor=user,
                holder=data["holder"],
                names=[n for n in names if n.text.strip()],
                track=data["track"],
                host_country=data["host_country"],
                origin_country=data["origin_country"],
                legal_basis=data["legal_basis"],
                assigned_to=user,
                sex=data["sex"],
                birth=data["birth_date"],
                birth_place=data["birth_place"],
                father_name=data["father_name"],
                mother_name=data["mother_name"],
                nationality_claimed=data["nationality_claimed"],
                languages=data["languages"],
            )
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            messages.success(
                request, _("Case %(reference)s registered.") % {"reference": case.reference}
            )
            return redirect("cases:detail", case_id=case.id)
    return render(request, "cases/register.html", {"form": form})


HISTORY_LENGTH = 25
FULL_HISTORY_LENGTH = 1000


def _history(case: Case, length: int = HISTORY_LENGTH) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(case_id=case.id).order_by("-seq")[:length])


def _protection_context(user: User, case: Case) -> dict[str, Any]:
    """Screening results and referrals for everyone who works the case; the content of
    asylum, risk, best-interests and trafficking records for protection officers only —
    others learn what blocks a step from the next steps, not the claim."""
    is_protection_officer = has_role(user, Role.PROTECTION_OFFICER)
    context: dict[str, Any] = {
        "is_protection_officer": is_protection_officer,
        "may_screen": has_role(user, Role.PROTECTION_OFFICER, Role.CASEWORKER, Role.SUPERVISOR),
        "vulnerabilities": list(case.vulnerabilities.all()),
        "referrals": list(case.referrals.all()),
        "removal_decisions": list(case.removal_decisions.all()),
        "detention": detention_status(case),
        "detention_episodes": list(case.detention_episodes.all()),
    }
    if is_protection_officer:
        context |= {
            "asylum_history": list(case.asylum_history.all()),
            "risk_assessments": list(case.risk_assessments.all()),
            "best_interests": list(case.best_interests.all()),
            "trafficking": getattr(case, "trafficking", None),
        }
    return context


@login_required
def case_detail(request: HttpRequest, case_id: UUID) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_user(user, case_id)
    record_view(actor=user, obj=case)
    return _render_case(request, case)


# Everything the case page shows or judges, fetched once.
CASE_PAGE_RELATIONS = (
    *FACT_RELATIONS,
    "person__names",
    "referrals",
    "detention_episodes__reviews",
    "consents__recorded_by",
)


def _render_case(request: HttpRequest, case: Case) -> HttpResponse:
    user = _user(request)
    prefetch_related_objects([case], *CASE_PAGE_RELATIONS)
    person = case.person
    household_members = (
        list(case.household.members.select_related("person").prefetch_related("person__names"))
        if case.household
        else []
    )
    shares = list(case.shares.active().select_related("organisation", "granted_by"))
    can_share = case.holder_id in case_write_organisation_ids(user)
    context = {
        "case": case,
        "person": person,
        "names": list(person.names.all()),
        "documents": list(person.documents.all()),
        "transit_legs": list(case.transit_legs.all()),
        "fitness_certificates": list(case.fitness_certificates.all()),
        "receptions": list(case.receptions.all()),
        "household_members": household_members,
        "consents": sorted(case.consents.all(), key=lambda c: c.given_at, reverse=True),
        "history": _history(case),
        "history_length": HISTORY_LENGTH,
        "can_write": access.may_write(user, case, shares),
        "can_share": can_share,
        "shares": shares,
        "share_requests": (
            list(
                ShareRequest.objects.filter(case=case).select_related(
                    "organisation", "requested_by"
                )
            )
            if can_share
            else []
        ),
        "steps": next_steps(case),
        "clock": clock(case),
        **_protection_context(user, case),
        "may_override": may_override(user),
        "close_reasons": CloseReason.choices,
    }
    return render(request, "cases/case_detail.html", context)


def form_page(request: HttpRequest, case: Case, form: Any, action: str, title: str) -> HttpResponse:
    """A small form of the case page: a fragment for htmx, a page of its own without it."""
    template = (
        "cases/_case_form.html" if getattr(request, "htmx", False) else "cases/case_form.html"
    )
    context = {"case": case, "form": form, "action": action, "title": title}
    return render(request, template, context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def add_consent(request: HttpRequest, case_id: UUID) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_user(user, case_id, write=True)
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            record_consent(case, actor=user, **form.cleaned_data)
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            messages.success(request, _("Consent recorded."))
            return redirect("cases:detail", case_id=case.id)
    action = reverse("cases:add_consent", args=[case.id])
    return form_page(request, case, form, action, _("Record consent"))


@login_required
@require_POST
def withdraw_consent_view(request: HttpRequest, case_id: UUID, consent_id: UUID) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_user(user, case_id, write=True)
    consent = access.get_consent_for_user(user, consent_id, write=True)
    if consent.case_id != case.id:
        raise Http404
    try:
        withdraw_consent(consent, actor=user)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Consent withdrawal recorded."))
    return redirect("cases:detail", case_id=case.id)


@login_required
@require_http_methods(["GET", "POST"])
def share(request: HttpRequest, case_id: UUID) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_user(user, case_id, write=True)
    form = ShareForm(request.POST or None, case=case)
    if request.method == "POST" and form.is_valid():
        try:
            share_case(case, actor=user, **form.cleaned_data)
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            messages.success(request, _("The case is now shared."))
            return redirect("cases:detail", case_id=case.id)
    return form_page(request, case, form, reverse("cases:share", args=[case.id]), _("Share"))


@login_required
@require_POST
def end_share(request: HttpRequest, case_id: UUID, share_id: int) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_user(user, case_id, write=True)
    share = case.shares.active().filter(pk=share_id).first()
    if share is None:
        raise Http404
    try:
        revoke_share(share, actor=user)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Sharing ended."))
    return redirect("cases:detail", case_id=case.id)


@login_required
def case_history(request: HttpRequest, case_id: UUID) -> HttpResponse:
    case = access.get_case_for_user(_user(request), case_id)
    context = {"case": case, "history": _history(case, FULL_HISTORY_LENGTH)}
    return render(request, "cases/case_history.html", context)


@login_required
@require_POST
def take_step(request: HttpRequest, case_id: UUID) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_user(user, case_id, write=True)
    overrides = {
        key.removeprefix("override-"): request.POST.get(key, "")
        for key in request.POST
        if key.startswith("override-") and request.POST.get(key, "").strip()
    }
    try:
        change_stage(
            case,
            actor=user,
            to=request.POST.get("to", ""),
            reason=request.POST.get("reason", ""),
            note=request.POST.get("note", ""),
            overrides=overrides,
            expected_from=request.POST.get("from_stage") or None,
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("The case is now at “%(stage)s”.") % {"stage": case.get_stage_display()}
        )
    return redirect("cases:detail", case_id=case.id)


def _require_supervisor(user: User) -> None:
    if not has_role(user, Role.SUPERVISOR):
        raise PermissionDenied(_("For supervisors."))


@login_required
def overdue(request: HttpRequest) -> HttpResponse:
    """Cases past their stage's time frame, longest waiting first."""
    user = _user(request)
    _require_supervisor(user)
    page = _page_number(request)
    start = (page - 1) * PAGE_SIZE
    cases = (
        Case.objects.visible_to(user)
        .filter(load_standards().overdue(timezone.now()))
        .for_list()
        .order_by("stage_changed_at")
    )
    rows = list(cases[start : start + PAGE_SIZE + 1])
    _add_detention_days(rows[:PAGE_SIZE])
    context = {
        "title": _("Overdue against the time frames"),
        "cases": rows[:PAGE_SIZE],
        "page": page,
        "has_next": len(rows) > PAGE_SIZE,
        "query": "",
    }
    return render(request, "cases/supervision.html", context)


# The blocked-by view judges this many of the most recently moved open cases: the facts of a
# case take a dozen queries, so it is a window on current work, not a census.
BLOCKED_WINDOW = 300


@login_required
def blocked(request: HttpRequest) -> HttpResponse:
    """For each safeguard, the cases whose next step toward return it blocks."""
    user = _user(request)
    _require_supervisor(user)
    cases = list(
        Case.objects.visible_to(user)
        .filter(stage__in=[*PRE_DEPARTURE, "on_hold"])
        .select_related("person", "holder")
        .prefetch_related("person__names")
        .order_by("-stage_changed_at")[:BLOCKED_WINDOW]
    )
    by_rule: dict[str, list[Case]] = {}
    for case in cases:
        rules = {
            reason.rule
            for step in next_steps(case)
            if step.target not in ("on_hold", "withdrawn", "absconded", "protection_exit", "closed")
            for reason in step.blocked_by
        }
        for rule in sorted(rules):
            by_rule.setdefault(rule, []).append(case)
    context = {"by_rule": sorted(by_rule.items()), "window": BLOCKED_WINDOW, "judged": len(cases)}
    return render(request, "cases/blocked.html", context)
