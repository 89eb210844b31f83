# Sourced by ./mvnw, ./retailerdesk, ./test and the benchmarks: picks the JDK and the Maven
# the build needs. Exports JAVA_HOME, RD_JAVA and RD_MAVEN_HOME.
RD_MAVEN_VERSION=3.9.11
RD_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/retailerdesk

rd_java_major() { # prints the feature version of the java in $1, e.g. 25
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

rd_find_jdk() {
  local c
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
           /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -n "$c" ] && [ -x "$c/bin/java" ] && [ "$(rd_java_major "$c")" -ge 21 ] 2>/dev/null; then
      echo "$c"; return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(rd_find_jdk); then
  echo "RetailerDesk needs a JDK 21 or newer: set JAVA_HOME to one (none found in /usr/lib/jvm)." >&2
  echo "RetailerDesk 需要 JDK 21 或更高版本：请把 JAVA_HOME 指向它。" >&2
  exit 1
fi
export JAVA_HOME
RD_JAVA=$JAVA_HOME/bin/java

RD_MAVEN_HOME=$RD_CACHE/apache-maven-$RD_MAVEN_VERSION
if [ ! -x "$RD_MAVEN_HOME/bin/mvn" ]; then
  # The system's Maven fetches the distribution from its configured repository;
  # no repository address is written here.
  if ! command -v mvn >/dev/null 2>&1; then
    echo "Maven $RD_MAVEN_VERSION is not cached and no 'mvn' is installed to fetch it (apt-get install maven)." >&2
    exit 1
  fi
  echo "Fetching Maven $RD_MAVEN_VERSION into $RD_CACHE ..." >&2
  mkdir -p "$RD_CACHE"
  rd_tmp=$(mktemp -d "$RD_CACHE/fetch.XXXXXX")
  # Run from the empty folder: in the project the old Maven would load our Tycho build and fail.
  (cd "$rd_tmp" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact=org.apache.maven:apache-maven:$RD_MAVEN_VERSION:zip:bin -DoutputDirectory=. >&2 \
   && "$JAVA_HOME/bin/jar" xf apache-maven-*.zip && chmod +x apache-maven-*/bin/*) \
   || { rm -rf "$rd_tmp"; echo "Could not fetch Maven $RD_MAVEN_VERSION." >&2; exit 1; }
  rm -rf "$RD_MAVEN_HOME"
  mv "$rd_tmp/apache-maven-$RD_MAVEN_VERSION" "$RD_MAVEN_HOME"
  rm -rf "$rd_tmp"
fi
export RD_MAVEN_HOME
