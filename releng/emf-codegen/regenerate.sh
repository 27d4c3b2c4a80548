#!/usr/bin/env bash
# Regenerates the EMF model code of VoxPop bundles from their .genmodel files (MODEL code only).
#
#   releng/emf-codegen/regenerate.sh                  # all default genmodels (see DEFAULT_GENMODELS)
#   releng/emf-codegen/regenerate.sh path/to/x.genmodel ...
#
# Needs a JDK 21+ (JAVA_HOME if it is 21+, else the newest in /usr/lib/jvm) and Maven (mvn on the PATH, else the
# repository's ./mvnw) to resolve the EMF codegen jars from Maven Central. The generated code is committed.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
DEFAULT_GENMODELS=(
	"bundles/org.voxpop.codebook/model/codebook.genmodel"
)

# --- a Java 21+ JDK ---------------------------------------------------------------------------------------------
java_major() { # prints the feature version of the given java executable, or 0
	local v
	v="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)"
	v="${v#1.}"
	[[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

JAVA=""
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && -x "$JAVA_HOME/bin/javac" ]] \
	&& (( $(java_major "$JAVA_HOME/bin/java") >= 21 )); then
	JAVA="$JAVA_HOME/bin/java"
else
	best=0
	for candidate in /usr/lib/jvm/*/bin/java; do
		[[ -x "$candidate" && -x "${candidate%/java}/javac" ]] || continue # source-file mode needs a JDK
		major="$(java_major "$candidate")"
		if (( major >= 21 && major > best )); then
			best="$major"
			JAVA="$candidate"
		fi
	done
fi
if [[ -z "$JAVA" ]]; then
	echo "error: no JDK 21+ found (set JAVA_HOME to one)" >&2
	exit 1
fi
echo "Using $JAVA (Java $(java_major "$JAVA"))"

# --- the generator's classpath ----------------------------------------------------------------------------------
if command -v mvn >/dev/null 2>&1; then
	MVN=(mvn)
elif [[ -x "$REPO_ROOT/mvnw" ]]; then
	MVN=("$REPO_ROOT/mvnw")
else
	echo "error: neither mvn nor $REPO_ROOT/mvnw found" >&2
	exit 1
fi
CLASSPATH_FILE="$SCRIPT_DIR/target/classpath.txt"
mkdir -p "$SCRIPT_DIR/target"
echo "Resolving the EMF codegen classpath with ${MVN[*]} ..."
"${MVN[@]}" -q -B -Dstyle.color=never -f "$SCRIPT_DIR/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" >&2
CP="$(cat "$CLASSPATH_FILE")"

# --- generate ---------------------------------------------------------------------------------------------------
if (( $# > 0 )); then
	GENMODELS=("$@")
else
	GENMODELS=()
	for g in "${DEFAULT_GENMODELS[@]}"; do GENMODELS+=("$REPO_ROOT/$g"); done
fi
exec "$JAVA" -cp "$CP" "$SCRIPT_DIR/GenerateModel.java" "${GENMODELS[@]}"
