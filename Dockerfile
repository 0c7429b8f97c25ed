# One image per side, built from the repository root, e.g.
#   docker build --build-arg SIDE=command-side --build-arg PORT=8081 .
# (docker-compose.yml builds both).
FROM eclipse-temurin:17-jdk AS build
ARG SIDE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY shared-events shared-events
COPY infrastructure infrastructure
COPY command-side command-side
COPY query-side query-side
COPY web web
COPY standalone standalone
RUN test -n "$SIDE" && ./mvnw -B -q -DskipTests -pl "$SIDE" -am package && cp "$SIDE"/target/"$SIDE"-*-exec.jar /src/saferboard.jar

FROM eclipse-temurin:17-jre
ARG PORT
RUN useradd --system --no-create-home saferboard
COPY --from=build /src/saferboard.jar /app/saferboard.jar
USER saferboard
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true SAFERBOARD_PORT=${PORT}
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/$SAFERBOARD_PORT && printf "GET /actuator/health/readiness HTTP/1.0\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/saferboard.jar"]
