#!/bin/sh
echo "Starting the scikit-learn environment"
exec drum server "$@"
