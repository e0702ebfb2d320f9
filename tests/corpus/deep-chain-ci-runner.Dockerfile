FROM ubuntu:24.04

# CI runner image: everything in one layer, chained with && \
ARG DEBIAN_FRONTEND=noninteractive
ARG KUBECTL_VERSION=v1.30.2
ARG HELM_VERSION=v3.15.2
ARG TERRAFORM_VERSION=1.9.0

RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl gnupg lsb-release software-properties-common \
    && apt-get install -y --no-install-recommends git \
    && apt-get install -y --no-install-recommends git-lfs \
    && apt-get install -y --no-install-recommends jq \
    && apt-get install -y --no-install-recommends unzip \
    && apt-get install -y --no-install-recommends zip \
    && apt-get install -y --no-install-recommends xz-utils \
    && apt-get install -y --no-install-recommends zstd \
    && apt-get install -y --no-install-recommends make \
    && apt-get install -y --no-install-recommends gcc \
    && apt-get install -y --no-install-recommends g++ \
    && apt-get install -y --no-install-recommends python3 \
    && apt-get install -y --no-install-recommends python3-venv \
    && apt-get install -y --no-install-recommends python3-pip \
    && apt-get install -y --no-install-recommends openssh-client \
    && apt-get install -y --no-install-recommends rsync \
    && apt-get install -y --no-install-recommends sshpass \
    && apt-get install -y --no-install-recommends file \
    && apt-get install -y --no-install-recommends less \
    && apt-get install -y --no-install-recommends tree \
    && apt-get install -y --no-install-recommends parallel \
    && apt-get install -y --no-install-recommends shellcheck \
    && apt-get install -y --no-install-recommends bats \
    && apt-get install -y --no-install-recommends yamllint \
    && apt-get install -y --no-install-recommends postgresql-client \
    && apt-get install -y --no-install-recommends mysql-client \
    && apt-get install -y --no-install-recommends redis-tools \
    && apt-get install -y --no-install-recommends netcat-openbsd \
    && apt-get install -y --no-install-recommends dnsutils \
    && apt-get install -y --no-install-recommends iputils-ping \
    && apt-get install -y --no-install-recommends iproute2 \
    && apt-get install -y --no-install-recommends sudo \
    && apt-get install -y --no-install-recommends locales \
    && apt-get install -y --no-install-recommends tzdata \
    && apt-get install -y --no-install-recommends gettext-base \
    && apt-get install -y --no-install-recommends moreutils \
    && install -m 0755 -d /etc/apt/keyrings \
    && curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc \
    && chmod a+r /etc/apt/keyrings/docker.asc \
    && echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu $(. /etc/os-release && echo $VERSION_CODENAME) stable" > /etc/apt/sources.list.d/docker.list \
    && apt-get update \
    && apt-get install -y --no-install-recommends docker-ce-cli docker-buildx-plugin docker-compose-plugin \
    && curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \
    && chmod +x /usr/local/bin/kubectl \
    && kubectl version --client \
    && curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz" -o /tmp/helm.tgz \
    && tar -xzf /tmp/helm.tgz -C /tmp \
    && mv /tmp/linux-amd64/helm /usr/local/bin/helm \
    && rm -rf /tmp/helm.tgz /tmp/linux-amd64 \
    && helm version \
    && curl -fsSL "https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_amd64.zip" -o /tmp/tf.zip \
    && unzip -q /tmp/tf.zip -d /usr/local/bin \
    && rm /tmp/tf.zip \
    && terraform version \
    && curl -fsSL https://deb.nodesource.com/setup_20.x | bash - \
    && apt-get install -y nodejs \
    && npm install -g npm@10 \
    && npm install -g yarn pnpm \
    && corepack enable \
    && python3 -m venv /opt/pytools \
    && /opt/pytools/bin/pip install --no-cache-dir --upgrade pip \
    && /opt/pytools/bin/pip install --no-cache-dir ansible-core \
    && /opt/pytools/bin/pip install --no-cache-dir awscli \
    && /opt/pytools/bin/pip install --no-cache-dir pre-commit \
    && /opt/pytools/bin/pip install --no-cache-dir tox \
    && ln -s /opt/pytools/bin/ansible /usr/local/bin/ansible \
    && ln -s /opt/pytools/bin/ansible-playbook /usr/local/bin/ansible-playbook \
    && ln -s /opt/pytools/bin/aws /usr/local/bin/aws \
    && ln -s /opt/pytools/bin/pre-commit /usr/local/bin/pre-commit \
    && ln -s /opt/pytools/bin/tox /usr/local/bin/tox \
    && locale-gen en_US.UTF-8 \
    && update-locale LANG=en_US.UTF-8 \
    && ln -fs /usr/share/zoneinfo/Etc/UTC /etc/localtime \
    && dpkg-reconfigure --frontend noninteractive tzdata \
    && git lfs install --system \
    && git config --system --add safe.directory '*' \
    && git config --system init.defaultBranch main \
    && groupadd --gid 1001 runner \
    && useradd --uid 1001 --gid runner --create-home --shell /bin/bash runner \
    && groupadd --gid 999 docker || true \
    && usermod -aG docker runner \
    && echo 'runner ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/runner \
    && chmod 0440 /etc/sudoers.d/runner \
    && mkdir -p /home/runner/work /home/runner/.cache \
    && chown -R runner:runner /home/runner \
    && mkdir -p /opt/hostedtoolcache \
    && chown runner:runner /opt/hostedtoolcache \
    && apt-get purge -y --auto-remove software-properties-common \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/* \
    && rm -rf /tmp/* /var/tmp/* \
    && rm -rf /root/.npm /root/.cache \
    && find /usr/share/doc -depth -type f ! -name copyright -delete \
    && find /usr/share/man -type f -delete \
    && command -v git \
    && command -v jq \
    && command -v docker \
    && command -v kubectl \
    && command -v helm \
    && command -v terraform \
    && command -v node \
    && command -v npm \
    && command -v ansible \
    && command -v aws \
    && command -v python3 \
    && node --version \
    && python3 --version \
    && echo 'image build complete'

ENV LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 PATH=/opt/pytools/bin:$PATH
USER runner
WORKDIR /home/runner/work
ENTRYPOINT ["/bin/bash", "-lc"]
CMD ["bash"]
