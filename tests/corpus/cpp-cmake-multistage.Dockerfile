# syntax=docker/dockerfile:1
FROM ubuntu:24.04 AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      cmake ninja-build g++-13 ccache pkg-config \
      libboost-program-options-dev libfmt-dev libspdlog-dev libgtest-dev \
 && rm -rf /var/lib/apt/lists/*
ENV CC=gcc-13 CXX=g++-13 CCACHE_DIR=/ccache

FROM toolchain AS build
WORKDIR /src
COPY CMakeLists.txt CMakePresets.json ./
COPY cmake/ cmake/
COPY src/ src/
COPY tests/ tests/
RUN --mount=type=cache,target=/ccache \
    cmake --preset release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
 && cmake --build --preset release -j \
 && ctest --preset release --output-on-failure \
 && cmake --install build/release --prefix /opt/geoindex --strip

FROM ubuntu:24.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends libboost-program-options1.83.0 libfmt9 libspdlog1.12 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /opt/geoindex /opt/geoindex
ENV LD_LIBRARY_PATH=/opt/geoindex/lib
USER ubuntu
ENTRYPOINT ["/opt/geoindex/bin/geoindex"]
