// Calls the library built by `rpyc --lib` as a CommonJS module.
const lib = require(process.argv[2]);
console.log(Object.keys(lib).sort().join(' '));
console.log(lib.add(2, 3));
console.log(lib.greet('node'));
console.log(JSON.stringify(lib.stats([1, 2, 3, 4])));
console.log(JSON.stringify(lib.words('a b c')));
try {
  lib.double_positive(-1);
} catch (e) {
  console.log('threw:', e.message);
}
console.log(lib.double_positive(21));
lib.halve_later(84).then((v) => console.log('halve_later:', v));
lib.halve_later(3).catch((e) => console.log('rejected:', e.message));
