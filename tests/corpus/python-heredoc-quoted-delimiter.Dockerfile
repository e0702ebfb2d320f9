# syntax=docker/dockerfile:1
FROM python:3.12-slim

ENV MODEL_DIR=/opt/models

# Quoted delimiter: no variable expansion by the builder, $MODEL_DIR stays literal
RUN python3 <<'PY'
import json, os, pathlib
target = pathlib.Path(os.environ.get("MODEL_DIR", "/opt/models"))
target.mkdir(parents=True, exist_ok=True)
manifest = {"name": "tokenizer", "version": "2024.06", "path": "$MODEL_DIR/tokenizer.json"}
(target / "manifest.json").write_text(json.dumps(manifest, indent=2))
print("wrote", target / "manifest.json")
PY

# Unquoted delimiter: the builder expands ${MODEL_DIR}
RUN cat <<EOF > /etc/profile.d/models.sh
export MODEL_DIR=${MODEL_DIR}
export HF_HOME=${MODEL_DIR}/hf
EOF

# Heredoc piped into a program
RUN <<"SQL" python3 -c 'import sqlite3,sys; c=sqlite3.connect("/opt/models/index.db"); c.executescript(sys.stdin.read()); c.commit()'
CREATE TABLE IF NOT EXISTS models (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO models (name) VALUES ('tokenizer');
SQL

WORKDIR /srv
COPY serve.py .
CMD ["python3", "serve.py"]
