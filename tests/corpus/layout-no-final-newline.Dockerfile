FROM busybox:1.36
COPY index.html /www/index.html
EXPOSE 8000
CMD ["httpd", "-f", "-p", "8000", "-h", "/www"]