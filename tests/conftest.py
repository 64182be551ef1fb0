import pytest
from django.test import Client

from tests.personas import World, make_case, make_world


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings) -> None:  # type: ignore[no-untyped-def]
    # Hashing strength is not under test; PBKDF2's 1M rounds per persona are.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _registries_of_the_test(settings, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    # The demo builds origin registries: into a directory of the test's own, never into the
    # working directory's, where an operator's registries would be overwritten.
    settings.KEMBALI_REGISTRY_DIR = tmp_path_factory.mktemp("registries")


@pytest.fixture
def world(db: None) -> World:
    return make_world()


@pytest.fixture
def case(world: World):  # type: ignore[no-untyped-def]
    return make_case(world.alice, world.iom_mys)


def client_for(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client
