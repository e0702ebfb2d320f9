FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY bin/Debug/net8.0/ ./
COPY src/Api/obj/project.assets.json /tmp/
COPY bin/Release/net8.0/publish/ ./
