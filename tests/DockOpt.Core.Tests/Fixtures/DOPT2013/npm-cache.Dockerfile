FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
RUN npm install -g pm2 && npm cache clean --force
RUN --mount=type=cache,target=/root/.npm npm install -g serve
USER node
RUN npm install --prefix /home/node/tools left-pad@1.3.0
CMD ["pm2-runtime", "server.js"]
