from fastapi import FastAPI

app = FastAPI()


@app.get("/ping")
@app.get("/ping/")
def ping():
    return {"message": "OK"}
