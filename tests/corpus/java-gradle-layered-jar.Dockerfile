# syntax=docker/dockerfile:1
FROM gradle:8.8-jdk17 AS build
WORKDIR /home/gradle/project
COPY --chown=gradle:gradle settings.gradle.kts build.gradle.kts gradle.properties ./
COPY --chown=gradle:gradle gradle ./gradle
RUN --mount=type=cache,target=/home/gradle/.gradle/caches,uid=1000,gid=1000 \
    gradle dependencies --no-daemon > /dev/null
COPY --chown=gradle:gradle src ./src
RUN --mount=type=cache,target=/home/gradle/.gradle/caches,uid=1000,gid=1000 \
    gradle bootJar --no-daemon -x test

FROM eclipse-temurin:17-jre-alpine AS extract
WORKDIR /extract
COPY --from=build /home/gradle/project/build/libs/*-SNAPSHOT.jar application.jar
RUN java -Djarmode=layertools -jar application.jar extract

FROM eclipse-temurin:17-jre-alpine
RUN addgroup -S app && adduser -S app -G app
WORKDIR /application
# least-frequently changed layers first
COPY --from=extract /extract/dependencies/ ./
COPY --from=extract /extract/spring-boot-loader/ ./
COPY --from=extract /extract/snapshot-dependencies/ ./
COPY --from=extract /extract/application/ ./
USER app
EXPOSE 8080 5005
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
