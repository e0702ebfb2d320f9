FROM python:3.12 AS build
RUN pip install --user --no-cache-dir flask==3.0.3

FROM python:3.12-slim
COPY --from=build /root/.local /home/app/.local
RUN pip install --user --no-cache-dir gunicorn==23.0.0
RUN useradd --create-home app
USER app
RUN pip install --user --no-cache-dir httpx==0.27.0
CMD ["gunicorn", "app:app"]
