# syntax=docker/dockerfile:1
# check=skip=JSONArgsRecommended
# hadolint global ignore=DL3008
FROM python:3.12-slim

# dockopt ignore=DOPT1O01
COPY . /app

# dockopt ignore=DOPT2001, DOPT6OO8 -- the second id is misspelt
RUN pip install -r /app/requirements.txt

# hadolint ignore=DL3013,PIP001
RUN pip install gunicorn
CMD gunicorn app:app
