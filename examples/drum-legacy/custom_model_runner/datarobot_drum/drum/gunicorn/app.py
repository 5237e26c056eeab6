from gunicorn.app.base import BaseApplication


class DrumGunicornApp(BaseApplication):
    def load(self):
        return self.application
