from django.urls import path
from rest_framework.routers import DefaultRouter

from kembali.cases import api as cases_api
from kembali.identity import api as identity_api

router = DefaultRouter(use_regex_path=False)
router.include_format_suffixes = False
router.register("persons", cases_api.PersonViewSet, basename="person")
router.register("cases", cases_api.CaseViewSet, basename="case")
router.register("households", cases_api.HouseholdViewSet, basename="household")
router.register("consents", cases_api.ConsentViewSet, basename="consent")
router.register("organisations", cases_api.OrganisationViewSet, basename="organisation")

urlpatterns = router.urls

urlpatterns += [
    path("identity/search/", identity_api.RegistrySearch.as_view(), name="identity-search"),
    path(
        "cases/<uuid:case_id>/identity/registry/",
        identity_api.CaseRegistryCandidates.as_view(),
        name="case-identity-registry",
    ),
    path(
        "cases/<uuid:case_id>/identity/duplicates/",
        identity_api.CaseDuplicates.as_view(),
        name="case-identity-duplicates",
    ),
    path(
        "cases/<uuid:case_id>/identity/decisions/",
        identity_api.CaseDecisions.as_view(),
        name="case-identity-decisions",
    ),
]
