# debian-source.sh — sourced, not run: fetches Debian source packages through a
# private apt configuration (its own state and cache, and one deb-src line for
# the suite asked for, on the archive this machine already uses, checked with
# Debian's archive keyring), so the machine's own apt setup stays untouched.
# Used by scripts/tcltk9.sh, scripts/tcltk-windows.sh and scripts/dropin.sh.

# debian_source_fetch APT_DIR DEST SUITE PACKAGE[=VERSION]... -> the packages'
# files (tarballs, .dsc) in DEST; APT_DIR holds the private apt state.  Its
# status is apt-get source's: that may report one file as missing (404;
# tcl9.0's .dsc is known to be) and fail although the tarballs arrive, so
# callers judge success by the files they need.
debian_source_fetch() {
  local apt=$1 dest=$2 suite=$3 archive
  shift 3
  mkdir -p "$apt/lists/partial" "$apt/archives/partial" "$apt/etc/sources.list.d" \
           "$apt/etc/preferences.d" "$dest"
  rm -f "$apt"/etc/sources.list.d/*   # only the one line below (older runs wrote others)
  touch "$apt/status"
  cat >"$apt/apt.conf" <<CONF
Dir::State "$apt";
Dir::State::Lists "$apt/lists";
Dir::State::status "$apt/status";
Dir::Cache "$apt";
Dir::Etc::SourceList "$apt/etc/sources.list";
Dir::Etc::SourceParts "$apt/etc/sources.list.d";
Dir::Etc::Preferences "$apt/etc/preferences";
Dir::Etc::PreferencesParts "$apt/etc/preferences.d";
APT::Sandbox::User "root";
CONF
  # The archive the machine already uses (deb822 first, then one-line format).
  archive=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  [[ -n $archive ]] ||
    archive=$(awk '$1 == "deb" && $2 !~ /^\[/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  archive=${archive:-http://deb.debian.org/debian}
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $archive $suite main" \
    >"$apt/etc/sources.list"
  echo "debian-source: fetching $* from $archive $suite" >&2
  APT_CONFIG=$apt/apt.conf apt-get update -qq
  (cd "$dest" && APT_CONFIG=$apt/apt.conf apt-get source --download-only -qq "$@")
}
