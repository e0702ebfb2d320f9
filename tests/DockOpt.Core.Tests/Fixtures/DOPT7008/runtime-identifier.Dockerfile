FROM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r linux-x64 --self-contained -o /app

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS tools
RUN dotnet publish tools/Migrator.csproj -r win-x64 -o /migrator

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine
COPY --from=build /app /app
COPY --from=tools /migrator /migrator
ENTRYPOINT ["/app/Api"]
