FROM python:3

# copy everything
COPY . /app
WORKDIR /app

RUN pip install -r requirements.txt

ENV FLASK_APP=app.py
ENV FLASK_ENV=development
ENV SECRET_KEY=changeme123
ENV DATABASE_URL=postgres://admin:hunter2@db:5432/shop

EXPOSE 5000

CMD flask run --host=0.0.0.0
