#!/bin/sh
# Cost of the authorization check per request: access-table matching in-process, token hashing,
# and end to end over HTTP (token lookup + role check) against a public endpoint as the baseline.
set -e
cd "$(dirname "$0")/../.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  bench/accounts/AuthorizationBench.java
