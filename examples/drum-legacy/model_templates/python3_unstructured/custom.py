"""An unstructured model template: answers with a werkzeug Response."""
import werkzeug


def score_unstructured(model, data, **kwargs):
    return werkzeug.Response(data)
