# syntax=docker/dockerfile:1
# Build with: docker build --target dev|test|prod .
FROM node:20-bookworm-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev
RUN npm ci
ENV NODE_ENV=development
COPY . .
CMD ["npm", "run", "dev"]

FROM dev AS test
ENV CI=true
RUN npm run lint && npm test -- --coverage

FROM base AS prod-deps
RUN npm ci --omit=dev && npm cache clean --force

FROM dev AS build
RUN npm run build

FROM gcr.io/distroless/nodejs20-debian12 AS prod
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json .
ENV NODE_ENV=production
EXPOSE 3000
CMD ["dist/main.js"]

# unused stage, only here so "--target" tooling has something to ignore
FROM alpine:3.20 AS unused-debug
RUN echo debug
