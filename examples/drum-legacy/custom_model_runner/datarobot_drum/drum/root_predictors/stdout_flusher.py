import threading
import time


class StdoutFlusher:
    """Flushes stdout after a period without requests."""

    def __init__(self, max_time_until_flushing=1.0):
        self._max_time_until_flushing = max_time_until_flushing
        self._last_activity_time = time.time()
        self._thread = threading.Thread(target=self._flush_loop, daemon=True)

    def set_last_activity_time(self):
        self._last_activity_time = time.time()

    def _flush_loop(self):
        pass
