// Reads standard input, applies fix to each line and writes the lines out
// in order, one output line for each input line.
module.exports = function eachLine(fix) {
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c));
  process.stdin.on('end', () => {
    let text = Buffer.concat(chunks).toString('utf8');
    if (text.endsWith('\n')) text = text.slice(0, -1);
    const out = text.split('\n').map((line) => fix(line).replace(/\n/g, ' '));
    process.stdout.write(out.join('\n') + '\n');
  });
};
