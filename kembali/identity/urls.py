from django.urls import path

from kembali.identity import views

app_name = "identity"
urlpatterns = [
    path("cases/<uuid:case_id>/identity/registry/", views.registry, name="registry"),
    path("cases/<uuid:case_id>/identity/duplicates/", views.duplicates, name="duplicates"),
    path("cases/<uuid:case_id>/identity/decisions/", views.decide, name="decide"),
    path(
        "cases/<uuid:case_id>/identity/duplicates/<str:token>/ask/",
        views.ask_to_share,
        name="ask_to_share",
    ),
]
