import pytest


@pytest.fixture
def test_client(app):
    # Flask's built-in test client
    return app.test_client()
