from django.urls import path

from kembali.protection import views

app_name = "protection"
urlpatterns = [
    path("cases/<uuid:case_id>/record/<slug:kind>/", views.record, name="record"),
]
