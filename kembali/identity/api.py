"""REST API of the identity engine: registry search, candidates for a case, decisions."""

from typing import Any

from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from kembali.accounts.access import person_data_organisation_ids
from kembali.cases import access
from kembali.cases.api import _user
from kembali.errors import DomainError
from kembali.identity import actions
from kembali.identity.explain import explain
from kembali.identity.matching.compare import WITHHELD, Comparison, held_back
from kembali.identity.matching.dates import check_written_as_interchange
from kembali.identity.matching.index import validate_row
from kembali.identity.models import CandidateKind, Verdict
from kembali.identity.records import registry_for
from kembali.identity.search import duplicate_candidates, proposed, registry_candidates


class EvidenceSerializer(serializers.Serializer[Any]):
    field = serializers.CharField()
    text = serializers.CharField(help_text="the evidence in the reader's language")
    weight = serializers.CharField(help_text="bits for (+) or against (-) the same person")


WITHHELD_HELP = (
    "why a candidate as likely as a match is not one: a sex or nationality recorded otherwise, "
    "nothing but the name agreeing, birth dates years apart, one name part aligned, a part "
    "of a parent's name facing another; empty for any other candidate"
)


class RegistryCandidateSerializer(serializers.Serializer[Any]):
    record_id = serializers.CharField()
    rank = serializers.IntegerField()
    score = serializers.FloatField(help_text="probability that this record is the person")
    decision = serializers.ChoiceField(choices=["match", "review", "no-match"])
    record = serializers.DictField(child=serializers.CharField())
    explanation = EvidenceSerializer(many=True)
    withheld = serializers.ChoiceField(choices=["", *WITHHELD], help_text=WITHHELD_HELP)


class DuplicateSerializer(serializers.Serializer[Any]):
    case = serializers.UUIDField(allow_null=True, help_text="null when you may not see it")
    reference = serializers.CharField(allow_null=True)
    holder = serializers.CharField()
    holder_country = serializers.CharField()
    visible = serializers.BooleanField()
    score = serializers.FloatField(allow_null=True)
    decision = serializers.CharField(allow_null=True)
    explanation = EvidenceSerializer(many=True, allow_null=True)
    withheld = serializers.ChoiceField(
        choices=["", *WITHHELD], allow_null=True, help_text=WITHHELD_HELP
    )


class SearchSerializer(serializers.Serializer[Any]):
    registry = serializers.CharField(help_text="ISO 3166-1 alpha-3 of the registry's country")
    full_name = serializers.CharField(help_text='any script; several names separated by " | "')
    sex = serializers.CharField(required=False, allow_blank=True, default="")
    birth_date = serializers.CharField(
        required=False, allow_blank=True, default="", help_text="YYYY-MM-DD, YYYY-MM or YYYY"
    )
    birth_place = serializers.CharField(required=False, allow_blank=True, default="")
    nationality = serializers.CharField(required=False, allow_blank=True, default="")
    father_name = serializers.CharField(required=False, allow_blank=True, default="")
    mother_name = serializers.CharField(required=False, allow_blank=True, default="")
    top = serializers.IntegerField(required=False, default=10, min_value=1, max_value=50)


class DecisionSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=CandidateKind.choices)
    candidate = serializers.CharField(help_text="registry record id, or the duplicate's case id")
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    note = serializers.CharField(required=False, allow_blank=True, default="")


def _registry_rows(found: Any) -> list[dict[str, Any]]:
    return [
        {
            "record_id": c.record.id,
            "rank": rank,
            "score": round(c.comparison.score, 6),
            "decision": c.comparison.decision,
            "record": {
                "full_name": " | ".join(c.record.names),
                "sex": c.record.sex,
                "birth_date": str(c.record.birth_date or ""),
                "birth_place": c.record.birth_place,
                "father_name": c.record.father_name,
                "mother_name": c.record.mother_name,
            },
            "explanation": explain(c.comparison.evidence),
            "withheld": held_back(c.comparison),
        }
        for rank, c in enumerate(found, start=1)
    ]


class RegistrySearch(APIView):
    @extend_schema(request=SearchSerializer, responses=RegistryCandidateSerializer(many=True))
    def post(self, request: Request) -> Response:
        """Search an origin registry held on this node with a record of the interchange
        format. Nothing leaves the node."""
        if not person_data_organisation_ids(request.user):
            raise Http404
        serializer = SearchSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        index = registry_for(data.pop("registry"))
        if index is None:
            raise DomainError(_("This node holds no registry of that country."), field="registry")
        top = data.pop("top")
        try:
            check_written_as_interchange(data["birth_date"])
            record, _note = validate_row({"id": "query", **data})
        except ValueError as error:
            raise DomainError(str(error)) from error
        return Response(_registry_rows(index.search(record, top=top)))


class CaseRegistryCandidates(APIView):
    @extend_schema(responses=RegistryCandidateSerializer(many=True))
    def get(self, request: Request, case_id: str) -> Response:
        """The case's person searched in the registry of the case's origin country."""
        case = access.get_case_for_user(request.user, case_id)
        found = registry_candidates(case)
        if found is None:
            raise DomainError(
                _("This node holds no registry of %(country)s.") % {"country": case.origin_country}
            )
        return Response(_registry_rows(found))


def _comparison_rows(comparison: Comparison | None) -> dict[str, Any]:
    if comparison is None:
        return {"score": None, "decision": None, "explanation": None, "withheld": None}
    return {
        "score": round(comparison.score, 6),
        "decision": comparison.decision,
        "explanation": explain(comparison.evidence),
        "withheld": held_back(comparison),
    }


class CaseDuplicates(APIView):
    @extend_schema(responses=DuplicateSerializer(many=True))
    def get(self, request: Request, case_id: str) -> Response:
        """Possible duplicates among the node's people. One held by an organisation you cannot
        see shows only its holder. For those who may change the case only."""
        case = access.get_case_for_user(request.user, case_id, write=True)
        rows = []
        for c in duplicate_candidates(case, request.user):
            rows.append(
                {
                    "case": c.case.id if c.visible else None,
                    "reference": c.case.reference if c.visible else None,
                    "holder": c.holder.name,
                    "holder_country": c.holder.country,
                    "visible": c.visible,
                    **_comparison_rows(c.comparison if c.visible else None),
                }
            )
        return Response(rows)


class CaseDecisions(APIView):
    @extend_schema(request=DecisionSerializer, responses={201: DecisionSerializer})
    def post(self, request: Request, case_id: str) -> Response:
        """Confirm or reject a candidate the engine proposes for this case (audited)."""
        user = _user(request)
        case = access.get_case_for_user(user, case_id, write=True)
        serializer = DecisionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        found = proposed(case, user, data["kind"])
        if data["candidate"] not in found:
            raise DomainError(_("The engine does not propose this candidate."), field="candidate")
        actions.decide_candidate(
            case,
            actor=user,
            kind=data["kind"],
            candidate=data["candidate"],
            verdict=data["verdict"],
            comparison=found[data["candidate"]],
            registry=case.origin_country if data["kind"] == CandidateKind.REGISTRY else "",
            note=data["note"],
        )
        return Response(data, status=status.HTTP_201_CREATED)
