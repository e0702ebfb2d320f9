import os

import uvicorn
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from markupsafe import escape
from pydantic import BaseModel

try:  # MarkupSafe's C extension (the wheel is compiled code)
    from markupsafe import _speedups  # noqa: F401

    SPEEDUPS = True
except ImportError:
    SPEEDUPS = False

app = FastAPI()


class Greeting(BaseModel):
    message: str
    speedups: bool


@app.get("/", response_model=Greeting)
def hello():
    return Greeting(message="Hello from FastAPI!", speedups=SPEEDUPS)


@app.get("/hello/{name}", response_class=HTMLResponse)
def hello_name(name: str):
    return f"<p>Hello, {escape(name)}!</p>"


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
