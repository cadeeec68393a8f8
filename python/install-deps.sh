#!/usr/bin/env bash
# Makes sure Debian's python3 and python3-numpy are installed (the Python client needs nothing else).
# PyPI is not needed: numpy comes from apt. Run as root or with sudo available.
set -euo pipefail
PYTHON=/usr/bin/python3
if [ -x "$PYTHON" ] && "$PYTHON" -c 'import numpy' 2>/dev/null; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends python3 python3-numpy \
  || { $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends python3 python3-numpy; }
"$PYTHON" -c 'import numpy'
