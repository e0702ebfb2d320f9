FROM debian:bookworm-slim

# Layout quirks that BuildKit accepts
RUN apt-get update \
# comment line inside the continuation is dropped by the parser
    && apt-get install -y --no-install-recommends \
        curl \
        # indented comment inside the list (also dropped)
        jq \

        unzip \
    && rm -rf /var/lib/apt/lists/*

# backslash followed by trailing spaces and a tab: still a continuation
RUN echo one \   
    && echo two \	
    && echo three

# tabs used for indentation
RUN	set -e; \
	for f in a b c; do \
		echo "$f" >> /tmp/letters; \
	done

	# an indented comment line at top level
   ENV   SPACED="   leading spaces before instruction   "

# several blank lines in a row inside a continuation
RUN echo start \



    && echo end

# comment at the very end of a continuation, followed by the next line
COPY a.txt \
# what about this?
     b.txt \
     /dst/

# a backslash in the middle of a line is not a continuation
RUN printf 'a\\tb\n' > /tmp/tab.txt

# GOTCHA: a blank line does not end the instruction, so the CMD line below is
# swallowed into this RUN as extra arguments to echo
RUN echo done \

CMD ["bash"]

CMD ["bash", "-l"]
