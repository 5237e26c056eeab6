"""Both frameworks in one module: the admin endpoints during the dual-support period."""
import flask
from fastapi import APIRouter

admin = flask.Blueprint("admin", __name__)
admin_router = APIRouter()


@admin.get("/admin/status")
def flask_status():
    return {"admin": "ok"}


@admin_router.get("/admin/status")
def fastapi_status():
    return {"admin": "ok"}


@admin.post("/admin/reload")
def reload():
    return {"reloaded": True}
