# Shared by the Quick start scripts: package check and incremental build.
# Sourced, not run.

S2E_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
S2E_PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-serialport-dev qt6-websockets-dev
              qt6-serialbus-dev qt6-tools-dev qt6-l10n-tools libgl-dev libxcb1-dev socat iproute2 util-linux
              help2man dpkg-dev desktop-file-utils appstream tshark mbpoll
              python3-pymodbus)

# Installs missing Debian packages as root; otherwise names the exact command and fails.
s2e_ensure_packages() {
    local missing=() pkg
    for pkg in "${S2E_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing packages. Install them with:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        return 1
    fi
    echo "Installing: ${missing[*]}"
    apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || return 1
}

# Configures once, then builds incrementally. CI builds with -Werror.
s2e_build() {
    local preset=${S2E_PRESET:-default}
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    cd "$S2E_ROOT" || return 1
    if [ ! -f "build/$preset/build.ninja" ] || [ -n "${CI:-}" ]; then
        cmake --preset "$preset" -DS2E_WERROR=$werror >/dev/null || return 1
    fi
    cmake --build --preset "$preset" -- -j"$(nproc)" || return 1
}
