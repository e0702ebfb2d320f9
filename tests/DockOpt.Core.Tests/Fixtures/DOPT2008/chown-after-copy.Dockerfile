FROM python:3.12-slim
RUN useradd --create-home app
WORKDIR /home/app
COPY . src/
RUN chown -R app:app /home/app/src
COPY --chown=app:app requirements.txt .
RUN mkdir -p /home/app/src/media && chown -R app /home/app/src/media
RUN chmod -R g+w src/static
RUN chmod +x src/entrypoint.sh
USER app
CMD ["python", "src/main.py"]
