FROM ruby:2.7

RUN apt-get update -qq && apt-get install -y nodejs sqlite3 libsqlite3-dev

RUN mkdir /myapp
WORKDIR /myapp
ADD Gemfile /myapp/Gemfile
ADD Gemfile.lock /myapp/Gemfile.lock
RUN gem install bundler
RUN bundle install
ADD . /myapp

EXPOSE 4567
CMD bundle exec ruby app.rb -o 0.0.0.0
