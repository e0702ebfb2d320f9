FROM node:20 AS build
RUN npm ci && npm run build

FROM python:3.12 AS Build
RUN pip wheel -r requirements.txt -w /wheels

FROM python:3.12-slim
COPY --from=build /wheels /wheels
