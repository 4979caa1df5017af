#!/usr/bin/env bash
# Installs the packed library (dist/js/*.tgz, made by `npx projen build`) into a copy of this
# project outside the repository, as a user's project installs it from npm, then synthesizes the
# app with `cdktf synth` and checks the stacks (check.js). Outside the repository, nothing resolves
# to the repository's own node_modules: a dependency missing from the package fails here.
#
#   bash consumer/run.sh [path/to/cdktf-hypervisor.tgz]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
tarball=${1:-$(ls "$repo"/dist/js/cdktf-hypervisor@*.jsii.tgz 2>/dev/null || ls "$repo"/dist/js/*.tgz)}
tarball=$(cd "$(dirname "$tarball")" && pwd)/$(basename "$tarball")

work=$(mktemp -d "${TMPDIR:-/tmp}/cdktf-hypervisor-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$here"/package.json "$here"/package-lock.json "$here"/tsconfig.json "$here"/cdktf.json "$here"/main.ts \
  "$here"/check.js "$here"/cdktf-hypervisor.lock.json "$work"/
cd "$work"

# the peers and tools from the committed lock, then the library from the tarball (not saved: its
# checksum changes with every build)
npm ci --no-audit --no-fund
npm install --no-save --no-audit --no-fund "$tarball"

export CHECKPOINT_DISABLE=1
# see the synth task in .projenrc.ts: a TF_CLI_CONFIG_FILE naming a missing file prints [ERROR] lines
export TF_CLI_CONFIG_FILE=
npx cdktf synth
node check.js cdktf.out
