FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json /app
COPY ["tsconfig.json", "vite.config.ts", "/app/config"]
COPY package.json package-lock.json ./
COPY src/ /app/src
