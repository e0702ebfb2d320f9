FROM python:3.12-slim
WORKDIR /app
COPY id_ed25519 /root/.ssh/id_ed25519
COPY .env .env.example requirements.txt ./
COPY certs/ca.pem certs/tls-key.pem /etc/app/certs/
ADD .aws /root/.aws
COPY service-account.json /secrets/
COPY id_ed25519.pub /root/.ssh/authorized_keys
