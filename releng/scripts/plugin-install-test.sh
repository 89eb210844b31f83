#!/usr/bin/env bash
# End-to-end test of extending an installed RetailerDesk (issue 7), run by the reactor's last
# module (releng/org.retailerdesk.plugin.tests) after the product and its p2 repository are built:
#  1. creates plug-ins with releng/scripts/new-plugin and builds them OUTSIDE the reactor with
#     Maven and Tycho against the built p2 repository: a good one, one whose view throws on
#     creation, and a copy of the good one that requires a bundle nobody has;
#  2. copies the product, drops the three jars into its dropins/, starts it under Xvfb with
#     -Dretailerdesk.checkView and checks: the good view opens, the broken one is FAILED while the
#     workbench and the Retailers view work, the log names both broken plug-ins;
#  3. removes them from dropins/ and checks the product still works without them;
#  4. installs the samples feature from the p2 repository with ./retailerdesk install, checks the
#     sample view opens, uninstalls it, and checks the product works and the view is gone.
# Prints "N passed, N failed" at the end; exits non-zero when a check failed.
#   releng/scripts/plugin-install-test.sh [WORK_DIR [offline=true|false]]   (offline=true: Maven runs with -o)
set -uo pipefail
RD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$RD_ROOT/releng/scripts/env.sh"
REPO=$RD_ROOT/releng/org.retailerdesk.repository/target/repository
BUILT=$RD_ROOT/releng/org.retailerdesk.repository/target/products/org.retailerdesk/linux/gtk/x86_64
WORK=${1:-$RD_ROOT/releng/org.retailerdesk.plugin.tests/target/work}
# the workbench signs in with these instead of asking (its first start makes them the administrator)
export RETAILERDESK_USER=admin RETAILERDESK_PASSWORD=plugin-test-password
OFFLINE=${2:-offline=false}
OFFLINE=${OFFLINE#offline=}
LAUNCH_TIMEOUT=${RD_PLUGIN_TEST_TIMEOUT:-240}
passed=0
failed=0

check() { # description command...
  local what=$1
  shift
  if "$@"; then
    echo "PASS: $what"
    passed=$((passed + 1))
  else
    echo "FAIL: $what"
    failed=$((failed + 1))
  fi
}

finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

[ -f "$REPO/content.jar" ] || [ -f "$REPO/content.xml" ] || { echo "No p2 repository at $REPO: build first (./mvnw verify)." >&2; exit 1; }
[ -d "$BUILT/plugins" ] || { echo "No product at $BUILT: build first." >&2; exit 1; }
rm -rf "$WORK"
mkdir -p "$WORK"
PRODUCT=$WORK/product

# -- 1. plug-ins built outside the reactor -------------------------------------------------------
"$RD_ROOT/releng/scripts/new-plugin" --dir "$WORK" --repository "file://$REPO" org.example.hello "Hello" >/dev/null
"$RD_ROOT/releng/scripts/new-plugin" --dir "$WORK" --repository "file://$REPO" org.example.broken "Broken" >/dev/null
# the broken view throws where a careless plug-in would
sed -i 's|        label = new Label(parent, SWT.WRAP);|        if (parent != null) {\n            throw new IllegalStateException("org.example.broken fails on purpose");\n        }\n&|' \
  "$WORK/org.example.broken/src/org/example/broken/BrokenView.java"

build() { # project
  local offline=()
  [ "$OFFLINE" = true ] && offline=(-o)
  (cd "$WORK/$1" && "$RD_ROOT/mvnw" -f pom.xml -B -q "${offline[@]}" verify) > "$WORK/$1-build.log" 2>&1
}
check "org.example.hello builds outside the reactor against the p2 repository" build org.example.hello
check "org.example.broken builds outside the reactor" build org.example.broken
HELLO_JAR=$WORK/org.example.hello/target/org.example.hello-1.0.0-SNAPSHOT.jar
BROKEN_JAR=$WORK/org.example.broken/target/org.example.broken-1.0.0-SNAPSHOT.jar
[ -f "$HELLO_JAR" ] && [ -f "$BROKEN_JAR" ] || { grep -h ERROR "$WORK"/*-build.log | head -40; finish; }

# a plug-in whose dependency is missing: the good jar renamed, requiring a bundle nobody has
MISSING_JAR=$WORK/org.example.missingdep_1.0.0.jar
python3 - "$HELLO_JAR" "$MISSING_JAR" <<'EOF'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'META-INF/MANIFEST.MF':
            text = data.decode('utf-8').replace('\r\n', '\n')
            text = re.sub(r'Bundle-SymbolicName: [^\n]*', 'Bundle-SymbolicName: org.example.missingdep;singleton:=true', text)
            text = text.replace('Require-Bundle: ', 'Require-Bundle: org.example.nowhere,\n ', 1)
            data = text.encode('utf-8')
        zout.writestr(item, data)
EOF

# -- 2. dropins -------------------------------------------------------------------------------
cp -a "$BUILT" "$PRODUCT"
mkdir -p "$PRODUCT/dropins"
cp "$HELLO_JAR" "$BROKEN_JAR" "$MISSING_JAR" "$PRODUCT/dropins/"

launch() { # run-name view-id...: output in $WORK/run-NAME.out, workbench state and log in $WORK/ws-NAME
  local out=$WORK/run-$1.out ws=$WORK/ws-$1
  shift
  local ids
  ids=$(IFS=,; echo "$*")
  local run=(timeout "$LAUNCH_TIMEOUT" "$RD_JAVA" -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
             -Dretailerdesk.home="$WORK/home" -Dretailerdesk.demoRetailers=200 -Dretailerdesk.checkView="$ids"
             -jar "$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
             -data "$ws" -nl en)
  if [ -n "${DISPLAY:-}" ]; then
    (cd "$PRODUCT" && "${run[@]}") > "$out" 2>&1
  else
    (cd "$PRODUCT" && xvfb-run -a -s "-screen 0 1280x800x24" "${run[@]}") > "$out" 2>&1
  fi
  grep '^RETAILERDESK-VIEW' "$out" | sed 's/^/    /'
}
has() { grep -q -- "$2" "$1"; }
log_of() { echo "$WORK/ws-$1/.metadata/.log"; }
no_errors_logged() { ! grep -q '^!ENTRY [^ ]* 4 ' "$(log_of "$1")" 2>/dev/null; }

launch dropins org.example.hello.view org.example.broken.view org.retailerdesk.ui.retailers.list
check "the plug-in from dropins/ is installed and its view opens" has "$WORK/run-dropins.out" "RETAILERDESK-VIEW org.example.hello.view OK org.example.hello"
check "the view that throws shows an error part, naming its plug-in" has "$WORK/run-dropins.out" "RETAILERDESK-VIEW org.example.broken.view FAILED org.example.broken"
check "the workbench's own Retailers view still works beside the broken plug-in" has "$WORK/run-dropins.out" "RETAILERDESK-VIEW org.retailerdesk.ui.retailers.list OK org.retailerdesk.ui.retailers"
check "the log names the plug-in whose view failed" has "$(log_of dropins)" "of the plug-in org.example.broken could not be created"
check "the log names the plug-in with the missing dependency and the dependency" \
  grep -q "The plug-in org.example.missingdep .*org.example.nowhere" "$(log_of dropins)"

# -- 3. uninstall from dropins --------------------------------------------------------------------
rm "$PRODUCT/dropins/"*.jar
launch removed org.example.hello.view org.retailerdesk.ui.retailers.list
check "after removing the jars the plug-in's view is gone" has "$WORK/run-removed.out" "RETAILERDESK-VIEW org.example.hello.view MISSING"
check "after removing the jars the product works" has "$WORK/run-removed.out" "RETAILERDESK-VIEW org.retailerdesk.ui.retailers.list OK"
check "after removing the jars nothing is logged as an error" no_errors_logged removed

# -- 4. install from the p2 repository ----------------------------------------------------------
FEATURE=org.retailerdesk.samples.feature.feature.group
SAMPLE_VIEW=org.retailerdesk.samples.inspections.chart
rd() { # output-file sub-command args...
  local out=$1
  shift
  RETAILERDESK_PRODUCT=$PRODUCT RETAILERDESK_HOME=$WORK/home "$RD_ROOT/retailerdesk" "$@" > "$out" 2>&1 \
    || { tail -20 "$out"; return 1; }
}
check "./retailerdesk install installs the samples feature from the p2 repository" \
  rd "$WORK/install.out" install "file://$REPO" "$FEATURE"
launch p2 "$SAMPLE_VIEW" org.retailerdesk.ui.retailers.list
check "the view of the feature installed from p2 opens" has "$WORK/run-p2.out" "RETAILERDESK-VIEW $SAMPLE_VIEW OK org.retailerdesk.samples.inspections"
check "with the samples installed nothing is logged as an error" no_errors_logged p2
check "./retailerdesk uninstall removes the samples feature" rd "$WORK/uninstall.out" uninstall "$FEATURE"
launch p2-removed "$SAMPLE_VIEW" org.retailerdesk.ui.retailers.list
check "after uninstalling the sample view is gone" has "$WORK/run-p2-removed.out" "RETAILERDESK-VIEW $SAMPLE_VIEW MISSING"
check "after uninstalling the product works" has "$WORK/run-p2-removed.out" "RETAILERDESK-VIEW org.retailerdesk.ui.retailers.list OK"
check "after uninstalling nothing is logged as an error" no_errors_logged p2-removed
finish
