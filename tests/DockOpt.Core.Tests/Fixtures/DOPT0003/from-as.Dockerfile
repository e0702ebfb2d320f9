FROM node:20-slim as build
WORKDIR /app
RUN npm ci

from nginx:1.27-alpine AS web
copy --from=build /app/dist /usr/share/nginx/html

FROM nginx:1.27-alpine AS final
COPY --from=web /usr/share/nginx/html /usr/share/nginx/html
