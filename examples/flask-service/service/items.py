from flask import Blueprint, jsonify

items = Blueprint("items", __name__, url_prefix="/items")


@items.route("/<int:item_id>")
def get_item(item_id):
    return jsonify(id=item_id)
