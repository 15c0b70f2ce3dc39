FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
ENV HOST=0.0.0.0 PORT=8080
EXPOSE 8080
# NEO4J_URI is set by docker-compose, so start.ts uses that server and manages none.
CMD ["npx", "tsx", "scripts/start.ts"]
