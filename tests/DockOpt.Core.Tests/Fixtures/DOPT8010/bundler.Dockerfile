FROM ruby:3.3 AS gems
COPY Gemfile Gemfile.lock ./
RUN bundle install

FROM ruby:3.3-slim
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4
COPY . .
CMD ["bundle", "exec", "puma"]
