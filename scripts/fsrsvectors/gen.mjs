// Generates library/quiz/testdata/fsrs-vectors.json: memory states after one
// review, computed by ts-fsrs (the reference implementation of FSRS-6 in
// TypeScript) with its default parameters. The package is not part of the
// repository; run it once, from any folder:
//
//   npm install ts-fsrs@5.4.2
//   node scripts/fsrsvectors/gen.mjs > library/quiz/testdata/fsrs-vectors.json
import { FSRSAlgorithm, generatorParameters, default_w } from "ts-fsrs";

const params = generatorParameters({ enable_fuzz: false, enable_short_term: true, request_retention: 0.9 });
const alg = new FSRSAlgorithm(params);
const out = { source: "ts-fsrs 5.4.2, generatorParameters({enable_fuzz:false, enable_short_term:true, request_retention:0.9})", w: [...default_w], first: [], next: [], curve: [] };

for (const g of [1, 2, 3, 4]) {
  const s = alg.next_state(null, 0, g);
  out.first.push({ g, s: s.stability, d: s.difficulty });
}
for (const d of [1, 2.5, 5, 7.3, 10]) {
  for (const s of [0.05, 0.4, 1, 3.7, 12, 80, 365, 2000]) {
    for (const t of [0, 1, 3, 10, 45, 400]) {
      for (const g of [1, 2, 3, 4]) {
        const n = alg.next_state({ difficulty: d, stability: s }, t, g);
        out.next.push({ d, s, t, g, ns: n.stability, nd: n.difficulty });
      }
    }
  }
}
for (const s of [0.5, 2.3065, 10, 100]) {
  for (const t of [0, 1, 5, 30, 365]) {
    out.curve.push({ s, t, r: alg.forgetting_curve(t, s) });
  }
  out.curve.push({ s, t: -1, interval: alg.next_interval(s, 0) });
}
console.log(JSON.stringify(out, null, 0));
