# syntax=docker/dockerfile:1
# Heredoc showcase for an nginx-based static site
FROM nginx:1.27-alpine

# plain heredoc: each line runs in /bin/sh -c
RUN <<EOF
set -eu
apk add --no-cache curl
mkdir -p /usr/share/nginx/html/assets
rm -f /usr/share/nginx/html/50x.html
EOF

# heredoc with an explicit interpreter and a shebang-less bash script
RUN <<EOT bash
set -euo pipefail
declare -a dirs=(cache logs run)
for d in "${dirs[@]}"; do
  install -d -o nginx -g nginx "/var/$d/site"
done
EOT

# <<- strips leading tabs from the body and the terminator
RUN <<-EOT
	echo "tab-indented line one"
		echo "tab-indented line two (nested)"
	if [ -d /etc/nginx/conf.d ]; then
		echo "conf.d exists"
	fi
	EOT

# shebang picks the interpreter
RUN <<EOF
#!/bin/sh -x
nginx -v
EOF

# two heredocs consumed by one RUN
RUN <<A bash && <<B bash
echo "first script: $0"
touch /tmp/first-ran
A
echo "second script"
test -f /tmp/first-ran
B

# two heredocs redirected into two files
RUN <<FILE1 cat > /etc/nginx/snippets-gzip.conf && <<FILE2 cat > /etc/nginx/snippets-cache.conf
gzip on;
gzip_types text/css application/javascript image/svg+xml;
FILE1
location ~* \.(css|js|svg|woff2)$ {
    expires 30d;
    add_header Cache-Control "public, immutable";
}
FILE2

# inline file content. BUG (kept on purpose): the delimiter is unquoted, so the
# builder expands $uri to an empty string; it should be <<'EOF'
COPY <<EOF /etc/nginx/conf.d/default.conf
server {
    listen       8080;
    server_name  _;
    root         /usr/share/nginx/html;
    include      /etc/nginx/snippets-gzip.conf;
    location / {
        try_files $uri $uri/ /index.html;
    }
}
EOF

# two files from two heredocs in one COPY
COPY <<robots.txt <<humans.txt /usr/share/nginx/html/
User-agent: *
Disallow: /admin/
robots.txt
/* TEAM */
Web: Static Site Crew
Location: Lyon, France
humans.txt

# heredoc with --chmod
COPY --chmod=0755 <<"SCRIPT" /docker-entrypoint.d/40-render-env.sh
#!/bin/sh
set -e
: "${SITE_TITLE:=Untitled}"
sed -i "s|__SITE_TITLE__|$SITE_TITLE|g" /usr/share/nginx/html/index.html
SCRIPT

# empty heredoc body
RUN <<EMPTY
EMPTY

COPY dist/ /usr/share/nginx/html/
EXPOSE 8080
