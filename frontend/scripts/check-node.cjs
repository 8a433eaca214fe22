// Stops the build with a plain message when this Node.js is older than
// package.json's engines.node asks for; `make` runs it before `npm ci`.
// Written in the JavaScript that old Node versions understand (var, no arrow
// functions, no template strings), so that they reach the message instead of
// a syntax error.
var fs = require('fs');
var path = require('path');

var pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
var range = (pkg.engines && pkg.engines.node) || '';
var wanted = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
if (!wanted) {
  console.error('scripts/check-node.cjs understands engines.node of the form >=X.Y.Z only, not "' + range + '".');
  process.exit(2);
}

var have = /^v(\d+)\.(\d+)\.(\d+)/.exec(process.version);
var need = [Number(wanted[1]), Number(wanted[2]), Number(wanted[3])];
var got = have ? [Number(have[1]), Number(have[2]), Number(have[3])] : [0, 0, 0];

function older(a, b) {
  for (var i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] < b[i];
  }
  return false;
}

if (older(got, need)) {
  var shown = need[2] === 0 ? need[0] + '.' + need[1] : need.join('.');
  console.error("Hatchery's web interface needs Node.js " + shown + ' or newer; this machine has ' + process.version + '.');
  process.exit(1);
}
