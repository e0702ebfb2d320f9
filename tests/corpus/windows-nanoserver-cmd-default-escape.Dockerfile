# No escape directive: backslash is the escape character, so Windows paths
# need doubling in JSON form and trailing backslashes are dangerous.
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022

ENV APP_HOME=C:\\tools\\reportgen
WORKDIR C:\\tools\\reportgen

COPY bin/ C:/tools/reportgen/
COPY ["config\\appsettings.json", "C:\\tools\\reportgen\\config\\"]

USER ContainerAdministrator
RUN setx /M PATH "%PATH%;C:\tools\reportgen" && \
    mkdir C:\data && \
    icacls C:\data /grant "Users:(OI)(CI)M"
USER ContainerUser

VOLUME C:\\data

CMD ["reportgen.exe", "--out", "C:\\data"]
