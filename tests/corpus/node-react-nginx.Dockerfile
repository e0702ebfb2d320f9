# Stage 1 - build the SPA
FROM node:18-alpine as build-stage
WORKDIR /app
COPY package*.json ./
RUN npm install
COPY ./ .
ARG REACT_APP_API_URL=https://api.example.com
ENV REACT_APP_API_URL $REACT_APP_API_URL
RUN npm run build

# Stage 2 - serve it with nginx
FROM nginx:1.27-alpine as production-stage
RUN rm -rf /usr/share/nginx/html/*
COPY --from=build-stage /app/build /usr/share/nginx/html
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
