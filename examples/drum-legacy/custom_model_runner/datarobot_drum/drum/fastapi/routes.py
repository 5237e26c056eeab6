"""The FastAPI port in progress (beta: DRUM_SERVER_TYPE=fastapi)."""
from fastapi import APIRouter

router = APIRouter()


@router.get("/")
@router.get("/ping/")
async def ping():
    return {"message": "OK"}


@router.post("/predict/")
async def predict():
    return {"predictions": []}
