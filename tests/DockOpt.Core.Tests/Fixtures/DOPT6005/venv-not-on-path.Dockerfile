FROM python:3.12-slim AS build
RUN python -m venv /opt/venv
COPY requirements.txt .
RUN pip install --no-cache-dir --upgrade pip
RUN pip install --no-cache-dir -r requirements.txt
RUN . /opt/venv/bin/activate && pip install --no-cache-dir gunicorn==23.0.0

FROM python:3.12-slim
COPY --from=build /opt/venv /opt/venv
RUN python -m venv /opt/tools && /opt/tools/bin/pip install --no-cache-dir httpie==3.2.3
ENV PATH="/opt/venv/bin:$PATH"
CMD ["gunicorn", "app:app"]
