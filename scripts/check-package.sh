#!/usr/bin/env bash
# The package as a user gets it: `npm pack`, then `npm install -g` of the tarball into a
# temporary prefix, then the installed `precis` and `require('precis')` must work and give the
# same summary as the working tree. Run by .ci/run after the tests (which build dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# dist/ is already built; the prepare script would rebuild it while other steps read it.
npm pack --ignore-scripts --silent --pack-destination "$work" >/dev/null 2>&1
tarball=$(ls "$work"/precis-*.tgz)
npm install -g --prefix "$work/prefix" --prefer-offline --no-audit --no-fund "$tarball" >/dev/null 2>&1

installed="$work/prefix/bin/precis"
expected=$(node -p "require('./package.json').version")
[ "$("$installed" --version)" = "$expected" ] || { echo "check-package: the installed precis does not say version $expected" >&2; exit 1; }
diff <("$installed" --json fixtures/council-vote.txt | grep -v '"name"') <(node bin/precis.js --json fixtures/council-vote.txt | grep -v '"name"') \
  || { echo "check-package: the installed precis summarizes fixtures/council-vote.txt differently" >&2; exit 1; }
for file in LICENSE CHANGELOG.md schema/summary.schema.json; do
  [ -f "$work/prefix/lib/node_modules/precis/$file" ] || { echo "check-package: the package lacks $file" >&2; exit 1; }
done
# Every source map carries its sources: the package ships no src/*.ts for them to point at.
node -e "
const fs = require('fs'), path = require('path');
const dist = path.join('$work/prefix/lib/node_modules/precis/dist');
const maps = fs.readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('.map'));
const bare = maps.filter((f) => !JSON.parse(fs.readFileSync(path.join(dist, f), 'utf8')).sourcesContent);
if (bare.length) { console.error('check-package: source maps without their sources: ' + bare.slice(0, 3).join(', ')); process.exit(1); }
"
# CommonJS: require() of the ESM entry (Node >= 20.19), from a script beside the installed package.
cat > "$work/prefix/lib/check.cjs" <<'CJS'
const precis = require('precis');
const summary = precis.summarize('The harbour council voted on Monday to raise ferry fares, its chair said.');
if (typeof precis.run !== 'function' || !summary.generator.startsWith('precis/')) process.exit(1);
CJS
node "$work/prefix/lib/check.cjs" || { echo "check-package: require('precis') from a .cjs file failed" >&2; exit 1; }
echo "check-package: $(basename "$tarball") installs with npm install -g and works ($(du -k "$tarball" | cut -f1) KB)"
