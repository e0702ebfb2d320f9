FROM node:20-slim
RUN cd /app
RUN npm ci
RUN cd /app && npm run build
