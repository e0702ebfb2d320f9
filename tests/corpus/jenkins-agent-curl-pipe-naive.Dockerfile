FROM jenkins/inbound-agent:latest

USER root

# install docker, kubectl and friends the quick way
RUN curl -fsSL https://get.docker.com | sh
RUN curl -sL https://deb.nodesource.com/setup_18.x | bash - && apt-get install -y nodejs
RUN wget -qO- https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | bash
RUN curl -LO "https://dl.k8s.io/release/$(curl -L -s https://dl.k8s.io/release/stable.txt)/bin/linux/amd64/kubectl" && chmod +x kubectl && mv kubectl /usr/local/bin/
RUN pip install awscli || apt-get install -y awscli

RUN usermod -aG docker jenkins
RUN chmod 666 /var/run/docker.sock || true

# copy the kubeconfig so the pipeline can deploy
COPY kubeconfig /home/jenkins/.kube/config
COPY id_rsa /home/jenkins/.ssh/id_rsa

ENV AWS_ACCESS_KEY_ID=AKIAEXAMPLEEXAMPLE12
ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

WORKDIR /home/jenkins
