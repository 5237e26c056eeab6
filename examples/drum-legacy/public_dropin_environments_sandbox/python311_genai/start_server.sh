#!/bin/sh
# The GenAI agent is its own ASGI app; gunicorn manages its uvicorn workers.
exec gunicorn -k uvicorn.workers.UvicornWorker --bind 0.0.0.0:8080 agent:app
