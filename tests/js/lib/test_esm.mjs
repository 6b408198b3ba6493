// Imports the library built by `rpyc --lib --esm` as an ES module.
import { add, greet, stats } from './mathlib.mjs';
import lib from './mathlib.mjs';
console.log(add(40, 2));
console.log(greet('esm'));
console.log(JSON.stringify(stats([])));
console.log(typeof lib.words);
