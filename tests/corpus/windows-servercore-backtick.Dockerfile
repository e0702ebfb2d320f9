# escape=`

ARG WINDOWS_TAG=ltsc2022
FROM mcr.microsoft.com/windows/servercore:${WINDOWS_TAG} AS installer

SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

ENV NODE_VERSION=20.15.1 `
    NODE_SHA256=4ab6c3e2c8e1b2a5d6f7e8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d

RUN $url = ('https://nodejs.org/dist/v{0}/node-v{0}-win-x64.zip' -f $env:NODE_VERSION); `
    Write-Host ('Downloading {0} ...' -f $url); `
    Invoke-WebRequest -Uri $url -OutFile 'node.zip' -UseBasicParsing; `
    `
    Write-Host 'Verifying sha256 ...'; `
    if ((Get-FileHash node.zip -Algorithm sha256).Hash -ne $env:NODE_SHA256) { `
        Write-Host 'FAILED!'; `
        exit 1; `
    }; `
    `
    Expand-Archive node.zip -DestinationPath C:\; `
    Rename-Item -Path ('C:\node-v{0}-win-x64' -f $env:NODE_VERSION) -NewName 'C:\nodejs'; `
    Remove-Item node.zip -Force

FROM mcr.microsoft.com/windows/servercore:${WINDOWS_TAG}
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

COPY --from=installer C:\nodejs C:\nodejs

USER ContainerAdministrator
RUN $newPath = ('C:\nodejs;{0}' -f $env:PATH); `
    [Environment]::SetEnvironmentVariable('PATH', $newPath, [EnvironmentVariableTarget]::Machine)
USER ContainerUser

WORKDIR C:\app
COPY package.json package-lock.json C:\app\
RUN npm ci --omit=dev
COPY . C:\app\

EXPOSE 3000
CMD ["node.exe", "server.js"]
