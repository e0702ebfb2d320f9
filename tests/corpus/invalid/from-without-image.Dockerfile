ARG BASE
FROM
RUN echo "no image given"

FROM AS builder
RUN echo "AS taken as the image name"

FROM ${BASE}
RUN echo "empty after expansion when BASE is not set"
