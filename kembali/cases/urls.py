from django.urls import path

from kembali.cases import views

app_name = "cases"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("cases/", views.case_list, name="list"),
    path("cases/register/", views.register, name="register"),
    path("cases/overdue/", views.overdue, name="overdue"),
    path("cases/blocked/", views.blocked, name="blocked"),
    path("cases/<uuid:case_id>/", views.case_detail, name="detail"),
    path("cases/<uuid:case_id>/history/", views.case_history, name="history"),
    path("cases/<uuid:case_id>/steps/", views.take_step, name="take_step"),
    path("cases/<uuid:case_id>/consents/", views.add_consent, name="add_consent"),
    path("cases/<uuid:case_id>/shares/", views.share, name="share"),
    path("cases/<uuid:case_id>/shares/<int:share_id>/end/", views.end_share, name="end_share"),
    path(
        "cases/<uuid:case_id>/consents/<uuid:consent_id>/withdraw/",
        views.withdraw_consent_view,
        name="withdraw_consent",
    ),
]
