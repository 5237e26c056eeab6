#!/bin/sh
exec drum server "$@"
