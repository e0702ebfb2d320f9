# ---- Builder Stage ----
FROM python:3.11-slim AS builder
WORKDIR /app
# Copy only requirements first to leverage Docker cache
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt
# ---- Final Stage ----
FROM python:3.11-slim
# Install only necessary packages for runtime
RUN apt-get update && apt-get install -y --no-install-recommends \
python3-pip \
&& rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Copy installed packages from the builder stage
COPY --from=builder /install /usr/local
# Copy the rest of the application code
COPY . .
CMD ["python", "app.py"]
