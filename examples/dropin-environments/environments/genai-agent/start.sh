#!/bin/sh
# The agent is an ASGI app of its own; gunicorn manages its uvicorn workers.
exec gunicorn -k uvicorn.workers.UvicornWorker --bind 0.0.0.0:8080 agent:app
