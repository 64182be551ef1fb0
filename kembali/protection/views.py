"""Recording screening and protection findings from the case page (small forms, htmx)."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from kembali.accounts.models import User
from kembali.cases import access
from kembali.cases.actions import (
    acknowledge_transit,
    record_document,
    record_fitness_to_travel,
    record_reception,
    record_removal_decision,
    record_transit_leg,
)
from kembali.cases.views import form_page
from kembali.errors import DomainError
from kembali.protection import actions, forms


@dataclass(frozen=True)
class Record:
    title: Promise
    # Every form here takes the case (to offer its own detention episodes, legs …).
    form: Callable[..., forms.forms.BaseForm]
    action: Callable[..., Any]
    # Case writers record removal decisions; findings need only sight of the case (a
    # protection agency usually holds a read share), the action checks the role.
    write: bool = False


RECORDS = {
    "screening": Record(
        gettext_lazy("Record a vulnerability"),
        forms.VulnerabilityForm,
        actions.record_vulnerability,
    ),
    "referral": Record(
        gettext_lazy("Record a referral"), forms.ReferralForm, actions.record_referral
    ),
    "referral-status": Record(
        gettext_lazy("Update a referral"), forms.ReferralStatusForm, actions.update_referral
    ),
    "asylum": Record(
        gettext_lazy("Record asylum status"), forms.AsylumStatusForm, actions.record_asylum_status
    ),
    "risk": Record(
        gettext_lazy("Record a risk assessment"),
        forms.RiskAssessmentForm,
        actions.record_risk_assessment,
    ),
    "best-interests": Record(
        gettext_lazy("Record a best-interests determination"),
        forms.BestInterestsForm,
        actions.record_best_interests,
    ),
    "trafficking": Record(
        gettext_lazy("Record trafficking"), forms.TraffickingForm, actions.record_trafficking
    ),
    "detention": Record(
        gettext_lazy("Record detention"), forms.DetentionForm, actions.record_detention, write=True
    ),
    "detention-review": Record(
        gettext_lazy("Record a detention review"),
        forms.DetentionReviewForm,
        actions.record_detention_review,
        write=True,
    ),
    "detention-end": Record(
        gettext_lazy("End detention"), forms.EndDetentionForm, actions.end_detention, write=True
    ),
    "document": Record(
        gettext_lazy("Record a document"), forms.DocumentForm, record_document, write=True
    ),
    "transit-leg": Record(
        gettext_lazy("Record a transit leg"), forms.TransitLegForm, record_transit_leg, write=True
    ),
    "transit-acknowledgement": Record(
        gettext_lazy("Record a transit acknowledgement"),
        forms.TransitAcknowledgementForm,
        acknowledge_transit,
        write=True,
    ),
    "fitness-to-travel": Record(
        gettext_lazy("Record a fitness-to-travel certificate"),
        forms.FitnessToTravelForm,
        record_fitness_to_travel,
        write=True,
    ),
    "reception": Record(
        gettext_lazy("Record the reception arrangement"),
        forms.ReceptionForm,
        record_reception,
        write=True,
    ),
    "removal-decision": Record(
        gettext_lazy("Record the removal decision"),
        forms.RemovalDecisionForm,
        record_removal_decision,
        write=True,
    ),
}


@login_required
@require_http_methods(["GET", "POST"])
def record(request: HttpRequest, case_id: UUID, kind: str) -> HttpResponse:
    entry = RECORDS.get(kind)
    if entry is None:
        raise Http404
    user = request.user
    assert isinstance(user, User)
    case = access.get_case_for_user(user, case_id, write=entry.write)
    form = entry.form(request.POST or None, case=case)
    if request.method == "POST" and form.is_valid():
        try:
            entry.action(case, actor=user, **form.cleaned_data)
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            messages.success(request, _("Recorded."))
            return redirect("cases:detail", case_id=case.id)
    action = reverse("protection:record", args=[case.id, kind])
    return form_page(request, case, form, action, str(entry.title))
