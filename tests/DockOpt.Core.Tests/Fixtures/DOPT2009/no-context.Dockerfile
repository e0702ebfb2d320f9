# Without a build context from the host, this rule does not run: no finding expected.
FROM node:22-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev && npm cache clean --force
CMD ["node", "server.js"]
