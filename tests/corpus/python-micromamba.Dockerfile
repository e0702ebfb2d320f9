FROM mambaorg/micromamba:1.5.8-bookworm-slim

# micromamba images run as $MAMBA_USER; keep it that way.
COPY --chown=$MAMBA_USER:$MAMBA_USER environment.yml /tmp/environment.yml

RUN micromamba install -y -n base -f /tmp/environment.yml && \
    micromamba clean --all --yes

# activate the env for subsequent RUN instructions
ARG MAMBA_DOCKERFILE_ACTIVATE=1

RUN python -c "import xarray, netCDF4, dask; print('ok', xarray.__version__)"

WORKDIR /home/$MAMBA_USER/pipeline
COPY --chown=$MAMBA_USER:$MAMBA_USER pipeline/ ./pipeline/
COPY --chown=$MAMBA_USER:$MAMBA_USER run.py ./

ENTRYPOINT ["/usr/local/bin/_entrypoint.sh", "python", "run.py"]
CMD ["--region", "europe"]
