FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y --nodocs --setopt=install_weak_deps=0 java-21-openjdk-headless \
    && microdnf clean all
RUN microdnf install -y tzdata
RUN dnf -y install git
RUN yum clean all && yum -y install which
RUN --mount=type=cache,target=/var/cache/dnf dnf -y install jq
