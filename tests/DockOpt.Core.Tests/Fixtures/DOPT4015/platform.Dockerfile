FROM --platform=linux/amd64 python:3.12-slim AS deps
RUN pip wheel -r requirements.txt -w /wheels

FROM --platform=linux/arm64 alpine:3.20 AS tools-arm64
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
FROM python:3.12-slim
