# Sourced by run.sh and test.sh: points JAVA_HOME at a Java 25 JDK (ADR 0002). Our machines have Temurin 25 beside the
# default JDK 17; any JDK 25+ on PATH or in JAVA_HOME is used as it is.
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null; then
  :
elif command -v java >/dev/null 2>&1 && [ "$(java_major java)" -ge 25 ] 2>/dev/null; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
else
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/temurin-2[6-9]* /opt/java/*25*; do
    if [ -x "$candidate/bin/java" ]; then JAVA_HOME=$candidate; break; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "Vårdkedjan needs a Java 25 JDK (e.g. Temurin 25 in /usr/lib/jvm/temurin-25-jdk-amd64) and none was found." >&2
    echo "Install one and set JAVA_HOME to it." >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
