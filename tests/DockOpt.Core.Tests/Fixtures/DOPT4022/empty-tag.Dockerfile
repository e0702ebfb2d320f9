# A tag deleted by hand: the build stops at the first line.
FROM openjdk:
WORKDIR /app
COPY target/app.jar app.jar
CMD ["java", "-jar", "app.jar"]
