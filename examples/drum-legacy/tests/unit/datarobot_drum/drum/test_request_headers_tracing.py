def test_headers_are_traced(test_client):
    response = test_client.get("/ping/", headers={"traceparent": "00-1-2-01"})
    assert response.status_code == 200
