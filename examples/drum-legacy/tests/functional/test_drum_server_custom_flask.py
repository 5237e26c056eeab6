def test_custom_flask_extension():
    pass
