FROM ubuntu:latest

MAINTAINER dev team <devs@example.com>

RUN apt-get update
RUN apt-get upgrade -y
RUN apt-get install -y python3 python3-pip curl wget vim git build-essential
RUN apt-get install -y nodejs npm
RUN apt-get install -y sudo

RUN useradd -ms /bin/bash developer
RUN echo "developer ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers

ADD . /home/developer/app
RUN chown -R developer /home/developer/app
RUN chmod -R 777 /home/developer/app

WORKDIR /home/developer/app
RUN pip3 install -r requirements.txt
RUN npm install

RUN cd frontend && npm run build

EXPOSE 22 80 443 3000 5000 8080

CMD python3 server.py
