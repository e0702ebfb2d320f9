# Saved from an editor on Windows: every line ends with CR LF
FROM python:3.11-slim

WORKDIR /app

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \
    && pip install --no-cache-dir gunicorn==22.0.0

COPY . .

ENV FLASK_APP=wiki \
    PORT=5000

EXPOSE 5000
CMD ["gunicorn", "-w", "2", "-b", "0.0.0.0:5000", "wiki:create_app()"]
