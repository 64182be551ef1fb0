from typing import Any

from rest_framework import serializers

from kembali.accounts.models import Organisation, User
from kembali.cases.dates import BirthDate
from kembali.cases.forms import birth_date_from_text
from kembali.cases.models import (
    Case,
    CaseShare,
    Consent,
    ConsentPurpose,
    Household,
    HouseholdMember,
    LegalBasis,
    NameKind,
    Person,
    PersonName,
    Relationship,
    Sex,
    ShareAccess,
    Track,
)


class BirthDateField(serializers.CharField):
    """Written as 1990-05-17, 1990-05, 1990 or "about 1990", or as the form also reads it
    (17/05/1990, 17 May 1990, 17 Mei 1990, Mei 1990); read back the first way."""

    def to_internal_value(self, data: Any) -> BirthDate | None:  # type: ignore[override]
        text = super().to_internal_value(data)
        try:
            return birth_date_from_text(text)
        except Exception as error:  # a Django ValidationError with a translated message
            raise serializers.ValidationError(getattr(error, "messages", [str(error)])) from error

    def to_representation(self, value: Any) -> str:
        return str(value) if value else ""


class NameSerializer(serializers.ModelSerializer[PersonName]):
    kind = serializers.ChoiceField(choices=NameKind.choices, default=NameKind.AS_STATED)

    class Meta:
        model = PersonName
        fields = ["text", "script", "language", "kind"]
        read_only_fields = ["script"]


class PersonSerializer(serializers.ModelSerializer[Person]):
    names = NameSerializer(many=True)
    birth_date = BirthDateField(source="birth", required=False, allow_blank=True)
    sex = serializers.ChoiceField(choices=Sex.choices, required=False, allow_blank=True)
    holder = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())
    languages = serializers.ListField(child=serializers.CharField(max_length=12), required=False)

    class Meta:
        model = Person
        fields = [
            "id",
            "names",
            "sex",
            "birth_date",
            "birth_place",
            "father_name",
            "mother_name",
            "nationality_claimed",
            "nationality_confirmed",
            "languages",
            "holder",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["nationality_confirmed", "created_at", "updated_at"]


class PersonSummarySerializer(serializers.ModelSerializer[Person]):
    display_name = serializers.CharField(read_only=True)
    latin_name = serializers.CharField(read_only=True)

    class Meta:
        model = Person
        fields = ["id", "display_name", "latin_name"]


class CaseSerializer(serializers.ModelSerializer[Case]):
    person = serializers.PrimaryKeyRelatedField(queryset=Person.objects.all())
    person_summary = PersonSummarySerializer(source="person", read_only=True)
    holder = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())
    assigned_to = serializers.SlugRelatedField(
        slug_field="username", queryset=User.objects.all(), required=False, allow_null=True
    )
    track = serializers.ChoiceField(choices=Track.choices)
    legal_basis = serializers.ChoiceField(choices=LegalBasis.choices)

    class Meta:
        model = Case
        fields = [
            "id",
            "reference",
            "person",
            "person_summary",
            "household",
            "track",
            "stage",
            "host_country",
            "origin_country",
            "holder",
            "assigned_to",
            "legal_basis",
            "purpose",
            "created_at",
            "updated_at",
            "stage_changed_at",
        ]
        read_only_fields = [
            "reference",
            "household",
            "stage",
            "created_at",
            "updated_at",
            "stage_changed_at",
        ]


class CaseUpdateSerializer(CaseSerializer):
    class Meta(CaseSerializer.Meta):
        read_only_fields = [*CaseSerializer.Meta.read_only_fields, "person", "holder"]


class HouseholdMemberSerializer(serializers.ModelSerializer[HouseholdMember]):
    person = serializers.PrimaryKeyRelatedField(queryset=Person.objects.all())
    relationship = serializers.ChoiceField(choices=Relationship.choices)

    class Meta:
        model = HouseholdMember
        fields = ["person", "relationship"]


class HouseholdSerializer(serializers.ModelSerializer[Household]):
    holder = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())
    members = HouseholdMemberSerializer(many=True, read_only=True)

    class Meta:
        model = Household
        fields = ["id", "holder", "members", "created_at"]
        read_only_fields = ["created_at"]


class ConsentSerializer(serializers.ModelSerializer[Consent]):
    case = serializers.PrimaryKeyRelatedField(queryset=Case.objects.all())
    purpose = serializers.ChoiceField(choices=ConsentPurpose.choices)
    recorded_by: serializers.SlugRelatedField[User] = serializers.SlugRelatedField(
        slug_field="username", read_only=True
    )
    given_at = serializers.DateTimeField(required=False)

    class Meta:
        model = Consent
        fields = [
            "id",
            "case",
            "purpose",
            "version",
            "language",
            "given_at",
            "withdrawn_at",
            "recorded_by",
        ]
        read_only_fields = ["withdrawn_at"]


class CaseShareSerializer(serializers.ModelSerializer[CaseShare]):
    organisation = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())
    access = serializers.ChoiceField(choices=ShareAccess.choices)
    granted_by: serializers.SlugRelatedField[User] = serializers.SlugRelatedField(
        slug_field="username", read_only=True
    )

    class Meta:
        model = CaseShare
        fields = [
            "id",
            "organisation",
            "access",
            "reason",
            "granted_by",
            "granted_at",
            "revoked_at",
        ]
        read_only_fields = ["granted_at", "revoked_at"]


class OrganisationSerializer(serializers.ModelSerializer[Organisation]):
    class Meta:
        model = Organisation
        fields = ["id", "name", "type", "country"]


class OverrideSerializer(serializers.Serializer[dict[str, str]]):
    rule = serializers.CharField()
    justification = serializers.CharField(allow_blank=True)


class TransitionSerializer(serializers.Serializer[dict[str, Any]]):
    to = serializers.CharField()
    # The stage the client saw: a step taken meanwhile by someone else makes this one a 409.
    from_stage = serializers.CharField(required=False, allow_blank=True, default="")
    reason = serializers.CharField(required=False, allow_blank=True, default="")
    note = serializers.CharField(required=False, allow_blank=True, default="")
    overrides = OverrideSerializer(many=True, required=False, default=list)


class BlockReasonSerializer(serializers.Serializer[Any]):
    rule = serializers.CharField()
    reason = serializers.CharField()
    overridable = serializers.BooleanField()
    legal = serializers.CharField()


class NextStepSerializer(serializers.Serializer[Any]):
    to = serializers.CharField()
    name = serializers.CharField()
    blocked_by = BlockReasonSerializer(many=True)
