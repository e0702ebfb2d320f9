FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential

FROM debian:12-slim AS merged
COPY --from=build / /

FROM scratch
COPY --from=merged / /
