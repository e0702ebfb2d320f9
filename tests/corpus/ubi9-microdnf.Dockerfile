FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4

LABEL name="inventory-service" \
      vendor="Example Corp" \
      version="1.8.0" \
      release="3" \
      summary="Inventory microservice on UBI minimal" \
      description="Inventory REST service packaged on Red Hat Universal Base Image 9 minimal." \
      io.k8s.display-name="Inventory Service" \
      io.openshift.tags="inventory,java,quarkus" \
      io.openshift.expose-services="8080:http"

ENV LANGUAGE='en_US:en' \
    JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_APP_JAR="/deployments/quarkus-run.jar"

RUN microdnf install -y --nodocs --setopt=install_weak_deps=0 \
        java-21-openjdk-headless \
        shadow-utils \
        tzdata \
    && microdnf clean all \
    && rm -rf /var/cache/yum \
    && useradd -u 185 -r -g 0 -s /sbin/nologin -c "Application user" jboss \
    && mkdir -p /deployments \
    && chown -R 185:0 /deployments \
    && chmod -R g=u /deployments

COPY --chown=185:0 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185:0 target/quarkus-app/*.jar /deployments/
COPY --chown=185:0 target/quarkus-app/app/ /deployments/app/
COPY --chown=185:0 target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE 8080
USER 185

ENTRYPOINT [ "java", "-jar", "/deployments/quarkus-run.jar" ]
