from werkzeug.exceptions import BadRequest

from datarobot_drum.drum.server import get_flask_app


def test_server_builds_app():
    assert get_flask_app is not None
