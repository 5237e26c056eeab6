class DrumServerRun:
    """Runs `drum server` in a subprocess for functional tests."""

    def __init__(self, target_type, labels, custom_model_dir, server_type="flask"):
        self.server_type = server_type
        if server_type not in ("flask", "fastapi"):
            raise ValueError(server_type)
