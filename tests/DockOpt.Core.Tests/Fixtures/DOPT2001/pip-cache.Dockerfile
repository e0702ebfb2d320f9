FROM python:3.12 AS build
RUN pip install --prefix=/install -r requirements.txt

FROM python:3.12-slim
RUN pip install -r requirements.txt
RUN python -m pip install \
      gunicorn
RUN --mount=type=cache,target=/root/.cache/pip pip install uvicorn
RUN PIP_NO_CACHE_DIR=1 pip install flask
COPY --from=build /install /usr/local
