FROM eclipse-temurin:21-jre
ENV APP_HOME=/opt/app \
    JAVA_HOME=/opt/java/openjdk \
    PATH=$JAVA_HOME/bin:$APP_HOME/bin:$PATH
ENV LOG_DIR=$APP_HOME/logs
