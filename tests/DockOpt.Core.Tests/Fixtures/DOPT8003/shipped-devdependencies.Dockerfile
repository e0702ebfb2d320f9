FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm cache clean --force
COPY . .
RUN npm run build
RUN npm ci --omit=dev && npm cache clean --force
ENV NODE_ENV=production
ENTRYPOINT ["tini", "--"]
CMD ["node", "dist/server.js"]
