FROM mcr.microsoft.com/dotnet/aspnet:8.0
RUN groupadd app && useradd --no-log-init -g app app
RUN id app || useradd app
USER app
