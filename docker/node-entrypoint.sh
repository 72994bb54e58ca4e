#!/usr/bin/env sh
# Starts one node. NODE_ADDRESS is this container's address on the cluster network;
# CLUSTER_MEMBERS lists every node as host:port (Hazelcast, TCP/IP discovery, never multicast).
set -eu
# Settings given as NAME_FILE (a mounted secret) become NAME for MicroProfile Config.
for var in MEDISLOT_DB_PASSWORD MEDISLOT_BROKER_PASSWORD MEDISLOT_SEARCH_CURSOR_KEY; do
  eval file=\${${var}_FILE:-}
  if [ -n "$file" ]; then
    export "$var=$(cat "$file")"
  fi
done
: "${NODE_ADDRESS:?set NODE_ADDRESS}"
: "${CLUSTER_MEMBERS:?set CLUSTER_MEMBERS, e.g. node1:6900,node2:6900}"
# 10 kB query strings must reach the application (a 400 naming the parameter, not an empty 400).
# HTTP_THREADS caps the HTTP workers (Payara's default of 200 convoys on locks when overloaded).
# No Server or X-Powered-By header: the server's name and version help nobody but an attacker.
cat > /tmp/preboot.asadmin <<EOF
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.header-buffer-length-bytes=32768
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=${HTTP_THREADS:-32}
EOF
exec java $JAVA_OPTS -jar payara-micro.jar \
  --prebootcommandfile /tmp/preboot.asadmin \
  --deploy deploy/artemis-rar.rar --deploy deploy/ROOT.war \
  --port 8080 \
  --clustermode "tcpip:${CLUSTER_MEMBERS}" --interfaces "${NODE_ADDRESS}" --startport 6900 \
  --clustername medislot \
  --rootdir /tmp/payara-root
