FROM ruby:3.3-slim AS gems
RUN gem install bundler

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ruby \
    && rm -rf /var/lib/apt/lists/*
RUN gem install bundler:2.5.16 rake
RUN gem install --no-document rack
