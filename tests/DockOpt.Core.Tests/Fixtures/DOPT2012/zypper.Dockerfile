FROM registry.opensuse.org/opensuse/leap:15.6
RUN zypper --non-interactive refresh && \
    zypper --non-interactive install --no-recommends python311 && \
    zypper clean --all
RUN zypper -n in -y curl
RUN zypper -n in -y jq; zypper -n clean -a
