FROM rust:1.80-slim AS base
WORKDIR /src
COPY . .

FROM base
RUN cargo build --release --locked
CMD ["/src/target/release/app"]
