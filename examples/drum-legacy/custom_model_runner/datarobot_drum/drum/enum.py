URL_PREFIX_ENV_VAR_NAME = "URL_PREFIX"
FLASK_EXT_FILE_NAME = "custom_flask"


class ModelInfoKeys:
    DRUM_SERVER = "drumServer"
