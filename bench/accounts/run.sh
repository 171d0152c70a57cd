#!/bin/sh
# Cost of the authorization check per request: access-table matching in-process, token hashing,
# and end to end over HTTP (token lookup + role check) against a public endpoint as the baseline.
set -e
cd "$(dirname "$0")/../.."
CP="$(bench/classpath.sh)"
exec java -Xmx1g -cp "$CP" \
  bench/accounts/AuthorizationBench.java
