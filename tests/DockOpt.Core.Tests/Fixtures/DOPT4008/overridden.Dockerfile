FROM python:3.12 AS build
CMD ["python", "-m", "pytest"]

FROM python:3.12-slim
HEALTHCHECK CMD python -c "print('ok')"
CMD ["python", "app.py"]
EXPOSE 8080
HEALTHCHECK NONE
CMD ["gunicorn", "--bind", ":8080", "app:app"]
