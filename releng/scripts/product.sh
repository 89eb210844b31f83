# Sourced by ./retailerdesk, ./test and ./bench: where the materialised product lives, and a
# function that (re)builds it when it is missing or older than the sources.
RD_ROOT=${RD_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
# RETAILERDESK_PRODUCT names an installed copy to run instead (never rebuilt from here)
RD_PRODUCT=${RETAILERDESK_PRODUCT:-$RD_ROOT/releng/org.retailerdesk.repository/target/products/org.retailerdesk/linux/gtk/x86_64}
RD_STAMP=$RD_ROOT/releng/org.retailerdesk.repository/target/product.stamp

rd_product_stale() {
  [ -f "$RD_STAMP" ] && [ -d "$RD_PRODUCT/plugins" ] || return 0
  [ -n "$(find "$RD_ROOT/pom.xml" "$RD_ROOT/bundles" "$RD_ROOT/features" "$RD_ROOT/targetplatform" \
            "$RD_ROOT/releng/org.retailerdesk.repository" \
            -path '*/target' -prune -o -type f -newer "$RD_STAMP" -print -quit)" ]
}

rd_ensure_product() {
  if [ -n "${RETAILERDESK_PRODUCT:-}" ]; then
    [ -d "$RD_PRODUCT/plugins" ] || { echo "RETAILERDESK_PRODUCT=$RD_PRODUCT holds no RetailerDesk product." >&2; exit 1; }
    return 0
  fi
  if rd_product_stale; then
    echo "Building the RetailerDesk product (tests skipped; ./test runs them) ..." >&2
    rd_stamped_build "$RD_ROOT/mvnw" -B -q install -DskipTests >&2
  fi
}

# Runs a build (the command in the arguments) and, when it succeeded and materialised the product,
# marks the product current as of the build's start, so that a source saved during the build still
# counts as newer. ./retailerdesk's build and ./test's both go through here.
rd_stamped_build() {
  local stamp_new status=0
  stamp_new=$(mktemp)
  "$@" || status=$?
  if [ $status = 0 ] && [ "$RD_PRODUCT/configuration/config.ini" -nt "$stamp_new" ]; then
    mv "$stamp_new" "$RD_STAMP"
  else
    rm -f "$stamp_new"
  fi
  return $status
}

# The JVM options the product runs with (the .product's vmArgs only reach a native launcher);
# RD_VM_ARGS replaces them. C1 only and the serial collector: on two cores the C2 compiler and
# parallel GC threads take CPU from start-up (window about 25 % sooner, measured with
# ./bench startup), while the database work is bound by disk, not by compiled-code speed.
RD_DEFAULT_VM_ARGS="-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
rd_vm_args() {
  echo "${RD_VM_ARGS:-$RD_DEFAULT_VM_ARGS}"
}

# The JVM logging configuration in the product (features/org.retailerdesk.product.feature/rootfiles).
rd_logging_arg() {
  echo "-Djava.util.logging.config.file=$RD_PRODUCT/logging.properties"
}

rd_launcher_jar() {
  ls "$RD_PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1
}
