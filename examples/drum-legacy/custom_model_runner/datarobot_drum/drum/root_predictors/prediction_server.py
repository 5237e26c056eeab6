import logging

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException
from werkzeug.serving import WSGIRequestHandler

from ..server import base_api_blueprint, get_flask_app
from .predict_mixin import PredictMixin
from .stdout_flusher import StdoutFlusher

logger = logging.getLogger(__name__)


class TimeoutWSGIRequestHandler(WSGIRequestHandler):
    timeout = 3600


class PredictionServer(PredictMixin):
    def __init__(self, params):
        self._params = params
        self._stdout_flusher = StdoutFlusher()
        self.app = None

    def materialize(self):
        model_api = base_api_blueprint(self._terminate)

        @model_api.route("/predict/", methods=["POST"])
        def predict():
            return self.do_predict_structured(logger=logger)

        @model_api.route("/capabilities/", methods=["GET"])
        def capabilities():
            return {"supported_payload_formats": ["csv"]}

        self.app = get_flask_app(model_api)

        @self.app.after_request
        def after_request(response):
            self._stdout_flusher.set_last_activity_time()
            return response

        if isinstance(self.app, Flask):
            self.app.run(request_handler=TimeoutWSGIRequestHandler)
        return []

    def _terminate(self):
        pass
