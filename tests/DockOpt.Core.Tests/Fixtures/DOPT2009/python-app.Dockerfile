# The context (python-app.context) holds venv/ and app/__pycache__/, and no .dockerignore excludes them.
FROM python:3.12-slim
WORKDIR /app
COPY . .
CMD ["python", "app/main.py"]
