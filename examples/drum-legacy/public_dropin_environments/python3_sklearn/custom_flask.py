from flask import request


def init_app(app):
    @app.before_request
    def check_token():
        return None if request.headers.get("Authorization") else ("Unauthorized", 401)
