// Virastar's cleanup with its default options, as a new user would run it.
const Virastar = require('virastar');
const v = new Virastar();
require('./lines.js')((line) => v.cleanup(line));
