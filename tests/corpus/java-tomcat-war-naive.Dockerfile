FROM tomcat:9
MAINTAINER j.doe@example.com

RUN apt-get update && apt-get install -y curl unzip
RUN rm -rf /usr/local/tomcat/webapps/*

ADD https://repo.example.com/releases/legacy-portal-2.3.war /usr/local/tomcat/webapps/ROOT.war
ADD conf/tomcat-users.xml /usr/local/tomcat/conf/
ADD conf/server.xml /usr/local/tomcat/conf/

ENV CATALINA_OPTS "-Xms512m -Xmx2048m -Dfile.encoding=UTF-8"
ENV JPDA_ADDRESS 8000

EXPOSE 8080
EXPOSE 8000

CMD catalina.sh jpda run
