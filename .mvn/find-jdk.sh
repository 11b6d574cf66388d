# Sourced (POSIX sh) by ./mvnw, ./newsgraph and .ci/run: makes JAVA_HOME point at a JDK >= 21.
#
# Order: an explicit JAVA_HOME that is new enough wins; then the `java` on PATH; then the newest
# JDK found in the usual install locations. Machines often keep an older default JDK next to a
# newer one, so the search runs whenever the default is too old. Nothing here is specific to one
# machine: only well-known install folders are searched.

newsgraph_min_java=21

# Prints the feature version (e.g. 25) of the JDK at $1, or nothing if it is not a JDK.
newsgraph_jdk_version() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
  fi
}

newsgraph_find_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    v="$(newsgraph_jdk_version "$JAVA_HOME")"
    if [ -n "$v" ] && [ "$v" -ge "$newsgraph_min_java" ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    v="$(newsgraph_jdk_version "$candidate")"
    if [ -n "$v" ] && [ "$v" -ge "$newsgraph_min_java" ]; then
      JAVA_HOME="$candidate"
      export JAVA_HOME
      return 0
    fi
  fi
  best=""
  best_v=0
  # Globbing may be off in the caller (mvnw runs with `set -f`); turn it on for the search only.
  case "$-" in *f*) newsgraph_restore_f=1; set +f ;; *) newsgraph_restore_f=0 ;; esac
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/jdk* \
    "${HOME-}"/.sdkman/candidates/java/* "${HOME-}"/.jdks/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    v="$(newsgraph_jdk_version "$candidate")"
    if [ -n "$v" ] && [ "$v" -ge "$newsgraph_min_java" ] && [ "$v" -gt "$best_v" ]; then
      best="$candidate"
      best_v="$v"
    fi
  done
  [ "$newsgraph_restore_f" = 1 ] && set -f
  if [ -z "$best" ]; then
    echo "newsgraph: needs a JDK $newsgraph_min_java or newer, and none was found." >&2
    echo "newsgraph: install one (e.g. Temurin 21+) or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

newsgraph_find_jdk || exit 1
PATH="$JAVA_HOME/bin:$PATH"
NEWSGRAPH_JAVA_VERSION="$(newsgraph_jdk_version "$JAVA_HOME")"
export PATH NEWSGRAPH_JAVA_VERSION
