/** The bodies part of `npm run bench` alone: `BENCH_ENTRY=bench-bodies node bench/run.mjs`. */
import { benchBodies } from './bodies';
import { printMachine, sink } from './measure';

printMachine();
benchBodies();
if (sink === 0) console.log('');
