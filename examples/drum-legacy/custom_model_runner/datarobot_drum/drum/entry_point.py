"""The `drum` command: starts the prediction server under gunicorn."""
from datarobot_drum.drum.gunicorn.app import create_app


def main():
    return create_app()
