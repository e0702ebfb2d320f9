FROM node:20-alpine
LABEL maintainer="intern@example.com"
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm install
COPY . .
# entrypoint script also has CRLF endings -> "no such file or directory" at runtime
COPY docker-entrypoint.sh /usr/local/bin/
RUN chmod +x /usr/local/bin/docker-entrypoint.sh
EXPOSE 3000
ENTRYPOINT ["docker-entrypoint.sh"]
CMD [ "node", "index.js" ]
