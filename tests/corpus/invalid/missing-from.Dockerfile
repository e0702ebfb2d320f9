# forgot the base image entirely
ARG VERSION=1.0
RUN echo "building $VERSION"
COPY . /src
CMD ["/src/start.sh"]
