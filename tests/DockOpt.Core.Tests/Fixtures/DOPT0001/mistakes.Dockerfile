# Several mistakes; the parser reports each and goes on.
FROM python:3.12-slim
RUNN pip install flask
COPY --form=build /app /app
ENV DEBUG
RUN <<EOF
echo never closed
