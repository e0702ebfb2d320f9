# The project (assembly.project beside this file) builds Contoso.Api.dll.
FROM mcr.microsoft.com/dotnet/aspnet:8.0
COPY bin/Release/net8.0/publish/ /app/
ENTRYPOINT ["dotnet", "/app/Api.dll"]
