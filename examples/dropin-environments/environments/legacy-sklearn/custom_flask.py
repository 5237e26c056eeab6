"""Checks an API key on every request (a DRUM Flask extension)."""
from flask import request


def init_app(app):
    @app.before_request
    def require_key():
        if request.headers.get("X-Api-Key") != "example":
            return {"message": "forbidden"}, 403
        return None
