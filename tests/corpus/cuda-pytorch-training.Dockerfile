ARG CUDA_VERSION=12.4.1
ARG UBUNTU_VERSION=22.04
FROM nvidia/cuda:${CUDA_VERSION}-cudnn-devel-ubuntu${UBUNTU_VERSION}

ENV DEBIAN_FRONTEND=noninteractive \
    PYTHONDONTWRITEBYTECODE=1 \
    TORCH_CUDA_ARCH_LIST="8.0 8.6 9.0+PTX" \
    HF_HOME=/cache/huggingface

RUN apt-get update && apt-get install -y --no-install-recommends \
        python3.11 python3.11-dev python3.11-venv python3-pip \
        git git-lfs ninja-build libgl1 libglib2.0-0 \
    && rm -rf /var/lib/apt/lists/* \
    && update-alternatives --install /usr/bin/python python /usr/bin/python3.11 1

RUN --mount=type=cache,target=/root/.cache/pip \
    python -m pip install --upgrade pip setuptools wheel \
    && python -m pip install torch==2.3.1 torchvision==0.18.1 --index-url https://download.pytorch.org/whl/cu121

COPY requirements-train.txt /tmp/
RUN --mount=type=cache,target=/root/.cache/pip \
    python -m pip install -r /tmp/requirements-train.txt

# flash-attn compiles for ~30 minutes; keep it in its own layer
RUN --mount=type=cache,target=/root/.cache/pip \
    MAX_JOBS=8 python -m pip install flash-attn==2.5.9.post1 --no-build-isolation

WORKDIR /workspace
COPY . .

VOLUME ["/cache", "/checkpoints"]
ENTRYPOINT ["torchrun", "--nproc_per_node=gpu"]
CMD ["train.py", "--config", "configs/base.yaml"]
