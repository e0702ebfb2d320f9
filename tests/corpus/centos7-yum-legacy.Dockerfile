FROM centos:7
MAINTAINER Ops Team "ops@example.org"

ENV TOMCAT_MAJOR 9
ENV TOMCAT_VERSION 9.0.89
ENV CATALINA_HOME /opt/tomcat
ENV PATH $CATALINA_HOME/bin:$PATH

RUN yum -y update && yum clean all
RUN yum -y install epel-release
RUN yum -y install java-11-openjdk-devel wget tar which unzip
RUN yum -y install supervisor

RUN groupadd tomcat && useradd -M -s /bin/nologin -g tomcat -d /opt/tomcat tomcat

RUN wget https://archive.apache.org/dist/tomcat/tomcat-$TOMCAT_MAJOR/v$TOMCAT_VERSION/bin/apache-tomcat-$TOMCAT_VERSION.tar.gz -O /tmp/tomcat.tar.gz
RUN mkdir -p /opt/tomcat && tar xvf /tmp/tomcat.tar.gz -C /opt/tomcat --strip-components=1
RUN chown -R tomcat:tomcat /opt/tomcat

ADD supervisord.conf /etc/supervisord.conf
ADD app.war /opt/tomcat/webapps/ROOT.war

EXPOSE 8080 8009

CMD ["/usr/bin/supervisord", "-n", "-c", "/etc/supervisord.conf"]
