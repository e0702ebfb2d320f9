FROM registry.opensuse.org/opensuse/leap:15.6

# zypper needs --non-interactive, otherwise it waits for confirmation
RUN zypper --non-interactive refresh && \
    zypper --non-interactive install --no-recommends \
        gcc-c++ \
        make \
        libopenssl-devel \
        postgresql16-devel \
        python311 \
        python311-pip \
        timezone && \
    zypper clean --all

RUN zypper -n in -y curl; zypper -n clean -a

ENV LANG=C.UTF-8 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv/report-builder
COPY requirements.txt ./
RUN python3.11 -m pip install -r requirements.txt
COPY . .

RUN groupadd --system reports && useradd --system --gid reports --no-create-home reports
USER reports

ENTRYPOINT ["python3.11", "-m", "report_builder"]
CMD ["--help"]
