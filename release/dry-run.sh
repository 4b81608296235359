#!/usr/bin/env bash
# A release rehearsal. In a copy of this checkout it sets the release version and runs the release
# command of docs/releasing.md (./mvnw -B -P release clean deploy) with a signing key made for the
# run, uploading to a stand-in for the Central Portal on the loopback address (StandInPortal.java
# beside this script). It then checks the bundle that the stand-in received, which is what Central
# would have received, with CheckBundle.java. Nothing leaves the machine; the checkout is left as
# it was.
#
#   release/dry-run.sh [--version VERSION] [--keep] [MAVEN-OPTION...]
#
# VERSION defaults to the project's version without -SNAPSHOT. --keep leaves the work folder (the
# copy, the build log and the bundle) and prints where it is. Maven options (for example
# -Dmaven.repo.local=...) are passed to every Maven run. Exit 0: the bundle would be accepted.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
version=""
keep=""
maven=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --version=*) version="${1#*=}"; shift ;;
    --keep) keep=1; shift ;;
    *) maven+=("$1"); shift ;;
  esac
done
current="$(sed -n '/<artifactId>hindsight-parent<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q;}' "$root/pom.xml")"
version="${version:-${current%-SNAPSHOT}}"

work="$(mktemp -d "${TMPDIR:-/tmp}/hindsight-dry-run.XXXXXX")"
export GNUPGHOME="$work/gnupg"
portal=""
cleanup() {
  if [[ -n "$portal" ]]; then kill "$portal" 2>/dev/null || true; fi
  gpgconf --kill all >/dev/null 2>&1 || true
  if [[ -n "$keep" ]]; then echo "dry run: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

step() { echo "dry run: $*"; }
run() {
  # Quiet when it works; the whole log when it does not.
  local log="$work/maven.log"
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "dry run: failed: $*" >&2
    exit 1
  fi
}

step "copying the checkout (tracked files and new ones git does not ignore)"
mkdir -p "$work/tree" "$GNUPGHOME"
chmod 700 "$GNUPGHOME"
(cd "$root" && git ls-files -z --cached --others --exclude-standard) \
  | (cd "$root" && tar --null --ignore-failed-read -T - -cf - 2>/dev/null) \
  | tar -C "$work/tree" -xf -

step "making a throwaway signing key"
gpg --batch --quiet --pinentry-mode loopback --passphrase '' \
  --quick-gen-key "Hindsight release dry run <dry-run@hindsight.invalid>" ed25519 sign 1d 2>/dev/null
key="$(gpg --batch --list-secret-keys --with-colons 2>/dev/null | awk -F: '/^fpr/ {print $10; exit}')"

# The publishing plugin wants credentials for its server even when it uploads nothing. Global
# settings lose to a maintainer's own, whose real token is then never sent either.
cat >"$work/settings.xml" <<'XML'
<settings><servers><server><id>central</id><username>dry-run</username><password>dry-run</password></server></servers></settings>
XML

cd "$work/tree"
step "setting the version to $version"
run ./mvnw -B "${maven[@]}" versions:set -DnewVersion="$version" -DprocessAllModules -DgenerateBackupPoms=false

bundle="$work/uploaded-bundle.zip"
java "$here/StandInPortal.java" "$bundle" "$work/port" &
portal=$!
for _ in $(seq 100); do [[ -s "$work/port" ]] && break; sleep 0.1; done
port="$(cat "$work/port")"

step "./mvnw -B -P release clean deploy, signed with the throwaway key, uploaded to a stand-in on 127.0.0.1:$port"
# Tests ran in the build that matters; the rehearsal is about what would be published, and it
# installs nothing, so that no rehearsed release lands in a local repository.
run ./mvnw -B -gs "$work/settings.xml" "${maven[@]}" -P release clean deploy -DskipTests -Dmaven.install.skip -Drelease.dry-run.skip \
  -Dgpg.keyname="$key" -DcentralBaseUrl="http://127.0.0.1:$port"

if [[ ! -s "$bundle" ]]; then
  echo "dry run: the release build uploaded no bundle" >&2
  exit 1
fi
step "checking $(basename "$bundle") ($(du -k "$bundle" | cut -f1) KiB)"
java "$here/CheckBundle.java" "$bundle" "$work/tree" "$version"

mkdir -p "$work/bundle"
(cd "$work/bundle" && unzip -q "$bundle")
signatures=0
while IFS= read -r -d '' asc; do
  if ! gpg --batch --quiet --verify "$asc" "${asc%.asc}" 2>/dev/null; then
    echo "dry run: bad signature: ${asc#"$work/bundle/"}" >&2
    exit 1
  fi
  signatures=$((signatures + 1))
done < <(find "$work/bundle" -name '*.asc' -print0)
step "$signatures signatures verified"
step "the bundle for $version would be accepted; nothing was uploaded"
