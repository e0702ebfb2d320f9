FROM coredns/coredns:1.11.1
EXPOSE 53/UDP 53/tcp 9153
