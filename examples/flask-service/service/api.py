"""The FastAPI port in progress."""
from fastapi import APIRouter, FastAPI

router = APIRouter()


@router.get("/ping")
def ping():
    return {"status": "ok"}


@router.post("/predict")
def predict(rows: list):
    return {"prediction": len(rows)}


@router.get("/items/{item_id}")
def get_item(item_id: int):
    return {"id": item_id}


@router.get("/metrics")
@router.get("/metrics/")
def metrics():
    return {"requests": 0}


app = FastAPI()
app.include_router(router)
