# escape=`
# escape=\
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
RUN echo only one escape directive is allowed
