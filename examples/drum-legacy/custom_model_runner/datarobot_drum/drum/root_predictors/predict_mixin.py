from flask import Response, request, stream_with_context


class PredictMixin:
    """Shared prediction logic for the Flask prediction server."""

    def do_predict_structured(self, logger=None):
        payload = request.get_json()
        return {"predictions": payload}, 200

    def do_chat(self, logger=None):
        completion = self._predictor.chat(request.json)

        def generate():
            for chunk in completion:
                yield chunk

        return Response(stream_with_context(generate()), mimetype="text/event-stream")
