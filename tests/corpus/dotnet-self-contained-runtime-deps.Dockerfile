FROM mcr.microsoft.com/dotnet/sdk:9.0-alpine AS build
WORKDIR /src
COPY Worker/Worker.csproj Worker/
RUN dotnet restore Worker/Worker.csproj -r linux-musl-x64
COPY Worker/ Worker/
RUN dotnet publish Worker/Worker.csproj \
        -c Release \
        -r linux-musl-x64 \
        --self-contained true \
        --no-restore \
        -p:PublishTrimmed=true \
        -p:PublishSingleFile=true \
        -p:InvariantGlobalization=true \
        -o /out

FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-alpine
WORKDIR /app
COPY --from=build /out/Worker ./
USER app
ENV DOTNET_gcServer=0
ENTRYPOINT ["./Worker"]
