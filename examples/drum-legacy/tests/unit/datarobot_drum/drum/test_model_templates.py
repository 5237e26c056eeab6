def test_templates(test_client):
    response = test_client.post("/predict/")
    assert response.status_code == 200
