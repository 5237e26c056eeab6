"""Flask server helpers."""
import os
import time

import flask
from flask import Flask, Blueprint

from datarobot_drum.drum.enum import URL_PREFIX_ENV_VAR_NAME

HTTP_200_OK = 200


def before_request():
    flask.g.request_start_time = time.time()


def create_flask_app():
    flask_app = Flask(__name__)
    flask_app.before_request(before_request)
    return flask_app


def get_flask_app(api_blueprint):
    app = create_flask_app()
    url_prefix = os.environ.get(URL_PREFIX_ENV_VAR_NAME, "")
    app.register_blueprint(api_blueprint, url_prefix=url_prefix)
    return app


def base_api_blueprint(termination_hook=None):
    model_api = Blueprint("model_api", __name__)

    @model_api.route("/", methods=["GET"])
    @model_api.route("/ping/", methods=["GET"])
    def ping():
        """This route is used to ensure that server has started"""
        return {"message": "OK"}, HTTP_200_OK

    @model_api.errorhandler(Exception)
    def handle_exception(e):
        return {"message": "ERROR: {}".format(e)}, 500

    return model_api
