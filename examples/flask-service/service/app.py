"""The Flask app that still serves production."""
from flask import Flask, jsonify, request

from service.items import items

app = Flask(__name__)
app.register_blueprint(items)


@app.route("/ping/")
def ping():
    return jsonify(status="ok")


@app.route("/predict", methods=["POST"])
def predict():
    return jsonify(prediction=len(request.get_json() or []))


@app.route("/metrics/", strict_slashes=False)
def metrics():
    return jsonify(requests=0)
