FROM node:20 AS build
RUN npm ci && npm run build
COPY --from=build /app/dist /srv
RUN --mount=from=build,source=/app/dist,target=/mnt ls /mnt

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
