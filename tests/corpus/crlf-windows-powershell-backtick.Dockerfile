# escape=`
FROM mcr.microsoft.com/powershell:lts-windowsservercore-ltsc2022

SHELL ["pwsh", "-NoLogo", "-NoProfile", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

ARG GIT_VERSION=2.45.2
RUN $url = "https://github.com/git-for-windows/git/releases/download/v$env:GIT_VERSION.windows.1/MinGit-$env:GIT_VERSION-64-bit.zip"; `
    Invoke-WebRequest -Uri $url -OutFile C:\mingit.zip; `
    Expand-Archive C:\mingit.zip -DestinationPath C:\git; `
    Remove-Item C:\mingit.zip; `
    [Environment]::SetEnvironmentVariable('PATH', $env:PATH + ';C:\git\cmd', 'Machine')

RUN Install-Module -Name Pester -RequiredVersion 5.6.1 -Force -Scope AllUsers -SkipPublisherCheck; `
    Install-Module -Name PSScriptAnalyzer -Force -Scope AllUsers

WORKDIR C:\src
COPY . .
ENTRYPOINT ["pwsh", "-NoLogo", "-Command"]
CMD ["Invoke-Pester -Path ./tests -CI"]
