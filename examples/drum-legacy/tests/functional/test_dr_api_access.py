import threading

from flask import Flask, request


def run_mock_api(port):
    app = Flask("mock_dr_api")

    @app.route("/api/v2/version/")
    def version():
        return {"major": 2, "minor": 28}

    threading.Thread(target=app.run, kwargs={"port": port}, daemon=True).start()
