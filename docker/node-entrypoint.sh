#!/usr/bin/env sh
# Starts one node. NODE_ADDRESS is this container's address on the cluster network;
# CLUSTER_MEMBERS lists every node as host:port (Hazelcast, TCP/IP discovery, never multicast).
set -eu
# Settings given as NAME_FILE (a mounted secret) become NAME for MicroProfile Config.
for var in MEDISLOT_DB_PASSWORD MEDISLOT_BROKER_PASSWORD; do
  eval file=\${${var}_FILE:-}
  if [ -n "$file" ]; then
    export "$var=$(cat "$file")"
  fi
done
: "${NODE_ADDRESS:?set NODE_ADDRESS}"
: "${CLUSTER_MEMBERS:?set CLUSTER_MEMBERS, e.g. node1:6900,node2:6900}"
exec java $JAVA_OPTS -jar payara-micro.jar \
  --deploy deploy/artemis-rar.rar --deploy deploy/ROOT.war \
  --port 8080 \
  --clustermode "tcpip:${CLUSTER_MEMBERS}" --interfaces "${NODE_ADDRESS}" --startport 6900 \
  --clustername medislot \
  --rootdir /tmp/payara-root
