// persian-tools' halfSpace, its half-space fixer.
const { halfSpace } = require('@persian-tools/persian-tools');
require('./lines.js')((line) => halfSpace(line));
