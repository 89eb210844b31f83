# Sourced by ./retailerdesk: the start options set in the workbench (Window > Preferences >
# RetailerDesk), which take effect before the workbench starts, at the next start: the language
# (General: -nl zh|en), the data folder (Database: -Dretailerdesk.home=DIR) and the centre's
# database server of a workstation (Database: -Dretailerdesk.db=//host:port/name). The workbench
# keeps them in the workspace's preference file of org.retailerdesk.ui (Java properties), keys
# "language", "dataFolder" and "server". An option given on the command line wins over the
# preference, and so does RETAILERDESK_DB for the server.

# The workspace a launch uses: -data DIR in the arguments, else $RETAILERDESK_HOME/workspace, else
# the product's default (osgi.instance.area.default in the .product).
rd_workspace() { # args...
  local prev="" a
  for a in "$@"; do
    if [ "$prev" = -data ]; then echo "$a"; return 0; fi
    prev=$a
  done
  if [ -n "${RETAILERDESK_HOME:-}" ]; then echo "$RETAILERDESK_HOME/workspace"; else echo "$HOME/.retailerdesk/workspace"; fi
}

# Prints a Java properties value unescaped: \uXXXX as UTF-8 (whatever the locale), \X as X.
rd_prop_unescape() { # value
  local s=$1 out="" cp bytes
  while [ -n "$s" ]; do
    case $s in
      '\u'[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]*)
        cp=$((16#${s:2:4}))
        if [ $cp -lt 128 ]; then
          printf -v bytes '\\x%02x' $cp
        elif [ $cp -lt 2048 ]; then
          printf -v bytes '\\x%02x\\x%02x' $((0xC0 | cp >> 6)) $((0x80 | (cp & 0x3F)))
        else
          printf -v bytes '\\x%02x\\x%02x\\x%02x' $((0xE0 | cp >> 12)) $((0x80 | (cp >> 6 & 0x3F))) $((0x80 | (cp & 0x3F)))
        fi
        printf -v bytes '%b' "$bytes"
        out+=$bytes
        s=${s:6} ;;
      '\'?*) out+=${s:1:1}; s=${s:2} ;;
      *) out+=${s:0:1}; s=${s:1} ;;
    esac
  done
  printf '%s' "$out"
}

# The value of KEY in the preference file, or nothing.
rd_pref() { # file key
  local line
  [ -f "$1" ] || return 0
  line=$(grep -m 1 "^$2=" "$1") || return 0
  rd_prop_unescape "${line#*=}"
}

# Prints, one per line, the options the preferences of WORKSPACE add to a launch with ARGS:
# "-nl" and the language unless ARGS has -nl, "-Dretailerdesk.home=DIR" unless ARGS sets it,
# "-Dretailerdesk.db=ADDRESS" unless ARGS sets it or RETAILERDESK_DB is set.
rd_start_options() { # workspace args...
  local prefs=$1/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.retailerdesk.ui.prefs
  shift
  local a nl=yes home=yes db=yes value
  [ -n "${RETAILERDESK_DB:-}" ] && db=no
  for a in "$@"; do
    case $a in
      -nl) nl=no ;;
      -Dretailerdesk.home=*) home=no ;;
      -Dretailerdesk.db=*) db=no ;;
    esac
  done
  if [ $nl = yes ]; then
    value=$(rd_pref "$prefs" language)
    if [ -n "$value" ]; then printf '%s\n' -nl "$value"; fi
  fi
  if [ $home = yes ]; then
    value=$(rd_pref "$prefs" dataFolder)
    if [ -n "$value" ]; then printf '%s\n' "-Dretailerdesk.home=$value"; fi
  fi
  if [ $db = yes ]; then
    value=$(rd_pref "$prefs" server)
    if [ -n "$value" ]; then printf '%s\n' "-Dretailerdesk.db=$value"; fi
  fi
  return 0
}
