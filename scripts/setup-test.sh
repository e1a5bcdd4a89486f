#!/usr/bin/env bash
# Installs what the browser and build test tiers need from Debian, and nothing else:
#   - chromium, when /usr/bin/chromium is missing (Playwright drives it; it never downloads one);
#   - a Java runtime (default-jre-headless), when `java -version` fails or is older than 11
#     (the Nu HTML checker, vnu.jar, runs on it).
# Uses sudo only when not root. Safe to run again: it does nothing when both are present.
set -euo pipefail

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
	if ! command -v sudo >/dev/null 2>&1; then
		echo "setup:test: not root and sudo is missing; install these as root: chromium default-jre-headless" >&2
		exit 1
	fi
	SUDO=(sudo)
fi

java_major() {
	# `java -version` prints e.g. 'openjdk version "17.0.15" 2025-04-15' (or "1.8.0_392") on stderr.
	java -version 2>&1 | sed -n 's/.*version "\([0-9][0-9.]*\).*/\1/p' | head -n 1 | awk -F. '{ print ($1 == 1) ? $2 : $1 }'
}

packages=()
if [ ! -x /usr/bin/chromium ]; then
	packages+=(chromium)
fi
if ! java -version >/dev/null 2>&1; then
	packages+=(default-jre-headless)
elif [ "$(java_major)" -lt 11 ]; then
	echo "setup:test: java $(java_major) is older than 11, which vnu.jar needs"
	packages+=(default-jre-headless)
fi

if [ "${#packages[@]}" -gt 0 ]; then
	echo "setup:test: installing ${packages[*]} with apt-get"
	"${SUDO[@]}" apt-get update -qq
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

echo "setup:test: chromium: $(/usr/bin/chromium --version 2>/dev/null | tail -n 1)"
echo "setup:test: java: $(java -version 2>&1 | head -n 1)"
