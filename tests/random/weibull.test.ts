/** Tests of sim/engine/random/weibull.ts. */
import { weibull } from "../../sim/engine/random/weibull.ts";
import { assertMoments, draw, fromRaw, rngFor } from "../support/sampling.ts";

Deno.test("weibull: mean and variance", () => {
  // Raw moments E[Xⁿ] = λⁿ Γ(1 + n/k); for k = 2 and k = 0.5 the Γ values are closed forms.
  const sqrtPi = Math.sqrt(Math.PI);
  const l = 3;
  assertMoments(
    "weibull(2, 3)",
    draw(weibull(rngFor("weibull 2"), 2, l)),
    fromRaw(
      l * sqrtPi / 2, // Γ(1.5)
      l ** 2 * 1, // Γ(2)
      l ** 3 * 3 * sqrtPi / 4, // Γ(2.5)
      l ** 4 * 2, // Γ(3)
    ),
  );
  // k = 0.5, λ = 1: E[Xⁿ] = Γ(1 + 2n) = (2n)!.
  assertMoments(
    "weibull(0.5, 1)",
    draw(weibull(rngFor("weibull 0.5"), 0.5, 1)),
    fromRaw(
      2,
      24,
      720,
      40320,
    ),
  );
});
