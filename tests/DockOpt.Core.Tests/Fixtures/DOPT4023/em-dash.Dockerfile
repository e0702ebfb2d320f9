# The dash of --from was turned into an em dash by a word processor.
FROM node:22-slim AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY —from=builder /app/build /usr/share/nginx/html
