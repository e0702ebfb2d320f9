FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
USER app
WORKDIR /app
EXPOSE 8080
EXPOSE 8081

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG BUILD_CONFIGURATION=Release
WORKDIR /src
# restore with only the project files so the restore layer survives code edits
COPY ["Directory.Build.props", "Directory.Packages.props", "./"]
COPY ["src/Billing.Api/Billing.Api.csproj", "src/Billing.Api/"]
COPY ["src/Billing.Domain/Billing.Domain.csproj", "src/Billing.Domain/"]
COPY ["src/Billing.Infrastructure/Billing.Infrastructure.csproj", "src/Billing.Infrastructure/"]
RUN dotnet restore "./src/Billing.Api/Billing.Api.csproj"
COPY . .
WORKDIR "/src/src/Billing.Api"
RUN dotnet build "./Billing.Api.csproj" -c $BUILD_CONFIGURATION -o /app/build --no-restore

FROM build AS publish
ARG BUILD_CONFIGURATION=Release
RUN dotnet publish "./Billing.Api.csproj" -c $BUILD_CONFIGURATION -o /app/publish /p:UseAppHost=false --no-restore

FROM base AS final
WORKDIR /app
COPY --from=publish /app/publish .
ENTRYPOINT ["dotnet", "Billing.Api.dll"]
