FROM continuumio/miniconda3

WORKDIR /workspace

ADD environment.yml /workspace/environment.yml
RUN conda env create -f environment.yml

# Make RUN commands use the new environment:
SHELL ["conda", "run", "-n", "nlp", "/bin/bash", "-c"]

RUN python -m spacy download en_core_web_sm
RUN pip install jupyterlab

ADD . /workspace

EXPOSE 8888

ENTRYPOINT ["conda", "run", "--no-capture-output", "-n", "nlp", "jupyter", "lab", "--ip=0.0.0.0", "--allow-root", "--NotebookApp.token=''"]
