FROM python:3.11-alpine
COPY bot.py /app/bot.py
ENTRYPOINT ["python", "-u", "/app/bot.py"]
