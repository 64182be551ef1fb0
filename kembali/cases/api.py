"""REST API for people, cases, households and consents. Writes go through cases.actions;
every object is fetched through cases.access, so another organisation's object is a 404."""

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from kembali.accounts.access import AnyUser, case_write_organisation_ids
from kembali.accounts.models import Organisation, User
from kembali.cases import access
from kembali.cases.actions import (
    NameInput,
    add_household_member,
    create_household,
    open_case,
    record_consent,
    record_view,
    register_person,
    revoke_share,
    share_case,
    update_case,
    update_person,
    withdraw_consent,
)
from kembali.cases.forms import CaseFilterForm
from kembali.cases.models import Case, Consent, Household, Person
from kembali.cases.serializers import (
    BlockReasonSerializer,
    CaseSerializer,
    CaseShareSerializer,
    CaseUpdateSerializer,
    ConsentSerializer,
    HouseholdMemberSerializer,
    HouseholdSerializer,
    NextStepSerializer,
    OrganisationSerializer,
    PersonSerializer,
    TransitionSerializer,
)
from kembali.cases.transitions import change_stage, next_steps
from kembali.errors import DomainError


def _user(request: Request) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def _scope(
    serializer: serializers.BaseSerializer[Any], field: str, queryset: QuerySet[Any]
) -> None:
    """Limit a related field to what the user may write: others' objects read as "not found"."""
    fields = getattr(serializer, "fields", {})
    if field in fields:
        fields[field].queryset = queryset


def _writable_organisations(user: AnyUser) -> QuerySet[Organisation]:
    return Organisation.objects.filter(pk__in=case_write_organisation_ids(user))


def _names(data: list[dict[str, Any]]) -> list[NameInput]:
    return [NameInput(n["text"], n.get("kind", "as_stated"), n.get("language", "")) for n in data]


class PersonViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet[Person],
):
    serializer_class = PersonSerializer

    def get_queryset(self) -> QuerySet[Person]:
        return Person.objects.visible_to(self.request.user).with_names().order_by("-created_at")

    def get_object(self) -> Person:
        write = self.request.method not in ("GET", "HEAD", "OPTIONS")
        return access.get_person_for_user(self.request.user, self.kwargs["pk"], write=write)

    def get_serializer(self, *args: Any, **kwargs: Any) -> Any:
        serializer = super().get_serializer(*args, **kwargs)
        _scope(serializer, "holder", _writable_organisations(self.request.user))
        return serializer

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        person = self.get_object()
        record_view(actor=_user(request), obj=person)
        return Response(self.get_serializer(person).data)

    def perform_create(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = register_person(
            actor=_user(self.request),
            holder=data["holder"],
            names=_names(data["names"]),
            sex=data.get("sex", ""),
            birth=data.get("birth"),
            birth_place=data.get("birth_place", ""),
            father_name=data.get("father_name", ""),
            mother_name=data.get("mother_name", ""),
            nationality_claimed=data.get("nationality_claimed", ""),
            languages=data.get("languages", []),
        )

    def perform_update(self, serializer: Any) -> None:
        data = dict(serializer.validated_data)
        data.pop("holder", None)
        names = _names(data.pop("names")) if "names" in data else None
        birth_given = "birth" in data
        birth = data.pop("birth", None)
        serializer.instance = update_person(
            serializer.instance,
            actor=_user(self.request),
            names=names,
            birth=birth,
            clear_birth=birth_given and birth is None,
            **data,
        )


@extend_schema(
    parameters=[
        OpenApiParameter(
            "q", str, description="Any part of any name, in any script, or a reference"
        ),
        OpenApiParameter("stage", str),
        OpenApiParameter("track", str),
        OpenApiParameter("host_country", str, description="ISO 3166-1 alpha-3"),
        OpenApiParameter("origin_country", str, description="ISO 3166-1 alpha-3"),
        OpenApiParameter("holder", str, description="Organisation id"),
        OpenApiParameter("mine", bool, description="Only cases assigned to me"),
    ]
)
class CaseViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet[Case],
):
    def get_serializer_class(self) -> type[CaseSerializer]:
        return (
            CaseUpdateSerializer if self.action in ("update", "partial_update") else CaseSerializer
        )

    def get_queryset(self) -> QuerySet[Case]:
        cases = Case.objects.visible_to(self.request.user).for_list()
        if self.action != "list":
            return cases
        form = CaseFilterForm(self.request.query_params)
        if not form.is_valid():
            errors = form.errors.get_json_data()
            raise serializers.ValidationError(
                {field: [str(e["message"]) for e in items] for field, items in errors.items()}
            )
        return form.apply(cases, _user(self.request)).order_by("-created_at")

    def get_object(self) -> Case:
        write = self.request.method not in ("GET", "HEAD", "OPTIONS")
        return access.get_case_for_user(self.request.user, self.kwargs["pk"], write=write)

    def get_serializer(self, *args: Any, **kwargs: Any) -> Any:
        serializer = super().get_serializer(*args, **kwargs)
        user = self.request.user
        _scope(serializer, "holder", _writable_organisations(user))
        _scope(serializer, "person", Person.objects.writable_by(user))
        return serializer

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        case = self.get_object()
        record_view(actor=_user(request), obj=case)
        return Response(self.get_serializer(case).data)

    def perform_create(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = open_case(
            actor=_user(self.request),
            person=data["person"],
            holder=data["holder"],
            track=data["track"],
            host_country=data["host_country"],
            origin_country=data["origin_country"],
            legal_basis=data["legal_basis"],
            purpose=data.get("purpose", ""),
            assigned_to=data.get("assigned_to"),
        )

    def perform_update(self, serializer: Any) -> None:
        serializer.instance = update_case(
            serializer.instance, actor=_user(self.request), **serializer.validated_data
        )

    @extend_schema(
        request=TransitionSerializer,
        responses={200: CaseSerializer, 409: BlockReasonSerializer(many=True)},
        methods=["POST"],
    )
    @extend_schema(responses=NextStepSerializer(many=True), methods=["GET"])
    @action(detail=True, methods=["get", "post"], serializer_class=TransitionSerializer)
    def transitions(self, request: Request, pk: str) -> Response:
        """GET: the next possible steps, each with what blocks it. POST: take one.
        A refused step is 409 {"blocked_by": [{"rule", "reason", "overridable"}]}."""
        if request.method == "GET":
            case = self.get_object()
            steps = [
                {
                    "to": step.target,
                    "name": step.label,
                    "blocked_by": [
                        {
                            "rule": r.rule,
                            "reason": _(r.text),
                            "overridable": r.overridable,
                            "legal": r.legal,
                        }
                        for r in step.blocked_by
                    ],
                }
                for step in next_steps(case)
            ]
            return Response(steps)
        case = access.get_case_for_user(request.user, pk, write=True)
        serializer = TransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        overrides: dict[str, str] = {}
        for item in data["overrides"]:
            if item["rule"] in overrides:
                raise DomainError(_("A safeguard is overridden twice."), field="overrides")
            overrides[item["rule"]] = item["justification"]
        case = change_stage(
            case,
            actor=_user(request),
            to=data["to"],
            reason=data["reason"],
            note=data["note"],
            overrides=overrides,
            expected_from=data["from_stage"] or None,
        )
        return Response(CaseSerializer(case).data)

    @extend_schema(request=CaseShareSerializer, responses=CaseShareSerializer(many=True))
    @action(detail=True, methods=["get", "post"], serializer_class=CaseShareSerializer)
    def shares(self, request: Request, pk: str) -> Response:
        """Organisations this case is explicitly shared with; POST shares it with one more."""
        if request.method == "GET":
            case = self.get_object()
            shares = case.shares.active().select_related("granted_by")
            return Response(CaseShareSerializer(shares, many=True).data)
        case = access.get_case_for_user(request.user, pk, write=True)
        serializer = CaseShareSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        share = share_case(case, actor=_user(request), **serializer.validated_data)
        return Response(CaseShareSerializer(share).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=CaseShareSerializer)
    @action(
        detail=True,
        methods=["post"],
        url_path="shares/<int:share_id>/revoke",
        serializer_class=CaseShareSerializer,
    )
    def end_share(self, request: Request, pk: str, share_id: str) -> Response:
        case = access.get_case_for_user(request.user, pk, write=True)
        share = get_object_or_404(case.shares.all(), pk=share_id)
        return Response(CaseShareSerializer(revoke_share(share, actor=_user(request))).data)


class HouseholdViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet[Household],
):
    serializer_class = HouseholdSerializer

    def get_queryset(self) -> QuerySet[Household]:
        return (
            Household.objects.visible_to(self.request.user)
            .prefetch_related("members")
            .order_by("-created_at")
        )

    def get_object(self) -> Household:
        write = self.request.method not in ("GET", "HEAD", "OPTIONS")
        return access.get_household_for_user(self.request.user, self.kwargs["pk"], write=write)

    def get_serializer(self, *args: Any, **kwargs: Any) -> Any:
        serializer = super().get_serializer(*args, **kwargs)
        user = self.request.user
        _scope(serializer, "holder", _writable_organisations(user))
        _scope(serializer, "person", Person.objects.writable_by(user))
        return serializer

    def perform_create(self, serializer: Any) -> None:
        serializer.instance = create_household(
            actor=_user(self.request), holder=serializer.validated_data["holder"]
        )

    @extend_schema(request=HouseholdMemberSerializer, responses=HouseholdSerializer)
    @action(detail=True, methods=["post"], serializer_class=HouseholdMemberSerializer)
    def members(self, request: Request, pk: str) -> Response:
        household = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        add_household_member(
            household,
            actor=_user(request),
            person=serializer.validated_data["person"],
            relationship=serializer.validated_data["relationship"],
        )
        household.refresh_from_db()
        return Response(HouseholdSerializer(household).data, status=status.HTTP_201_CREATED)


class ConsentViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet[Consent],
):
    serializer_class = ConsentSerializer

    def get_queryset(self) -> QuerySet[Consent]:
        consents = Consent.objects.filter(case__in=Case.objects.visible_to(self.request.user))
        if case_id := self.request.query_params.get("case"):
            consents = consents.filter(
                case_id=access.get_case_for_user(self.request.user, case_id).pk
            )
        return consents.select_related("recorded_by").order_by("-given_at")

    def get_object(self) -> Consent:
        write = self.request.method not in ("GET", "HEAD", "OPTIONS")
        return access.get_consent_for_user(self.request.user, self.kwargs["pk"], write=write)

    def get_serializer(self, *args: Any, **kwargs: Any) -> Any:
        serializer = super().get_serializer(*args, **kwargs)
        _scope(serializer, "case", Case.objects.writable_by(self.request.user))
        return serializer

    def perform_create(self, serializer: Any) -> None:
        data = serializer.validated_data
        serializer.instance = record_consent(
            data["case"],
            actor=_user(self.request),
            purpose=data["purpose"],
            version=data["version"],
            language=data["language"],
            given_at=data.get("given_at"),
        )

    @extend_schema(request=None, responses=ConsentSerializer)
    @action(detail=True, methods=["post"])
    def withdraw(self, request: Request, pk: str) -> Response:
        consent = withdraw_consent(self.get_object(), actor=_user(request))
        return Response(ConsentSerializer(consent).data)


class OrganisationViewSet(viewsets.ReadOnlyModelViewSet[Organisation]):
    """Organisations on this node: names, types and countries (no personal data)."""

    serializer_class = OrganisationSerializer
    queryset = Organisation.objects.order_by("name")
