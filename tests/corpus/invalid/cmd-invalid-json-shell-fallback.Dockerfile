# VALID FILE: every instruction below is not well-formed JSON, so the builder
# silently falls back to shell form (/bin/sh -c '<text>'). A linter should flag it.
FROM node:20-alpine
WORKDIR /app
COPY . .
# single quotes are not JSON
CMD ['node', 'server.js']
# missing closing bracket
ENTRYPOINT ["docker-entrypoint.sh", "node"
# trailing comma
RUN ["echo", "hello",]
# unquoted element
HEALTHCHECK CMD [wget, -qO-, http://localhost:3000/]
