FROM ubuntu:14.04
MAINTAINER Jane Smith <jane.smith@example.org>

ENV DEBIAN_FRONTEND noninteractive
ENV HOME /root
ENV MONGO_VERSION 2.6.12
ENV JAVA_HOME /usr/lib/jvm/java-7-openjdk-amd64
ENV GREETING Hello World from a legacy image
ENV PATH $PATH:$JAVA_HOME/bin
ENV A=1 B=2 C="three four"

RUN echo "deb http://archive.ubuntu.com/ubuntu trusty main universe" > /etc/apt/sources.list
RUN apt-key adv --keyserver hkp://keyserver.ubuntu.com:80 --recv 7F0CEB10
RUN apt-get update && apt-get -y install openjdk-7-jdk supervisor openssh-server
RUN mkdir -p /var/run/sshd /var/log/supervisor
RUN echo 'root:root' | chpasswd
RUN sed -i 's/PermitRootLogin without-password/PermitRootLogin yes/' /etc/ssh/sshd_config

ADD http://downloads.example.org/search/search-1.7.6.tar.gz /tmp/
RUN cd /tmp && tar xzf search-1.7.6.tar.gz && mv search-1.7.6 /opt/search

ADD supervisord.conf /etc/supervisor/conf.d/supervisord.conf

EXPOSE 22 9200 9300
VOLUME ["/data"]

CMD ["/usr/bin/supervisord"]
