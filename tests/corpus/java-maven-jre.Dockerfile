#
# Build stage
#
FROM maven:3.9.8-eclipse-temurin-21 AS build
WORKDIR /workspace

# resolve dependencies first for better layer caching
COPY pom.xml .
COPY .mvn .mvn
RUN mvn -B -q dependency:go-offline

COPY src src
RUN mvn -B package -DskipTests

#
# Package stage
#
FROM eclipse-temurin:21-jre-jammy
ARG JAR_FILE=/workspace/target/*.jar
RUN groupadd --system spring && useradd --system --gid spring spring
COPY --from=build ${JAR_FILE} /opt/app/app.jar
USER spring:spring
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/opt/app/app.jar"]
