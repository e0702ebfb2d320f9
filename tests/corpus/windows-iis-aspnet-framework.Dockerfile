# escape=`
FROM mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019 AS build
WORKDIR C:\src

COPY *.sln .
COPY Intranet.Web\*.csproj Intranet.Web\
COPY Intranet.Web\packages.config Intranet.Web\
RUN nuget restore

COPY Intranet.Web\. Intranet.Web\
WORKDIR C:\src\Intranet.Web
RUN msbuild /p:Configuration=Release /p:DeployOnBuild=true /p:PublishProfile=FolderProfile /p:PublishUrl=C:\publish

FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019 AS runtime
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]

LABEL maintainer="Intranet Team" `
      com.example.app="intranet" `
      com.example.tier="web"

RUN Import-Module WebAdministration; `
    Remove-Website -Name 'Default Web Site'; `
    New-Item -Path 'C:\inetpub\intranet' -ItemType Directory | Out-Null; `
    New-Website -Name 'Intranet' -Port 80 -PhysicalPath 'C:\inetpub\intranet' -ApplicationPool 'DefaultAppPool'; `
    Set-ItemProperty 'IIS:\AppPools\DefaultAppPool' -Name processModel.identityType -Value 'ApplicationPoolIdentity'

RUN Install-WindowsFeature Web-Windows-Auth; `
    Set-WebConfigurationProperty -Filter '/system.webServer/security/authentication/windowsAuthentication' -Name enabled -Value true -PSPath 'IIS:\' -Location 'Intranet'

WORKDIR C:\inetpub\intranet
COPY --from=build C:\publish .

HEALTHCHECK --interval=30s --timeout=10s `
    CMD powershell -Command "try { $r = Invoke-WebRequest http://localhost/health -UseBasicParsing; if ($r.StatusCode -eq 200) { exit 0 } else { exit 1 } } catch { exit 1 }"

EXPOSE 80
