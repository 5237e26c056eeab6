import os


def setup_otel(runtime_parameters, options):
    # Flask runs a single process, unless gunicorn forks workers: then each worker sets up OTel.
    multiprocessing = os.environ.get("DRUM_GUNICORN_WORKERS") is not None
    return multiprocessing


def other_helper():
    return "flask is mentioned here but outside setup_otel"
