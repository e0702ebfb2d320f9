# Judged only when the host knows the project's assembly name; without it nothing is reported.
FROM mcr.microsoft.com/dotnet/aspnet:8.0
COPY bin/Release/net8.0/publish/ /app/
ENTRYPOINT ["dotnet", "/app/Api.dll"]
