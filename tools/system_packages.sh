#!/usr/bin/env bash
# Installs the Debian packages the tests need (a real Redis, a real browser), only those missing.
# Usage: tools/system_packages.sh COMMAND=PACKAGE[,PACKAGE...] ...
#   e.g. tools/system_packages.sh redis-server=redis-server chromium=chromium,fonts-wqy-microhei
# A package is wanted when its COMMAND is not on PATH (or, for a font package, not in dpkg).
# As root it runs apt-get; otherwise through sudo -n; when neither can, it prints one line and
# exits 1, so `make test` stops before tests that would only fail.
set -euo pipefail

missing=()
for pair in "$@"; do
    command_name="${pair%%=*}"
    packages="${pair#*=}"
    for package in ${packages//,/ }; do
        if [[ "$package" == "$command_name" || "$package" == "${packages%%,*}" ]]; then
            command -v "$command_name" >/dev/null 2>&1 && continue
        else
            dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" && continue
        fi
        missing+=("$package")
    done
done

[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "tests need Debian packages ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' (no root or sudo here)" >&2
    exit 1
fi

echo "installing Debian packages for the tests: ${missing[*]} (apt-get, once)" >&2
export DEBIAN_FRONTEND=noninteractive
# another apt-get may hold the lists lock, which DPkg::Lock::Timeout does not wait for: retry
apt() {
    local tries=0 errors
    until errors=$("${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 -qq "$@" 2>&1 >/dev/null); do
        tries=$((tries + 1))
        if [[ $tries -ge 30 || "$errors" != *"Could not get lock"* ]]; then
            echo "$errors" >&2
            return 1
        fi
        sleep 10
    done
}
apt update
apt install -y --no-install-recommends "${missing[@]}"
