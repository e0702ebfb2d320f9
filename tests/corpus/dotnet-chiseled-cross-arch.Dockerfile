# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0-jammy AS build
ARG TARGETARCH
WORKDIR /source

COPY --link *.sln .
COPY --link src/Gateway/*.csproj src/Gateway/
COPY --link nuget.config .
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet restore src/Gateway/Gateway.csproj -a $TARGETARCH

COPY --link src/ src/
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish src/Gateway/Gateway.csproj -a $TARGETARCH --no-restore -c Release -o /app

# chiseled: no shell, no package manager, non-root "app" user (uid 1654)
FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled-extra
EXPOSE 8080
WORKDIR /app
COPY --link --from=build /app .
USER $APP_UID
ENTRYPOINT ["./Gateway"]
