FROM python:3.12-slim
RUN pip install --no-cache-dir --upgrade pip setuptools wheel
RUN pip install --no-cache-dir -r requirements.txt
RUN pip install --no-cache-dir gunicorn "uvicorn[standard]" httpx==0.27.0
RUN python -m pip install --no-cache-dir 'django>=5,<6' ./libs/core
RUN pip install --no-cache-dir -c constraints.txt celery
