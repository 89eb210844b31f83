# Sourced by ./test and ./retailerdesk: installs Debian packages the product or the tests need
# when they are missing and this user may install them (root, or password-less sudo).
rd_install_packages() { # package...
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=sudo; else
      echo "Missing packages: ${missing[*]}. Install them (apt-get install ${missing[*]}) and try again." >&2
      echo "缺少软件包：${missing[*]}。请先安装（apt-get install ${missing[*]}）再重试。" >&2
      return 1
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || { echo "Missing packages: ${missing[*]} (no apt-get here)." >&2; return 1; }
  echo "Installing ${missing[*]} ..." >&2
  $sudo apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

# GTK 3 for SWT and a CJK font so Chinese labels render.
RD_RUNTIME_PACKAGES=(libgtk-3-0 fonts-wqy-microhei fontconfig)
