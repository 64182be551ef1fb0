from rest_framework.routers import DefaultRouter

from kembali.cases import api as cases_api

router = DefaultRouter(use_regex_path=False)
router.include_format_suffixes = False
router.register("persons", cases_api.PersonViewSet, basename="person")
router.register("cases", cases_api.CaseViewSet, basename="case")
router.register("households", cases_api.HouseholdViewSet, basename="household")
router.register("consents", cases_api.ConsentViewSet, basename="consent")
router.register("organisations", cases_api.OrganisationViewSet, basename="organisation")

urlpatterns = router.urls
