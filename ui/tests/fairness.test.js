import { describe, expect, it } from "vitest";
import { boxOf, percentile } from "../src/views/results/logic/fairness";
// Reference values: numpy.percentile (linear interpolation, numpy's default), printed with
//   python3 -c "import numpy as np; v=[70.0,82.5,75.0,91.0,66.5,88.0,79.0]; print([float(np.percentile(v,q)) for q in (0,25,50,75,100)])"
describe("box plot quartiles", () => {
    it("equal numpy.percentile", () => {
        expect(boxOf([70.0, 82.5, 75.0, 91.0, 66.5, 88.0, 79.0])).toEqual([66.5, 72.5, 79.0, 85.25, 91.0]);
        expect([0, 25, 50, 75, 100].map((q) => percentile([60.0, 61.0, 80.0, 95.0], q))).toEqual([60.0, 60.75, 70.5, 83.75, 95.0]);
    });
});
