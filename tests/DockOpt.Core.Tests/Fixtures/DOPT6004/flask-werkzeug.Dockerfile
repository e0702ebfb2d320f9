FROM python:3.12-slim AS dev
ENV FLASK_DEBUG=1

FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
ENV FLASK_APP=app.py \
    FLASK_ENV=development
CMD flask --debug run --host=0.0.0.0
