FROM rust:1.78-alpine as builder
RUN apk add --no-cache musl-dev
WORKDIR /usr/src/logship

# cache dependencies by building a dummy main first
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs && cargo build --release && rm -rf src

COPY src ./src
# bump mtime so cargo notices the real main.rs
RUN touch src/main.rs && cargo build --release

FROM scratch
COPY --from=builder /usr/src/logship/target/release/logship /logship
ENTRYPOINT ["/logship"]
