from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest


class KembaliAccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # Accounts are issued by a node's administrators; nobody enrols themselves.
        return False
