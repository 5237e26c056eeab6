from werkzeug.serving import make_server
import flask


def mock_mlops_server():
    app = flask.Flask("mock_mlops")
    return make_server("127.0.0.1", 0, app)
