# syntax=docker/dockerfile:1.7-labs
# check=skip=JSONArgsRecommended,StageNameCasing;error=false

FROM alpine:3.20 AS Fetch

# Remote file pinned by digest
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \
    https://github.com/example-org/protolint/releases/download/v0.50.2/protolint_0.50.2_linux_amd64.tar.gz \
    /tmp/protolint.tgz

# Git source, keeping .git so `git describe` works in the build
ADD --keep-git-dir=true git@github.com:example-org/schemas.git#v2.4.0 /src/schemas
ADD https://github.com/example-org/shared-config.git#main:config /src/config

# ADD auto-extracts local tarballs
ADD vendor/ca-bundle.tar.xz /usr/local/share/ca-certificates/

RUN tar -xzf /tmp/protolint.tgz -C /usr/local/bin protolint && rm /tmp/protolint.tgz

FROM alpine:3.20
# --link: layer is independent of the previous ones, rebasable without rebuild
COPY --link --from=Fetch /usr/local/bin/protolint /usr/local/bin/
COPY --link --from=Fetch /src/schemas /schemas

# permissions and ownership in one go
COPY --chmod=755 scripts/lint.sh /usr/local/bin/lint
COPY --chown=1000:1000 --chmod=0644 lint.yaml /etc/lint/lint.yaml

# keep the directory structure of matched files (labs)
COPY --parents services/*/proto/**/*.proto /workspace/

# exclude patterns (labs)
COPY --exclude=*.md --exclude=**/testdata docs-site/ /srv/docs/

# JSON form with spaces in the path
COPY ["release notes/CHANGES.txt", "/usr/share/doc/lint/CHANGES.txt"]

# ADD used where COPY would do
ADD lint-rules.json /etc/lint/

WORKDIR /workspace
ENTRYPOINT ["lint"]
