import os

import psutil
from flask import request


class ResourceMonitor:
    def __init__(self, monitor_current_process=False):
        self._monitor_current_process = monitor_current_process

    def collect_drum_info(self):
        # The Flask server runs in the entry point process itself.
        process = psutil.Process(os.getpid())
        return {"pid": process.pid, "path": request.path}

    def total_memory(self):
        with open("/sys/fs/cgroup/memory/memory.limit_in_bytes") as f:
            return int(f.read())
